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
    String unquoted = QUOTED.matcher(text).replaceAll(" ");
    boolean opensWithQuote = "\"“„«".indexOf(text.charAt(0)) >= 0;
    return !(opensWithQuote && wordCount(unquoted) < 4);
  }

  static int wordCount(String text) {
    String trimmed = text.trim();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }
}
