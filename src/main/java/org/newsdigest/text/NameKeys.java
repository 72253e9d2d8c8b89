package org.newsdigest.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * When two spellings name the same person, place, organisation or outlet. Every stage compares
 * names through these keys, so "Côte d'Ivoire", "U.S." and "Mr. Steele" mean one thing in the
 * extractor, the merge, the storylines and the pages alike.
 */
public final class NameKeys {
  /** Titles that say nothing about who is meant; roles ("President") stay part of the name. */
  private static final Set<String> COURTESY = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame");
  /** Small words an acronym skips: "North Atlantic Treaty Organization" is NATO. */
  private static final Set<String> ACRONYM_SKIP = Set.of("of", "the", "and", "for", "de", "la", "&");
  /** Characters that belong to the word they sit in: "O'Brien" is "obrien", "U.S." is "us". */
  private static final Pattern GLUE = Pattern.compile("['’‘ʼ`´.]");
  private static final String ASCII_GLUE = "'`.";
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern SLAVIC_ENDING = Pattern.compile("(iy|yy|ij|yj|ii|ei|ey)$");
  private static final Pattern CONSONANT_I_ENDING = Pattern.compile("([^aeiouy])i$");
  private static final Pattern DOUBLED = Pattern.compile("(.)\\1");

  private NameKeys() {}

  /**
   * The comparison form of a name: its words lower-cased, without accents or the full stops and
   * apostrophes inside them, joined by single spaces, a leading courtesy title dropped: "Mr.
   * James O'Brien" → "james obrien", "Côte d'Ivoire" → "cote divoire", "U.S." → "us". Empty
   * when the name has no letter or digit.
   */
  public static String key(String name) {
    if (name == null) {
      return "";
    }
    String spaced = Latin.isAscii(name)
        ? AsciiWords.join(name, ' ', ASCII_GLUE, null)
        : NOT_WORD.matcher(GLUE.matcher(Latin.plain(name).toLowerCase(Locale.ROOT)).replaceAll(""))
            .replaceAll(" ").strip();
    int space = spaced.indexOf(' ');
    if (space > 0 && COURTESY.contains(spaced.substring(0, space))) {
      spaced = spaced.substring(space + 1);
    }
    return spaced;
  }

  /** The words of a name's {@link #key}. */
  public static List<String> words(String name) {
    String key = key(name);
    return key.isEmpty() ? List.of() : List.of(key.split(" "));
  }

  /** How many words a key has: "steve cooley" is fuller than "cooley". */
  public static int wordCount(String key) {
    // What key.split(" ").length gives, without building the array: sorts call it often.
    int end = key.length();
    while (end > 0 && key.charAt(end - 1) == ' ') {
      end--;
    }
    if (end == 0) {
      return 0;
    }
    int words = 1;
    for (int i = 0; i < end; i++) {
      if (key.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /**
   * A spelling-insensitive form of one name word, so that transliterations of a name meet:
   * Zelensky, Zelenskyy, Zelenskiy and Zelenskij all become "selensky"; Sousa and Souza, Dmitri
   * and Dmitry, Kharkiv and Harkiv meet too.
   */
  public static String transliteration(String word) {
    String w = key(word).replace(" ", "");
    w = SLAVIC_ENDING.matcher(w).replaceAll("y");
    w = CONSONANT_I_ENDING.matcher(w).replaceAll("$1y");
    w = DOUBLED.matcher(w).replaceAll("$1");
    return w.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("z", "s");
  }

  /**
   * The initials of a name of several words, small words skipped: "North Atlantic Treaty
   * Organization" gives "nato". Empty when the name has fewer than two significant words.
   */
  public static String acronym(String name) {
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
      initials.append(word.charAt(0));
    }
    return key(initials.toString()).replace(" ", "");
  }

  /**
   * The spelling to show of several that name one thing, each with how many sources used it: a
   * mixed-case one before a shouted one, then the most used, the longest, the first
   * alphabetically; null when there are none.
   */
  public static String preferredSpelling(Map<String, Integer> uses) {
    return uses.entrySet().stream()
        .sorted(Comparator
            .comparing((Map.Entry<String, Integer> e) -> shouted(e.getKey()))
            .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
            .thenComparing(e -> e.getKey().length(), Comparator.reverseOrder())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }

  /**
   * True when every letter of the name is upper case and it has more than one: datelines shout
   * ("WASHINGTON"), so a mixed-case spelling of the same name reads better when there is one.
   */
  public static boolean shouted(String name) {
    long letters = name.codePoints().filter(Character::isLetter).count();
    return letters > 1 && name.codePoints().filter(Character::isLetter).noneMatch(Character::isLowerCase);
  }
}
