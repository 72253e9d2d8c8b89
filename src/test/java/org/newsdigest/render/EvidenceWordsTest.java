package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.MergeEvidence;

/** How an event's date was decided and why its articles were merged, written in the site's language. */
class EvidenceWordsTest {
  private static final DateEvidence DATELINE =
      new DateEvidence(DateEvidence.Kind.DATELINE, "PARIS, Jan 6", null, 2, 3, false);
  private static final DateEvidence LEAD =
      new DateEvidence(DateEvidence.Kind.LEAD, "on Tuesday", LocalDate.of(2026, 1, 7), 1, 1, false);

  @Test
  void englishAsBefore() {
    Messages en = Messages.load("en", null);
    assertEquals("dateline 'PARIS, Jan 6'; 2 of 3 sources agree", DateNote.of(DATELINE, en));
    assertEquals("'on Tuesday' in the lead, published 2026-01-07", DateNote.of(LEAD, en), "one source: no count");
    assertEquals("publication date; 2 of 2 independent sources agree", DateNote.of(
        new DateEvidence(DateEvidence.Kind.PUBLICATION, null, null, 2, 2, true), en));
    assertNull(DateNote.of(null, en));
  }

  @Test
  void germanAndFrenchQuoteTheArticlesOwnWords() {
    assertEquals("Ortsmarke „PARIS, Jan 6“; 2 von 3 Quellen stimmen überein", DateNote.of(DATELINE, Messages.load("de", null)));
    assertEquals("« on Tuesday » au début de l’article, publié le 2026-01-07", DateNote.of(LEAD, Messages.load("fr", null)));
  }

  @Test
  void mergeReasonsInTheSiteLanguageWithDatesAndSimilarityAsWeighed() {
    MergeEvidence evidence = new MergeEvidence(LocalDate.of(2026, 1, 6), LocalDate.of(2026, 1, 7), "Paris",
        List.of("Emmanuel Macron"), List.of(), List.of("Kyiv"), 0.4149);
    assertEquals(List.of("event dates a day apart (2026-01-06, 2026-01-07)", "both in Paris",
        "shared people: Emmanuel Macron", "shared places: Kyiv", "text similarity 0.41"),
        MergeReasons.of(evidence, Messages.load("en", null)));
    assertEquals(List.of("Ereignisdaten einen Tag auseinander (2026-01-06, 2026-01-07)", "beide in Paris",
        "gemeinsame Personen: Emmanuel Macron", "gemeinsame Orte: Kyiv", "Textähnlichkeit 0.41"),
        MergeReasons.of(evidence, Messages.load("de", null)));
  }
}
