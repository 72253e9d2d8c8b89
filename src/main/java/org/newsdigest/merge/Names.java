package org.newsdigest.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Name and text normalisation shared by entity resolution, quote matching and terms. */
final class Names {

  private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "de", "la", "&");

  private Names() {}

  /**
   * Lower case (Locale.ROOT), accents removed, every run of characters other than letters and
   * digits replaced by one space, trimmed: "Zelenskyy’s  Office" becomes "zelenskyy s office".
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
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
    w = w.replaceAll("(iy|yy|ij|yj|ii|ei|ey)$", "y");
    w = w.replaceAll("([^aeiouy])i$", "$1y"); // Dmitri, Dmitriy, Dmitry
    w = w.replaceAll("(.)\\1", "$1");
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
