package org.newsdigest.merge;

import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Sentence;

/**
 * Which sentences can stand alone in a summary or an exclusives list: not headings, not
 * questions, not quotes with nothing around them, not fragments.
 */
final class SentenceFilter {
  private static final int MIN_WORDS = 6;
  private static final Pattern QUOTED =
      Pattern.compile("[\"“”„«»][^\"“”„«»]*[\"“”„«»]");

  boolean usable(Article article, Sentence sentence) {
    String text = sentence.text().trim();
    if (sentence.block() >= 0 && sentence.block() < article.blocks().size()
        && article.blocks().get(sentence.block()).isHeading()) {
      return false;
    }
    if (text.endsWith("?") || text.endsWith(":") || wordCount(text) < MIN_WORDS) {
      return false;
    }
    // Only a sentence that opens with a quote can be a bare quote: the regex is for those alone.
    boolean opensWithQuote = "\"“„«".indexOf(text.charAt(0)) >= 0;
    return !(opensWithQuote && wordCount(QUOTED.matcher(text).replaceAll(" ")) < 4);
  }

  /**
   * The words of {@code text} as {@code text.trim().split("\\s+").length} counts them, without
   * the regex: this runs over every sentence of every event.
   */
  static int wordCount(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return 0;
    }
    // trim() leaves no whitespace at either end, so each inner run of it separates two words
    int words = 1;
    boolean inSpace = false;
    for (int i = 0; i < trimmed.length(); i++) {
      boolean space = isRegexSpace(trimmed.charAt(i));
      if (space && !inSpace) {
        words++;
      }
      inSpace = space;
    }
    return words;
  }

  /** The characters {@code \s} matches without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
