package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.DateEvidence;

/** How an event's date was decided, written in the site's language. */
class DateNoteTest {
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
}
