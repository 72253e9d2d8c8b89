package org.newsdigest.ingest;

/** Small text helpers shared by the readers. */
final class Texts {
  private Texts() {}

  /**
   * The length of {@code Jsoup TextNode.text().strip()} for a text node's whole text, counted
   * without building either string: Jsoup's whitespace (space, tab, newline, form feed, carriage
   * return, no-break space) collapses to one space, its invisible characters (zero-width space,
   * soft hyphen) vanish, and {@link String#strip} then trims Java whitespace at both ends.
   */
  static int strippedNormalLength(String whole) {
    int length = 0;
    int firstKept = -1;
    int endKept = 0;
    boolean lastWasWhite = false;
    int n = whole.length();
    // Char by char: each half of a surrogate pair counts one, as the pair counts two, and
    // neither half is whitespace.
    for (int i = 0; i < n; i++) {
      char c = whole.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' || c == 0xA0) {
        if (!lastWasWhite) {
          length++;
          lastWasWhite = true;
        }
      } else if (c != 0x200B && c != 0xAD) {
        if (!Character.isWhitespace(c)) {
          if (firstKept < 0) {
            firstKept = length;
          }
          endKept = length + 1;
        }
        length++;
        lastWasWhite = false;
      }
    }
    return firstKept < 0 ? 0 : endKept - firstKept;
  }

  /**
   * Collapses all whitespace runs to one space and trims; null stays null. Hand-written rather
   * than a regex replace because every block and every line of every page comes through here,
   * and most already need no change.
   */
  static String normalizeSpace(String text) {
    if (text == null) {
      return null;
    }
    int n = text.length();
    StringBuilder out = null;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && isSpace(text.charAt(j))) {
        j++;
      }
      if (out == null && (c != ' ' || j > i + 1)) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = j;
    }
    return (out == null ? text : out.toString()).strip();
  }

  /**
   * Every kind of horizontal or vertical space, including no-break and typographic spaces:
   * the ASCII {@code \s} set, U+00A0, U+2000..U+200A, U+202F, U+205F and U+3000.
   */
  static boolean isSpace(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '\u00A0' || (c >= '\u2000' && c <= '\u200A')
        || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /** Normalised text, or null when nothing is left. */
  static String blankToNull(String text) {
    String normal = normalizeSpace(text);
    return normal == null || normal.isEmpty() ? null : normal;
  }

  /** True when the text ends like a finished sentence or a closed quotation. */
  static boolean endsSentence(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return false;
    }
    char last = t.charAt(t.length() - 1);
    return ".!?:\u201D\"\u2019')\u2026".indexOf(last) >= 0;
  }

  static boolean startsLowerCase(String text) {
    String t = text.strip();
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
  }

  /** Runs of characters other than ASCII whitespace ({@code \s}), as a split would count. */
  static int wordCount(String text) {
    String t = text.strip();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
