package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.model.Dateline;
import org.newsdigest.text.Gazetteer;

/** Datelines and the sentence openers that look like them (shapes from ECB+ dev articles). */
class DatelineParserTest {

  private static final LocalDate PUBLISHED = LocalDate.of(2011, 11, 11);
  private final DatelineParser parser = new DatelineParser(Gazetteer.load());

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "Paris, January 06 (QNA) – Allies met. | Paris",
        "PARIS (Reuters) - Leaders met. | Paris",
        "WASHINGTON — The Senate voted. | Washington",
        "NEW YORK (AP) — Shares rose. | New York",
        "Mumbai, Nov 11 - | Mumbai",
        "New Delhi / Mumbai: An Indian warship foiled an attack. | New Delhi",
        "ISLAMABAD: The talks resumed on Monday. | Islamabad",
        "Mannheim, Germany (Sports Network) - Klitschko won. | Mannheim",
        "The Hague, Jan 6 (AFP) - Judges ruled. | The Hague",
        "WASILLA, Alaska — A fire destroyed the dairy. | Wasilla"
      })
  void findsThePlace(String paragraph, String place) {
    Dateline d = parser.parse(paragraph, PUBLISHED);
    assertNotNull(d, paragraph);
    assertEquals(place, d.place());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "On October 1 - 2 Ashgabat hosts a seminar on the electoral system.",
        "On Monday, Jan 6 - the talks resumed.",
        "In 2012 - the year of the fire - nothing changed.",
        "At least 3 - and perhaps more - died.",
        "A FIRE - BOMB attack on a bank in Athens left three people dead.",
        "BREAKING NEWS - 3 DEAD due to Molotov cocktail at Bank",
        "REPORT: RED SOX MAKE HUGE OFFER TO TEIXEIRA",
        "UPDATE: The road has reopened.",
        "Sources: Sox May Not Be Out Of Teixeira Chase",
        "Police said: The fire progressed rapidly.",
        "The meeting – the third this year – ended without a deal.",
        "Greek austerity: British views"
      })
  void sentenceOpenersAreNotDatelines(String paragraph) {
    assertNull(parser.parse(paragraph, PUBLISHED));
  }

  @Test
  void yearlessDateTakesThePublicationYear() {
    Dateline d = parser.parse("Mumbai, Nov 11 - Indian Navy foiled an attack.", PUBLISHED);
    assertEquals(LocalDate.of(2011, 11, 11), d.date());
    assertEquals("Mumbai, Nov 11", d.text());
    assertNull(d.agency());
  }
}
