package org.newsdigest.merge;

import java.time.LocalDate;

/**
 * The day an article says its event happened, how it was decided, and how far to trust it.
 *
 * @param date the day
 * @param evidence in words: "dateline 'Paris, January 06'", "publication date"
 * @param strength 3 for a dateline, 2 for a date in the lead, 1 for the publication day
 */
record EventDate(LocalDate date, String evidence, int strength) {
  static final int DATELINE = 3;
  static final int LEAD = 2;
  static final int PUBLICATION = 1;

  /** A date the text states about the event, not one inferred from when it was published. */
  boolean confident() {
    return strength >= LEAD;
  }
}
