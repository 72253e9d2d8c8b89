package org.newsdigest.render;

/** Short one-line forms of long text, for descriptions and teasers. */
final class TextCut {

  private TextCut() {}

  /** The text on one line, runs of white space made one space; null gives "". */
  static String flat(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
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
