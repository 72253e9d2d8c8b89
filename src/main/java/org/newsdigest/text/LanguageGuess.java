package org.newsdigest.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The language of a text that does not declare one, told by its function words as justext and
 * stop-word language identifiers do: every text of a language uses "the, and, of" or "der, die,
 * und" in large numbers, whatever it is about. Knows the languages of {@code function-words.txt}
 * (English, German, French, Spanish, Italian, Dutch, Portuguese, Polish); says nothing rather
 * than guess on a short text or a close call.
 */
public final class LanguageGuess {
  /**
   * Language tag to its function words, in the tags' order, so that the same text gets the same
   * answer in every run.
   */
  private static final Map<String, Set<String>> WORDS =
      new TreeMap<>(WordLists.sections(LanguageGuess.class, "function-words.txt"));
  /** Fewer function words than this is too little text to tell. */
  private static final int LEAST_HITS = 8;
  /** The winner needs this many times the runner-up's hits: "de" and "que" count for two. */
  private static final double LEAD = 1.5;
  /**
   * A text of the language has at least this share of its words among them (a third, in news
   * prose); Hungarian or Latin text finds a few "a", "e" or "in" and no more.
   */
  private static final double LEAST_SHARE = 0.15;
  /** Enough words to decide; a long article is not read to its end. */
  private static final int MOST_WORDS = 1500;

  private LanguageGuess() {}

  /**
   * The primary language of a BCP 47 tag, lower case: "de" of "de-CH" or "DE_de"; empty for a tag
   * that has none ("-", "").
   */
  public static String primary(String tag) {
    if (tag == null) {
      return "";
    }
    String lower = tag.strip().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < lower.length() && lower.charAt(end) != '-' && lower.charAt(end) != '_') {
      end++;
    }
    return lower.substring(0, end);
  }

  /** The BCP 47 tag of the language {@code text} is written in ("de"), or null when unsure. */
  public static String of(String text) {
    if (text == null) {
      return null;
    }
    Map<String, Integer> hits = new HashMap<>();
    List<String> words = words(text);
    for (String word : words) {
      WORDS.forEach((language, list) -> {
        if (list.contains(word)) {
          hits.merge(language, 1, Integer::sum);
        }
      });
    }
    String best = null;
    int first = 0;
    int second = 0;
    for (String language : WORDS.keySet()) {
      int n = hits.getOrDefault(language, 0);
      if (n > first) {
        second = first;
        first = n;
        best = language;
      } else if (n > second) {
        second = n;
      }
    }
    return first >= LEAST_HITS && first >= LEAD * second && first >= LEAST_SHARE * words.size() ? best : null;
  }

  /**
   * The first words of {@code text}, lower case with their accents: "się" is Polish and "sie"
   * German, "é" Portuguese and "e" Italian.
   */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= text.length() && words.size() < MOST_WORDS; i++) {
      boolean letter = i < text.length() && Character.isLetter(text.charAt(i));
      if (letter && start < 0) {
        start = i;
      } else if (!letter && start >= 0) {
        words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
    }
    return words;
  }
}
