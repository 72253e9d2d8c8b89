package org.newsdigest.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparison form of a name across events: case, accents, full stops, apostrophes and a
 * leading courtesy title do not make another person ("WASHINGTON" and "Washington", "Mazón" and
 * "Mazon", "U.S." and "US", "Mr. Banky" and "Banky", "O'Brien" and "OBrien").
 */
final class NameFold {
  /** Titles that say nothing about who is meant; roles ("President") stay part of the name. */
  private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern GLUE = Pattern.compile("['’‘ʼ`´.]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameFold() {}

  /** The folded words joined by single spaces; "" for a name without letters or digits. */
  static String fold(String name) {
    if (name == null) {
      return "";
    }
    String spaced = isAscii(name) ? foldAscii(name) : foldUnicode(name);
    int space = spaced.indexOf(' ');
    if (space > 0 && COURTESY.contains(spaced.substring(0, space))) {
      spaced = spaced.substring(space + 1);
    }
    return spaced;
  }

  private static String foldUnicode(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    String joined = GLUE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    return NOT_WORD.matcher(joined).replaceAll(" ").strip();
  }

  /**
   * {@link #foldUnicode} for a name of ASCII characters only, in one pass and without a regex
   * (the render folds every name on every page that links one): ASCII has no accents and is its
   * own NFKD form, its glue is {@code ' ` .}, its letters and digits are {@code [A-Za-z0-9]}.
   */
  private static String foldAscii(String name) {
    return AsciiWords.join(name, ' ', "'`.", null);
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** How many words the folded name has: "Steve Cooley" is fuller than "Cooley". */
  static int words(String folded) {
    // What folded.split(" ").length gives, without building the array: the sorts call it often.
    int end = folded.length();
    while (end > 0 && folded.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < end; i++) {
      if (folded.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /**
   * True when every letter of the name is upper case and it has more than one: datelines shout
   * ("WASHINGTON"), so a mixed-case spelling of the same name reads better when there is one.
   */
  static boolean shouted(String name) {
    long letters = name.codePoints().filter(Character::isLetter).count();
    return letters > 1 && name.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
  }
}
