package org.newsdigest.merge;

import java.time.LocalDate;
import org.newsdigest.model.DateEvidence;

/**
 * The day an article says its event happened, how it was decided, and how far to trust it.
 *
 * @param date the day
 * @param evidence the statement it came from: the dateline "Paris, January 06", a publication date
 * @param strength 3 for a dateline, 2 for a date in the lead, 1 for the publication day
 * @param confident true when the date is stated about the event and corroborated (a "sure"
 *     date): a dateline, or a lead date from a week before a known publication day to a week
 *     after it. Sure dates decide whether two groups can be one happening ({@link DateGate});
 *     on ECB+ lead dates of undated articles named background events too often to be sure.
 */
record EventDate(LocalDate date, DateEvidence evidence, int strength, boolean confident) {
  static final int DATELINE = 3;
  static final int LEAD = 2;
  static final int PUBLICATION = 1;
}
