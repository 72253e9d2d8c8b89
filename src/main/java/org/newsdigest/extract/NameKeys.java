package org.newsdigest.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Keys that identify a name across its spellings, and slugs for entity keys. */
final class NameKeys {

  // Compiled once: these run for every name word of every article.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1+");
  private static final Pattern SLAVIC_END = Pattern.compile("(iy|yi|ij|yj|ii|y|j)$");
  private static final Pattern APOSTROPHES = Pattern.compile("[’']");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");

  private NameKeys() {}

  /** "Zelenskyy" → "zelenskyy": letters and digits only, accents removed, lower case. */
  static String fold(String text) {
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
    key = DOUBLED.matcher(key).replaceAll("$1");
    key = SLAVIC_END.matcher(key).replaceAll("i");
    return key;
  }

  /** "Volodymyr Zelenskyy" → "volodymyr-zelenskyy": ASCII, lower case, dash separated. */
  static String slug(String name) {
    String decomposed =
        MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = APOSTROPHES.matcher(decomposed.toLowerCase(Locale.ROOT)).replaceAll("");
    String slug = EDGE_DASHES.matcher(NOT_ALNUM.matcher(lower).replaceAll("-")).replaceAll("");
    return slug.isEmpty() ? "unnamed" : slug;
  }
}
