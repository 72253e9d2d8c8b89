package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.DateEvidence;

class EvidenceReaderTest {
  private final EvidenceReader reader = new EvidenceReader();

  @Test
  void datelineDateWinsAndSaysSo() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        published: 2026-01-07
        dateline: Paris, January 06 | Paris | 2026-01-06
        date: 2026-01-05 | on Monday | relative
        ---
        Paris, January 06 - Ministers met on Monday to prepare the talks.
        """);
    EventDate date = reader.eventDate(a);
    assertEquals(LocalDate.of(2026, 1, 6), date.date());
    assertEquals(DateEvidence.of(DateEvidence.Kind.DATELINE, "Paris, January 06", null), date.evidence());
    assertEquals("Paris", reader.placeEntity(a).name());
  }

  @Test
  void relativeDateInLeadNamesPublication() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        published: 2026-01-06
        date: 2026-01-06 | on Tuesday | relative
        ---
        Allies convened in Paris on Tuesday to discuss guarantees.
        """);
    EventDate date = reader.eventDate(a);
    assertEquals(LocalDate.of(2026, 1, 6), date.date());
    assertEquals(DateEvidence.of(DateEvidence.Kind.LEAD, "on Tuesday", LocalDate.of(2026, 1, 6)), date.evidence());
  }

  @Test
  void futureDatesAndDatesOutsideTheLeadAreIgnored() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        published: 2025-05-02
        date: 2025-06-10 | June 10, 2025
        date: 2025-04-01 | April 1, 2025
        ---
        The trial opens on June 10, 2025, the court said.

        The fraud was discovered in audits.

        Auditors first flagged it on April 1, 2025.
        """);
    EventDate date = reader.eventDate(a);
    assertEquals(LocalDate.of(2025, 5, 2), date.date());
    assertEquals(DateEvidence.of(DateEvidence.Kind.PUBLICATION, null, null), date.evidence());
  }

  @Test
  void aBirthdayInTheLeadIsBackgroundNotTheDayOfTheNews() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        date: 1923-04-22 | April 22, 1923
        date: 2008-12-11 | December 11, 2008
        ---
        Page was born Betty Mae Page in Nashville, Tennessee on April 22, 1923.

        She died in Los Angeles on December 11, 2008, her agent said.
        """);
    EventDate date = reader.eventDate(a);
    assertEquals(LocalDate.of(2008, 12, 11), date.date());
    assertEquals(DateEvidence.of(DateEvidence.Kind.LEAD, "December 11, 2008", null), date.evidence());
  }

  @Test
  void noDateAtAllIsNull() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        ---
        Something happened somewhere.
        """);
    assertNull(reader.eventDate(a));
    assertNull(reader.placeEntity(a));
  }

  @Test
  void placeNamedMostInTheLead() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        places: France; Marseille
        ---
        Flooding hit Marseille overnight, and Marseille's mayor asked France for help.

        Rescue teams from Marseille worked through the night.

        France, France, France: the third paragraph does not count.
        """);
    assertEquals("Marseille", reader.placeEntity(a).name());
  }

  @Test
  void aStreetIsTheEventPlaceOnlyWhenNoOtherPlaceIsNamed() {
    Article withBorough = ArticleFixture.parse("""
        source: a.txt
        places: 97th Avenue; Queens
        ---
        A driver struck a woman on 97th Avenue at 117th Street in Queens on Friday.
        """);
    assertEquals("Queens", reader.placeEntity(withBorough).name());
    Article streetOnly = ArticleFixture.parse("""
        source: b.txt
        places: 97th Avenue
        ---
        A driver struck a woman on 97th Avenue on Friday.
        """);
    assertEquals("97th Avenue", reader.placeEntity(streetOnly).name());
  }
}
