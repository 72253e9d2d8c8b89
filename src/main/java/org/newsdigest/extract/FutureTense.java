package org.newsdigest.extract;

import java.util.regex.Pattern;

/**
 * Whether the clause before a point in the text speaks of the future ("will testify on
 * Wednesday", "an interview to air Tuesday", "plans to vote on Friday"): a weekday named there is
 * the coming one, not the past one. Only explicit cues count: a bare infinitive ("refused to
 * testify Wednesday") is as often about the past.
 */
final class FutureTense {
  /** How far back from the weekday the cue may stand: one clause of a news sentence. */
  private static final int REACH = 80;

  private static final Pattern CUE = Pattern.compile(
      "(?i)\\b(?:will|won't|shall|'ll|to air|plans? to|planning to|intends? to|expected to"
          + "|scheduled|set to|due to|slated|next|upcoming|ahead of)\\b");

  private FutureTense() {}

  /**
   * True when a future cue stands in the same sentence before {@code at}, no more than {@link
   * #REACH} characters back and after the last sentence end, colon or semicolon.
   */
  static boolean before(String text, int at) {
    int from = Math.max(0, at - REACH);
    for (int i = at - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == ';' || c == ':' || ((c == '.' || c == '!' || c == '?')
          && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
        from = i + 1;
        break;
      }
    }
    return CUE.matcher(text).region(from, at).find();
  }
}
