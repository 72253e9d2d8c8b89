package org.newsdigest.story;

import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.text.Stemmer;
import org.newsdigest.text.StopWords;
import org.newsdigest.text.TextWords;

/**
 * The content words of an event's headline and summary: what the event is about, in words that
 * another report of the same story is likely to repeat ("trial", "shooting", "verdict"), {@link
 * Stemmer stemmed}. {@link StopWords Stop words and news words} are dropped: every story has them.
 */
final class KeyTerms {
  static final int MIN_LENGTH = 3;


  private KeyTerms() {}

  /** The distinct key terms of {@code text}, sorted. */
  static Set<String> of(String text) {
    Set<String> terms = new TreeSet<>();
    if (text == null) {
      return terms;
    }
    for (String word : TextWords.fold(text).split(" ")) {
      String term = Stemmer.stem(word);
      if (term.length() >= MIN_LENGTH && !isNumber(term) && !saysNothing(word) && !saysNothing(term)) {
        terms.add(term);
      }
    }
    return terms;
  }

  private static boolean saysNothing(String word) {
    return StopWords.isStopWord(word) || StopWords.isNewsWord(word);
  }

  private static boolean isNumber(String term) {
    return term.chars().allMatch(Character::isDigit);
  }
}
