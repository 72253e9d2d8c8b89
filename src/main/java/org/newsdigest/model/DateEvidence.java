package org.newsdigest.model;

import java.time.LocalDate;

/**
 * How an event's date was decided: the kind of statement it came from, the words quoted, and how
 * many of the event's sources give the same day. The page writes it in the site's language.
 *
 * @param kind where the day was stated
 * @param quoted the words that state it: the dateline ("Paris, January 06") or the lead's phrase
 *     ("on Tuesday"); null for a publication date
 * @param publishedFor the publication day a relative lead phrase ("on Tuesday") was read from, or null
 * @param agreeing how many sources give this day (1 when the event has one source)
 * @param sources how many sources the event has (its independent ones when it has copies)
 * @param independentOnly true when copies of another source were left out of the count
 */
public record DateEvidence(Kind kind, String quoted, LocalDate publishedFor, int agreeing, int sources,
    boolean independentOnly) {
  /** Where the day was stated, from the strongest to the weakest. */
  public enum Kind { DATELINE, LEAD, PUBLICATION }

  /** One article's statement, before the event's sources are counted. */
  public static DateEvidence of(Kind kind, String quoted, LocalDate publishedFor) {
    return new DateEvidence(kind, quoted, publishedFor, 1, 1, false);
  }

  /** The same statement, with how many of the event's sources agree on its day. */
  public DateEvidence agreedBy(int agreeing, int sources, boolean independentOnly) {
    return new DateEvidence(kind, quoted, publishedFor, agreeing, sources, independentOnly);
  }
}
