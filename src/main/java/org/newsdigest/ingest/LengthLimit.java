package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/**
 * Bounds one article's text. The longest real news articles hold about 150,000 characters; a
 * file many times that size (a log, a dump, a hostile input) would otherwise cost minutes and
 * gigabytes in every later stage, so only its first {@link #MAX_CHARS} characters are read, and
 * the article says so in a warning.
 */
final class LengthLimit {
  static final int MAX_CHARS = 1_000_000;

  private final int maxChars;

  LengthLimit() {
    this(MAX_CHARS);
  }

  LengthLimit(int maxChars) {
    this.maxChars = maxChars;
  }

  /**
   * The text cut at the last line break before the limit (or at the limit when there is none
   * in its second half), or the text itself when it is short enough. Used before a line-based
   * reader runs, so the rest of the file is never even split into paragraphs.
   */
  String cut(String text, List<String> warnings) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = text.lastIndexOf('\n', maxChars);
    if (end < maxChars / 2) {
      end = Character.isLowSurrogate(text.charAt(maxChars)) ? maxChars - 1 : maxChars;
    }
    warnings.add(warning(text.length()));
    return text.substring(0, end);
  }

  /** The document with the blocks that start after the limit dropped (markup formats). */
  Document cap(Document document) {
    List<Block> kept = new ArrayList<>();
    long total = 0;
    long all = 0;
    for (Block block : document.blocks()) {
      all += block.text().length();
      if (total + block.text().length() <= maxChars || kept.isEmpty()) {
        kept.add(block);
        total += block.text().length();
      }
    }
    if (kept.size() == document.blocks().size()) {
      return document;
    }
    List<String> warnings = new ArrayList<>(document.warnings());
    warnings.add(warning(all));
    return new Document(document.source(), document.format(), document.title(),
        document.metadata(), kept, warnings);
  }

  private String warning(long length) {
    return String.format(Locale.ROOT,
        "too long for one article: only the first %,d of its %,d characters were read",
        maxChars, length);
  }
}
