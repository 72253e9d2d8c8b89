package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.text.Stemmer;
import org.newsdigest.text.StopWords;

/**
 * What a number is said about: the content words (stemmed; stop words, numbers and names left
 * out) near it in its sentence, without the words of the number's own phrase. "Three people died
 * when an Athens bank went up in flames" gives {die, athen, bank, flame}; "Four people were
 * treated in nearby hospitals" gives {treat, nearbi, hospit}: two counts of people that share
 * nothing are two different counts, not two sources disagreeing.
 */
final class FactContext {
  /** Words either side of the phrase that still say what it counts. */
  static final int WINDOW = 8;
  private static final Pattern LETTERS = Pattern.compile("[^\\p{L}]+");

  private FactContext() {}

  /** The context of {@code wording} in {@code sentence}; the whole sentence when not found. */
  static Set<String> of(String wording, String sentence) {
    List<String> words = tokens(sentence);
    List<String> phrase = tokens(wording);
    int at = indexOf(words, phrase);
    int from = at < 0 ? 0 : Math.max(0, at - WINDOW);
    int to = at < 0 ? words.size() : Math.min(words.size(), at + phrase.size() + WINDOW);
    Set<String> own = new HashSet<>();
    phrase.forEach(w -> own.add(w.toLowerCase(Locale.ROOT)));
    Set<String> context = new HashSet<>();
    for (int i = from; i < to; i++) {
      String word = words.get(i);
      String lower = word.toLowerCase(Locale.ROOT);
      // Names are left out: every report of the event names its people and places, so a shared
      // name says nothing about whether two numbers count one thing.
      if ((at >= 0 && i >= at && i < at + phrase.size()) || own.contains(lower)
          || Character.isUpperCase(word.codePointAt(0)) || lower.length() < 3
          || StopWords.isStopWord(lower)) {
        continue;
      }
      context.add(Stemmer.stem(lower));
    }
    return context;
  }

  /** The words (runs of letters) of a text, as written. */
  private static List<String> tokens(String text) {
    List<String> words = new ArrayList<>();
    for (String word : LETTERS.split(text)) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Context words two reports must share to be taken for one count they disagree on. */
  static final int SHARED_FOR_SAME_THING = 2;

  /**
   * True when two contexts say the numbers count one thing: they share {@link
   * #SHARED_FOR_SAME_THING} words, or every word of the smaller one when it has fewer.
   */
  static boolean sameThing(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return shared >= Math.min(SHARED_FOR_SAME_THING, Math.max(1, Math.min(a.size(), b.size())));
  }

  private static int indexOf(List<String> words, List<String> phrase) {
    if (phrase.isEmpty()) {
      return -1;
    }
    for (int i = 0; i + phrase.size() <= words.size(); i++) {
      if (words.subList(i, i + phrase.size()).equals(phrase)) {
        return i;
      }
    }
    return -1;
  }
}
