package org.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Makes a headline from the text when the input has none: the first sentence of the body
 * without its dateline, cut to headline length at a clause break if there is one, else at a
 * word break with an ellipsis, never ending on a comma or a joining word.
 */
final class TitleDeriver {

  static final int MAX = 110;
  static final int MIN_CLAUSE = 50;

  private static final Set<String> DANGLING = CueWords.section("title deriver dangling");

  private final SentenceSplitter splitter;

  TitleDeriver(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  /** A headline from the first paragraph text (dateline already removed), or null if blank. */
  String fromText(String paragraph) {
    if (paragraph == null || paragraph.isBlank()) {
      return null;
    }
    List<TextSpan> sentences = splitter.split(paragraph);
    String first = sentences.isEmpty() ? paragraph.strip() : sentences.get(0).of(paragraph);
    first = first.strip();
    if (first.length() <= MAX) {
      return trimEnd(first.replaceAll("[.!?]+$", ""));
    }
    int clause = lastClauseBreak(first);
    if (clause >= MIN_CLAUSE) {
      return trimEnd(first.substring(0, clause));
    }
    int word = first.lastIndexOf(' ', MAX - 1);
    String cut = trimEnd(first.substring(0, word > 0 ? word : MAX - 1));
    return cut + "…";
  }

  /** "000_some-file.txt" → "000 some file": the last resort for an article with no text. */
  static String fromFileName(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    name = name.replaceAll("[_\\-.]+", " ").strip();
    if (name.isEmpty()) {
      return source;
    }
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  private static int lastClauseBreak(String sentence) {
    int best = -1;
    for (int i = 0; i < Math.min(sentence.length(), MAX); i++) {
      char c = sentence.charAt(i);
      boolean punctuation = (c == ',' || c == ';' || c == ':') && i + 1 < sentence.length()
          && sentence.charAt(i + 1) == ' ';
      boolean dash = (c == '–' || c == '—') && i > 0 && sentence.charAt(i - 1) == ' ';
      if (punctuation || dash) {
        best = i;
      }
    }
    return best;
  }

  private static String trimEnd(String text) {
    String result = text.strip();
    boolean changed = true;
    while (changed && !result.isEmpty()) {
      changed = false;
      String stripped = result.replaceAll("[\\s,;:–—-]+$", "");
      if (!stripped.equals(result)) {
        result = stripped;
        changed = true;
      }
      int space = result.lastIndexOf(' ');
      if (space > 0 && DANGLING.contains(result.substring(space + 1).toLowerCase(Locale.ROOT))) {
        result = result.substring(0, space);
        changed = true;
      }
    }
    return result;
  }
}
