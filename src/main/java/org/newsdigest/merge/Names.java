package org.newsdigest.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Name and text normalisation shared by entity resolution, quote matching and terms. */
final class Names {

  private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "de", "la", "&");

  // Compiled once: fold runs over every article body and sentence, and the key over every name.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SLAVIC_ENDING = Pattern.compile("(iy|yy|ij|yj|ii|ei|ey)$");
  private static final Pattern CONSONANT_I_ENDING = Pattern.compile("([^aeiouy])i$");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1");

  private Names() {}

  /**
   * Lower case (Locale.ROOT), accents removed, every run of characters other than letters and
   * digits replaced by one space, trimmed: "Zelenskyy’s  Office" becomes "zelenskyy s office".
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    if (isPlain(text)) {
      return foldPlain(text);
    }
    String plain =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    StringBuilder out = new StringBuilder(plain.length());
    boolean space = true;
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
        space = false;
      } else if (c == '.' && i > 0 && i + 1 < plain.length()
          && Character.isDigit(plain.charAt(i - 1)) && Character.isDigit(plain.charAt(i + 1))) {
        out.append(c); // keep decimal points: "2.5" stays one token
      } else if (!space) {
        out.append(' ');
        space = true;
      }
    }
    return out.toString().trim().toLowerCase(Locale.ROOT);
  }

  /**
   * True when every character is ASCII or typographic punctuation (a no-break space, «», the
   * General Punctuation block: curly quotes, dashes, ellipsis, special spaces). Those have no
   * accents to strip, no case and are neither letters nor digits, so the normaliser, the regex
   * and the final lower-casing would change nothing but ASCII capitals: most news text is like
   * this, because of its quotes and dashes.
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
   * {@link #fold} of text that {@link #isPlain}: the same result without the normaliser and the
   * regex, which cost most of the merge's reading of article bodies. Every character other than
   * an ASCII letter or digit (and a decimal point) separates words, as in the general path.
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
      } else if (c == '.' && i > 0 && i + 1 < text.length()
          && isAsciiDigit(text.charAt(i - 1)) && isAsciiDigit(text.charAt(i + 1))) {
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

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The folded words of a name. */
  static List<String> words(String name) {
    String folded = fold(name);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  /**
   * A spelling-insensitive form of one name word, so that transliterations of the same name meet:
   * Zelensky, Zelenskyy, Zelenskiy and Zelenskij all become "selensky"; Sousa and Souza meet too.
   */
  static String transliterationKey(String word) {
    String w = fold(word).replace(" ", "");
    w = SLAVIC_ENDING.matcher(w).replaceAll("y");
    w = CONSONANT_I_ENDING.matcher(w).replaceAll("$1y"); // Dmitri, Dmitriy, Dmitry
    w = DOUBLED.matcher(w).replaceAll("$1");
    w = w.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("z", "s");
    return w;
  }

  /**
   * The initials of a multi-word name, skipping small words: "North Atlantic Treaty
   * Organization" gives "nato". Empty when the name has fewer than two significant words.
   */
  static String acronym(String name) {
    List<String> significant = new ArrayList<>();
    for (String word : name.trim().split("[\\s-]+")) {
      if (!word.isEmpty() && !ACRONYM_SKIP.contains(word.toLowerCase(Locale.ROOT))) {
        significant.add(word);
      }
    }
    if (significant.size() < 2) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (String word : significant) {
      initials.append(Character.toLowerCase(word.charAt(0)));
    }
    return fold(initials.toString());
  }

  /** A URL- and key-friendly form: "Volodymyr Zelenskyy" becomes "volodymyr-zelenskyy". */
  static String slug(String name) {
    return fold(name).replace(' ', '-');
  }
}
