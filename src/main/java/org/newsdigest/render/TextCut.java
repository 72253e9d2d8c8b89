package org.newsdigest.render;

/** Short one-line forms of long text, for descriptions and teasers. */
final class TextCut {

  private TextCut() {}

  /**
   * The text on one line, runs of white space made one space; null gives "". Exactly {@code
   * text.replaceAll("\\s+", " ").strip()} (in a regex {@code \s} is only the six ASCII spaces
   * below; strip then trims any Unicode white space), without a regex: every page calls it for
   * most values it shows.
   */
  static String flat(String text) {
    return text == null ? "" : collapseSpaces(text).strip();
  }

  private static String collapseSpaces(String text) {
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (c == ' ' ? i + 1 < n && isRegexSpace(text.charAt(i + 1)) : isRegexSpace(c)) {
        break;
      }
      i++;
    }
    if (i == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n).append(text, 0, i);
    while (i < n) {
      char c = text.charAt(i++);
      if (isRegexSpace(c)) {
        out.append(' ');
        while (i < n && isRegexSpace(text.charAt(i))) {
          i++;
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** What {@code \s} matches in a Java regex without UNICODE_CHARACTER_CLASS. */
  private static boolean isRegexSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
  }

  /**
   * The head of a text longer than {@code max}, cut at the last space before {@code max} when
   * that keeps more than half of it, else mid-word just before {@code max}: the caller adds the
   * ellipsis, after trimming what must not precede it.
   */
  static String headAtWord(String text, int max) {
    int space = text.lastIndexOf(' ', max - 1);
    return text.substring(0, space > max / 2 ? space : max - 1);
  }
}
