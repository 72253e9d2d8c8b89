package org.newsdigest.extract;

import java.text.Normalizer;
import java.util.Locale;

/** Keys that identify a name across its spellings, and slugs for entity keys. */
final class NameKeys {

  private NameKeys() {}

  /** "Zelenskyy" → "zelenskyy": letters and digits only, accents removed, lower case. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }

  /**
   * A spelling-tolerant key for a name word: transliterations differ in doubled letters and in
   * the ending of Slavic names, so "Zelensky", "Zelenskyy", "Zelenskiy" and "Zelenskyj" share one.
   */
  static String phonetic(String word) {
    String key = fold(word);
    key = key.replace("ph", "f").replace("ck", "k").replace("w", "v");
    key = key.replaceAll("(.)\\1+", "$1");
    key = key.replaceAll("(iy|yi|ij|yj|ii|y|j)$", "i");
    return key;
  }

  /** "Volodymyr Zelenskyy" → "volodymyr-zelenskyy": ASCII, lower case, dash separated. */
  static String slug(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = decomposed.toLowerCase(Locale.ROOT).replaceAll("[’']", "")
        .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }
}
