package org.newsdigest.ingest;

import java.util.regex.Pattern;

/** Small text helpers shared by the readers. */
final class Texts {
  /** Every kind of horizontal or vertical space, including no-break and typographic spaces. */
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");

  private Texts() {}

  /** Collapses all whitespace runs to one space and trims; null stays null. */
  static String normalizeSpace(String text) {
    if (text == null) {
      return null;
    }
    return SPACES.matcher(text).replaceAll(" ").strip();
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

  static int wordCount(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
