package org.newsdigest.bench;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lenient comparison of entity names for the entity benchmark, as the ECB+ entities README asks
 * ("ignore periods, a leading 'the', a trailing ''s', titles and 'Jr'"). Both the gold name and
 * the extractor's name go through the same {@link #key}, then {@link #matches} compares the keys.
 *
 * <p>The key: accents dropped (NFKD, marks removed), lower case; trailing punctuation and a
 * trailing possessive ({@code 's}, {@code s'}) removed; periods and apostrophes glue their word
 * ("U.S." = "us", "O'Brien" = "obrien"); every other run of non-letters and non-digits is one
 * space (a nickname in brackets or quotes inside the name is dropped first: "Kimani (Kiki) Gray");
 * then, while more than one word is left, a leading "the", a leading title ({@link
 * #TITLES}: "Mr", "Gov.", "President", "Prime Minister", ...; several in a row, "Lt. Gov.") and a
 * trailing "Jr" / "Sr" / "II" / "III" / "IV" are dropped.
 *
 * <p>Two names match when one key of each is equal, a name's keys being the key of the whole and,
 * when it holds a comma, the key of what stands before the first comma ("Wasilla, Alaska" also
 * matches "Wasilla", never "Alaska"); a person's keys also without middle initials ("George W.
 * Bush" = "George Bush"). Between two names of people only, a one-word key also
 * matches a longer key ending in that word: the surname matches the full name ("Mr. Steele" and
 * "James Steele"); callers apply this within one article only. "Paris" never matches "Paris
 * Hilton": a first name is not a surname, and places and organisations match whole.
 */
final class EntityNames {
  /** Leading words dropped as titles (after periods are removed and case folded). */
  static final Set<String> TITLES = Set.of(
      "mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "sir", "dame", "lord",
      "lady", "rev", "reverend", "fr", "father", "president", "pres", "gov", "governor", "sen",
      "senator", "rep", "representative", "congressman", "congresswoman", "judge", "justice",
      "mayor", "gen", "general", "adm", "admiral", "col", "colonel", "maj", "major", "capt",
      "captain", "lt", "lieutenant", "sgt", "sergeant", "cpl", "corporal", "officer", "deputy",
      "det", "detective", "sheriff", "chief", "coach", "king", "queen", "prince", "princess",
      "pope", "secretary", "minister", "chancellor", "ambassador", "commissioner", "inspector",
      "superintendent", "agent", "attorney");
  /** Titles of two or three words, checked before the one-word ones. */
  private static final List<List<String>> LONG_TITLES = List.of(
      List.of("secretary", "of", "state"), List.of("prime", "minister"),
      List.of("vice", "president"), List.of("attorney", "general"), List.of("chief", "justice"),
      List.of("district", "attorney"), List.of("first", "lady"));
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern QUOTES = Pattern.compile("[’‘ʼ`´]");
  /** A nickname inside a name: "Kimani (Kiki) Gray", 'Luis "Jerry" Ortiz', "Kimani 'Kiki' Gray". */
  private static final Pattern NICKNAME =
      Pattern.compile("\\s(?:\\([^)]*\\)|[\"“”][^\"“”]*[\"“”]|'[^'\\s]+')(?=\\s)");
  private static final Pattern TRAILING = Pattern.compile("[^\\p{L}\\p{N}']+$");
  private static final Pattern POSSESSIVE = Pattern.compile("(?:'s|(?<=s)')$");
  private static final Pattern GLUE = Pattern.compile("['.]");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private EntityNames() {}

  /** The comparison form of a name: words separated by one space; "" when it has none. */
  static String key(String name) {
    if (name == null) {
      return "";
    }
    String text = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
    text = QUOTES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'").strip();
    text = NICKNAME.matcher(text).replaceAll(" ");
    text = TRAILING.matcher(text).replaceAll("");
    text = POSSESSIVE.matcher(text).replaceAll("");
    text = NOT_WORD.matcher(GLUE.matcher(text).replaceAll("")).replaceAll(" ").strip();
    if (text.isEmpty()) {
      return "";
    }
    List<String> words = new ArrayList<>(Arrays.asList(text.split(" ")));
    boolean dropped = true;
    while (dropped && words.size() > 1) {
      dropped = false;
      if (words.get(0).equals("the")) {
        words.remove(0);
        dropped = true;
        continue;
      }
      for (List<String> title : LONG_TITLES) {
        if (words.size() > title.size() && words.subList(0, title.size()).equals(title)) {
          words.subList(0, title.size()).clear();
          dropped = true;
          break;
        }
      }
      if (!dropped && TITLES.contains(words.get(0))) {
        words.remove(0);
        dropped = true;
      }
    }
    while (words.size() > 1 && SUFFIXES.contains(words.get(words.size() - 1))) {
      words.remove(words.size() - 1);
    }
    return String.join(" ", words);
  }

  /** The keys a name matches by: the whole, and the part before its first comma. */
  static Set<String> keys(String name) {
    return keys(name, false);
  }

  /**
   * The keys a name matches by: the whole, and the part before its first comma; for a person
   * also each without its middle initials ("George W. Bush" = "George Bush").
   */
  static Set<String> keys(String name, boolean people) {
    Set<String> keys = new LinkedHashSet<>();
    String whole = key(name);
    if (!whole.isEmpty()) {
      keys.add(whole);
    }
    int comma = name == null ? -1 : name.indexOf(',');
    if (comma > 0) {
      String head = key(name.substring(0, comma));
      if (!head.isEmpty()) {
        keys.add(head);
      }
    }
    if (people) {
      for (String key : List.copyOf(keys)) {
        String[] words = key.split(" ");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
          if (i == 0 || i == words.length - 1 || words[i].length() > 1) {
            kept.add(words[i]);
          }
        }
        keys.add(String.join(" ", kept));
      }
    }
    return keys;
  }

  /**
   * True when the names match leniently; {@code people} when both name people, which lets a
   * surname match the full name (only sound within one article).
   */
  static boolean matches(String a, String b, boolean people) {
    Set<String> keysA = keys(a, people);
    Set<String> keysB = keys(b, people);
    for (String x : keysA) {
      for (String y : keysB) {
        if (x.equals(y) || people && (surnameOf(x, y) || surnameOf(y, x))) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when any name of one list matches any name of the other. */
  static boolean anyMatches(List<String> a, List<String> b, boolean people) {
    for (String x : a) {
      for (String y : b) {
        if (matches(x, y, people)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when {@code shortKey} is one word and the last word of the longer {@code fullKey}. */
  private static boolean surnameOf(String shortKey, String fullKey) {
    return shortKey.indexOf(' ') < 0 && fullKey.endsWith(" " + shortKey);
  }

  /**
   * Groups names that match one another, directly or through others ("Nichols", "Brian Nichols"
   * and "Mr. Nichols" are one): the distinct names of one article and kind. Each group is in the
   * order of {@code names}; groups come in the order of their first name.
   */
  static List<List<String>> group(List<String> names, boolean people) {
    int[] parent = new int[names.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        if (matches(names.get(i), names.get(j), people)) {
          parent[root(parent, j)] = root(parent, i);
        }
      }
    }
    List<List<String>> groups = new ArrayList<>();
    List<Integer> roots = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int r = root(parent, i);
      int at = roots.indexOf(r);
      if (at < 0) {
        roots.add(r);
        groups.add(new ArrayList<>());
        at = groups.size() - 1;
      }
      groups.get(at).add(names.get(i));
    }
    return groups;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The fullest of some names: most words in its key, then longest, then alphabetical. */
  static String fullest(List<String> names) {
    return names.stream()
        .min(Comparator.comparingInt((String n) -> -key(n).split(" ").length)
            .thenComparingInt(n -> -n.length())
            .thenComparing(Comparator.naturalOrder()))
        .orElseThrow();
  }
}
