package org.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The languages LanguageGuess knows, each told from one news sentence about the same vote. */
class LanguageGuessTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      en | The council voted on Tuesday to extend the tram line to the new station, and the work will begin in the spring, the mayor said of the plan that has been debated for years.
      de | Der Gemeinderat hat am Dienstag beschlossen, die Linie bis zum Bahnhof zu verlängern, und die Arbeiten sollen im Frühjahr beginnen, sagte die Bürgermeisterin über den Plan, der seit Jahren auf dem Tisch liegt.
      fr | Le conseil municipal a voté mardi le prolongement de la ligne jusqu'à la gare, et les travaux commenceront au printemps, a déclaré la maire, qui s'est félicitée de cette décision pour les habitants.
      es | El concejo municipal votó el martes la ampliación de la línea hasta la estación, y las obras comenzarán en la primavera, dijo la alcaldesa, que se mostró satisfecha con la decisión para los vecinos.
      it | Il consiglio comunale ha votato martedì il prolungamento della linea fino alla stazione, e i lavori inizieranno in primavera, ha detto la sindaca, che si è detta soddisfatta della decisione per i cittadini.
      nl | De gemeenteraad heeft dinsdag besloten de lijn te verlengen tot aan het station, en de werkzaamheden beginnen in het voorjaar, zei de burgemeester, die blij is met het besluit voor de bewoners van de stad.
      pt | A câmara municipal votou na terça-feira o prolongamento da linha até a estação, e as obras começam na primavera, disse a prefeita, que se mostrou satisfeita com a decisão para os moradores da cidade.
      pl | Rada miasta w środę zdecydowała, że linia zostanie przedłużona do dworca, a prace rozpoczną się wiosną, jak powiedziała burmistrz, która jest zadowolona z tej decyzji, bo jest ona ważna dla mieszkańców.
      """)
  void toldByItsFunctionWords(String language, String sentence) {
    assertEquals(language, LanguageGuess.of(sentence));
  }

  @Test
  void saysNothingOnTooLittleTextOrALanguageItDoesNotKnow() {
    assertNull(LanguageGuess.of("Paris, 6 January."));
    assertNull(LanguageGuess.of(null));
    assertNull(LanguageGuess.of("A városi tanács kedden megszavazta, hogy a villamosvonalat meghosszabbítják az új"
        + " pályaudvarig, és a munkálatok tavasszal kezdődnek, mondta a polgármester a döntésről."));
    assertNull(LanguageGuess.of("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor"
        + " incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation."));
  }

  @Test
  void thePrimaryLanguageOfATagIsItsFirstPart() {
    assertEquals("de", LanguageGuess.primary("de-CH"));
    assertEquals("pt", LanguageGuess.primary("PT_br"));
    assertEquals("", LanguageGuess.primary("-"));
    assertEquals("", LanguageGuess.primary(null));
  }
}
