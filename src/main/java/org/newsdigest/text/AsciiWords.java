package org.newsdigest.text;

/**
 * The one-pass word scan behind the ASCII fast paths of {@link Slugs} and {@link NameKeys}: text
 * of ASCII characters only, lower-cased, its runs of letters and digits joined by one separator,
 * none at either end. ASCII has no accents and is its own NFKD form, so this is exactly what the
 * general forms give for such text, without their cost on every name of every page.
 */
final class AsciiWords {
  private AsciiWords() {}

  /**
   * @param glue characters that vanish inside a word ("Ukraine's" stays one word)
   * @param ampersand the word an {@code &} stands for, or null when it is only a gap
   */
  static String join(String text, char separator, String glue, String ampersand) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    boolean gap = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (glue.indexOf(c) >= 0) {
        continue;
      }
      if (c == '&' && ampersand != null) { // a word of its own
        if (out.length() > 0) {
          out.append(separator);
        }
        out.append(ampersand);
        gap = true;
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (gap && out.length() > 0) {
          out.append(separator);
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }
}
