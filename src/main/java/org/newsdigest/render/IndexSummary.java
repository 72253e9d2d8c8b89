package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.SummarySentence;

/**
 * The teaser of an event on the index: its first summary sentence, and the second only when both
 * still read at a glance. A whole summary would turn the index into a wall of text.
 */
final class IndexSummary {
  /** About two lines on a desktop, four on a phone. */
  static final int MAX_LENGTH = 240;

  private IndexSummary() {}

  static String of(List<SummarySentence> summary) {
    if (summary.isEmpty()) {
      return "";
    }
    String first = TextCut.flat(summary.get(0).text());
    if (summary.size() > 1) {
      String both = first + " " + TextCut.flat(summary.get(1).text());
      if (both.length() <= MAX_LENGTH) {
        return both;
      }
    }
    return cut(first);
  }

  /** A very long first sentence is cut at a word, with an ellipsis saying so. */
  private static String cut(String text) {
    if (text.length() <= MAX_LENGTH) {
      return text;
    }
    String head = TextCut.headAtWord(text, MAX_LENGTH);
    return head.replaceAll("[\\s,;:–—-]+$", "") + "…";
  }
}
