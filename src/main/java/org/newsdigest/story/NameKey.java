package org.newsdigest.story;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a name across events: accents folded, case and punctuation ignored, so
 * "Carlos Mazón" in one event and "Carlos Mazon" in the next are one participant.
 */
final class NameKey {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`´]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKey() {}

  /** The folded name, words separated by one space; empty when it has no letter or digit. */
  static String fold(String name) {
    if (name == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
    String ascii = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    // Apostrophes belong to their word: "O'Brien" and "OBrien" are one name.
    ascii = APOSTROPHES.matcher(ascii).replaceAll("");
    return NOT_WORD.matcher(ascii).replaceAll(" ").strip();
  }

  /** How many words the folded name has. */
  static int words(String folded) {
    return folded.isEmpty() ? 0 : folded.split(" ").length;
  }
}
