package org.newsdigest.story;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.text.TextWords;

/**
 * The content words of an event's headline and summary: what the event is about, in words that
 * another report of the same story is likely to repeat ("trial", "shooting", "verdict").
 * Function words, reporting verbs and calendar words are dropped: every story has them.
 */
final class KeyTerms {
  static final int MIN_LENGTH = 3;

  private static final Set<String> STOP = Set.of(
      "the", "and", "for", "with", "that", "this", "these", "those", "from", "into", "onto",
      "over", "under", "after", "before", "about", "above", "below", "between", "during",
      "against", "through", "while", "where", "when", "which", "who", "whom", "whose", "what",
      "why", "how", "are", "was", "were", "been", "being", "have", "has", "had", "having", "does",
      "did", "doing", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
      "not", "nor", "but", "yet", "also", "than", "then", "there", "their", "theirs", "them",
      "they", "his", "her", "hers", "him", "she", "its", "our", "ours", "you", "your", "yours",
      "one", "two", "three", "all", "any", "both", "each", "few", "more", "most", "other", "some",
      "such", "only", "own", "same", "very", "just", "now", "out", "off", "again", "further",
      "once", "here", "said", "says", "say", "told", "tells", "according", "reported", "reports",
      "report", "news", "new", "year", "years", "day", "days", "week", "weeks", "month", "months",
      "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december", "first", "last", "least", "many", "much",
      "because", "since", "until", "upon", "via", "per", "amid", "among", "including", "near",
      "people", "time", "times", "mr", "mrs", "ms", "percent");

  private KeyTerms() {}

  /** The distinct key terms of {@code text}, sorted. */
  static Set<String> of(String text) {
    Set<String> terms = new TreeSet<>();
    if (text == null) {
      return terms;
    }
    for (String word : TextWords.fold(text).split(" ")) {
      String term = stem(word.toLowerCase(Locale.ROOT));
      if (term.length() >= MIN_LENGTH && !STOP.contains(term) && !isNumber(term)) {
        terms.add(term);
      }
    }
    return terms;
  }

  /** A light plural fold: "arrests" and "arrest" are one term, "news" and "charges" too. */
  private static String stem(String word) {
    if (word.length() > 4 && word.endsWith("ies")) {
      return word.substring(0, word.length() - 3) + "y";
    }
    if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  private static boolean isNumber(String term) {
    return term.chars().allMatch(Character::isDigit);
  }
}
