package org.newsdigest.text;

import java.util.List;
import java.util.Locale;

/**
 * Running text as words, for comparing what reports say: lower case, accents removed, every run
 * of characters other than letters and digits one space, decimal points kept ("2.5" is one
 * word). Unlike a name's {@link NameKeys#key}, an apostrophe separates: "Zelenskyy’s office" is
 * "zelenskyy s office", so the possessive and the bare name share their word.
 */
public final class TextWords {
  private TextWords() {}

  /** "Zelenskyy’s  Office, 2.5%" → "zelenskyy s office 2.5". */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    if (isPlain(text)) {
      return foldPlain(text);
    }
    String plain = Latin.plain(text);
    StringBuilder out = new StringBuilder(plain.length());
    boolean space = true;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (isDecimalPoint(plain, i)) {
        out.append(c);
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().trim().toLowerCase(Locale.ROOT);
  }

  /** The words of {@link #fold}. */
  public static List<String> words(String text) {
    String folded = fold(text);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  private static boolean isDecimalPoint(CharSequence text, int i) {
    return text.charAt(i) == '.' && i > 0 && i + 1 < text.length()
        && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
  }

  /**
   * True when every character is ASCII or typographic punctuation (a no-break space, «», the
   * General Punctuation block: curly quotes, dashes, ellipsis, special spaces). Those have no
   * accents to strip, no case and are neither letters nor digits, so the general path would
   * change nothing but ASCII capitals: most news text is like this, because of its quotes and
   * dashes.
   */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c != 0xA0 && c != 0xAB && c != 0xBB && (c < 0x2000 || c > 0x206F)) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@link #fold} of text that {@link #isPlain}: the same result without the normaliser, which
   * costs most of the merge's reading of article bodies.
   */
  private static String foldPlain(String text) {
    char[] out = new char[text.length()];
    int n = 0;
    boolean space = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        out[n++] = c;
        space = false;
      } else if (c >= 'A' && c <= 'Z') {
        out[n++] = (char) (c + ('a' - 'A'));
        space = false;
      } else if (isDecimalPoint(text, i)) {
        out[n++] = c;
      } else if (!space) {
        out[n++] = ' ';
        space = true;
      }
    }
    if (n > 0 && out[n - 1] == ' ') {
      n--;
    }
    return new String(out, 0, n);
  }
}
