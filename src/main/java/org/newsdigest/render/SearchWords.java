package org.newsdigest.render;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The words search knows a text by, cut exactly as {@code assets/search.js} cuts a query and the
 * texts it highlights: accents dropped (NFD less U+0300 to U+036F), lower case, split on every run
 * of characters that are neither letters nor digits. The two must agree, or a word written into
 * the index could never be asked for.
 */
final class SearchWords {
  private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036f]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SearchWords() {}

  /** The words of {@code text} in order, repeats kept; none for null. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return words;
    }
    String folded = ACCENTS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
        .replaceAll("").toLowerCase(Locale.ROOT);
    for (String word : SEPARATORS.split(folded)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** The first {@code length} characters of {@code word}, counted in code points as the script counts them. */
  static String head(String word, int length) {
    int end = word.offsetByCodePoints(0, Math.min(length, word.codePointCount(0, word.length())));
    return word.substring(0, end);
  }

  static int length(String word) {
    return word.codePointCount(0, word.length());
  }
}
