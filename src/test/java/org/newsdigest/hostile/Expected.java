package org.newsdigest.hostile;

/**
 * The outcome a hostile input must have.
 *
 * @param outcome on the site, skipped with a reason, or ignored as no input file at all
 * @param text the warning (for {@link Outcome#SITE}) or reason (for {@link Outcome#SKIPPED}) the
 *     build report must name, or empty
 */
record Expected(Outcome outcome, String text) {
  enum Outcome {
    SITE,
    SKIPPED,
    IGNORED,
    UNKNOWN
  }

  static Expected parse(String cell) {
    if (cell.equals("site")) {
      return new Expected(Outcome.SITE, "");
    }
    if (cell.startsWith("site warning:")) {
      return new Expected(Outcome.SITE, cell.substring("site warning:".length()));
    }
    if (cell.startsWith("skipped:")) {
      return new Expected(Outcome.SKIPPED, cell.substring("skipped:".length()));
    }
    if (cell.equals("ignored")) {
      return new Expected(Outcome.IGNORED, "");
    }
    if (cell.equals("?")) {
      return new Expected(Outcome.UNKNOWN, "");
    }
    throw new IllegalArgumentException("unknown expected outcome '" + cell + "'");
  }
}
