package org.newsdigest.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys that identify a name across its spellings, and slugs for entity keys. */
final class NameKeys {

  // Compiled once: these run for every name word of every article.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern APOSTROPHES = Pattern.compile("[’']");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  private NameKeys() {}

  /** "Zelenskyy" → "zelenskyy": letters and digits only, accents removed, lower case. */
  static String fold(String text) {
    if (isAscii(text)) {
      return asciiFold(text);
    }
    String decomposed =
        MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return NOT_ALNUM.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
  }

  /**
   * A spelling-tolerant key for a name word: transliterations differ in doubled letters and in
   * the ending of Slavic names, so "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenskyj" share one.
   */
  static String phonetic(String word) {
    String key = fold(word);
    key = key.replace("ph", "f").replace("ck", "k").replace("w", "v");
    // A folded key holds only a-z and 0-9, so the doubled-letter and ending rules are scans.
    return withSlavicEnd(withoutDoubles(key));
  }

  /** "Volodymyr Zelenskyy" → "volodymyr-zelenskyy": ASCII, lower case, dash separated. */
  static String slug(String name) {
    if (isAscii(name)) {
      return asciiSlug(name);
    }
    String decomposed =
        MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = APOSTROPHES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    String slug = EDGE_DASHES.matcher(NOT_ALNUM.matcher(lower).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  // ASCII fast paths: most names are ASCII, where decomposition and accent marks change
  // nothing and each regex above is a simple scan. Each gives what its regex path gives.

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLowerAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static char lowerAscii(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

  /** {@link #fold} of ASCII text: lower case, letters and digits kept. */
  private static String asciiFold(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = lowerAscii(text.charAt(i));
      if (isLowerAlnum(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code (.)\1+} replaced by {@code $1}, on a folded key (no line terminator in it). */
  private static String withoutDoubles(String key) {
    StringBuilder out = new StringBuilder(key.length());
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (i == 0 || c != key.charAt(i - 1)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * The regex {@code (iy|yi|ij|yj|ii|y|j)$} replaced by "i": a two-letter ending first, as the
   * leftmost match would be.
   */
  private static String withSlavicEnd(String key) {
    int n = key.length();
    if (n >= 2) {
      String two = key.substring(n - 2);
      if (two.equals("iy") || two.equals("yi") || two.equals("ij") || two.equals("yj")
          || two.equals("ii")) {
        return key.substring(0, n - 2) + "i";
      }
    }
    if (n >= 1 && (key.charAt(n - 1) == 'y' || key.charAt(n - 1) == 'j')) {
      return key.substring(0, n - 1) + "i";
    }
    return key;
  }

  /** {@link #slug} of ASCII text: apostrophes dropped, other runs of non-alphanumerics a dash. */
  private static String asciiSlug(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean gap = false;
    for (int i = 0; i < name.length(); i++) {
      char c = lowerAscii(name.charAt(i));
      if (c == '\'') {
        continue;
      }
      if (isLowerAlnum(c)) {
        if (gap && out.length() > 0) {
          out.append('-');
        }
        gap = false;
        out.append(c);
      } else {
        gap = true;
      }
    }
    return out.length() == 0 ? "unnamed" : out.toString();
  }
}
