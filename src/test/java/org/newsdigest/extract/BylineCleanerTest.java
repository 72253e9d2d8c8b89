package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Bylines as HTML pages print them (shapes seen in the readability test pages). */
class BylineCleanerTest {

  private final BylineCleaner cleaner = new BylineCleaner();

  @ParameterizedTest(name = "[{0}] → [{1}]")
  @CsvSource(
      delimiter = '=',
      value = {
        "GILLIAN MOHNEY March 11, 2015 3:46 PM = Gillian Mohney",
        "By GILLIAN MOHNEY = Gillian Mohney",
        "Brenda Goodman, MA = Brenda Goodman, MA",
        "By Jane Doe and John Roe = Jane Doe and John Roe",
        "by Jane Doe = Jane Doe",
        "Von FOCUS-Online-Experte Robin Tschöpe = Robin Tschöpe",
        "Von Redakteurin Anna Berg = Anna Berg",
        "Par Marie Dupont = Marie Dupont",
        "Por Juan Pérez = Juan Pérez",
        "Di Mario Rossi = Mario Rossi",
        "Door Jan de Vries = Jan de Vries",
        "Przez Anna Kowalska = Anna Kowalska",
        "Luigi Di Maio = Luigi Di Maio",
        "Autor: przepisy.pl = przepisy.pl",
        "Text und Interview: Harald Willenbrock = Harald Willenbrock",
        "About the Author - Florina Ionescu = Florina Ionescu",
        "Williams Perdomo @wperdomod = Williams Perdomo",
        "Williams Perdomo\u00A0@wperdomod = Williams Perdomo",
        "Por Williams Perdomo @wperdomod - = Williams Perdomo",
        "'Luana Patriolino, Raphael Felice' = Luana Patriolino, Raphael Felice",
        "Veröffentlicht am 8. Februar 2022 von PETA-Team = PETA-Team",
        "Published on March 3, 2024 by Jane Doe = Jane Doe",
        "Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas Tiempo de lectura: 8 minutos = Isabel Caro, Rocío Latorre y José Miguel Wilson",
        "Anna Berg vor 2 Stunden = Anna Berg",
        "Jane Doe 5 min read = Jane Doe",
        "Christian Thiele, 07 Dezember, 2022 = Christian Thiele",
        "Marie Dupont, 3 mars 2024 = Marie Dupont",
        "Jörn Mecher am = Jörn Mecher",
        "Written by Rob Ewaschuk Edited by Betsy Beyer = Rob Ewaschuk",
        "Jane Doe | Reporter = Jane Doe",
        "Jane Doe, Staff Writer = Jane Doe",
        "Jane Doe, Staff Writer, Politics = Jane Doe",
        "Ben Silverman Games Editor = Ben Silverman",
        "John C. Welch Senior Editor = John C. Welch",
        "Nathan Willis March 25, 2015 = Nathan Willis",
        "Joe Wee Monday, February 29, 2016 @ 11:10 PM UTC = Joe Wee",
        "Lucas Nolan22 Dec 2016651 = Lucas Nolan",
        "James Akinaka • 8h = James Akinaka",
        "Bradley M. Kuhn (http://ebb.org/bkuhn/) = Bradley M. Kuhn",
        "Stella Kim, Jennifer Jett = Stella Kim, Jennifer Jett",
        "Kooman, F. = Kooman, F.",
        "Nikhil Marathe = Nikhil Marathe",
        "Gina Roberts-Grey = Gina Roberts-Grey",
        "MARY O'BRIEN-SMITH = Mary O'Brien-Smith",
        "AFP = AFP",
        "BBC NEWS = BBC News",
        "WebMD Health News = WebMD Health News",
        "Martin Untersinger (avec Damien Leloup et Morgane Tual) = Martin Untersinger (avec Damien Leloup et Morgane Tual)",
        "Aleš Vávra = Aleš Vávra"
      })
  void cleansToTheAuthorNames(String raw, String expected) {
    assertEquals(expected, cleaner.clean(raw));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Sign In| Sign Up| Subscribe My WebMD Show Menu My Tools My WebMD Pages My Account Sign Out",
        "Follow Author",
        "Last Updated: January 7, 2025",
        "By ",
        "by",
        "Von",
        "March 11, 2015 3:46 PM",
        "   "
      })
  void lineWithoutANameIsNull(String raw) {
    assertNull(cleaner.clean(raw));
  }

  @org.junit.jupiter.api.Test
  void nullStaysNull() {
    assertNull(cleaner.clean(null));
  }
}
