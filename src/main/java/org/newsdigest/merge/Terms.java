package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdigest.text.TextWords;

/**
 * Turns text into content terms: lower-case word tokens without stop words, lightly stemmed so
 * that "talks"/"talk" and "meeting"/"meet" count as one term. Deliberately crude: a heavier
 * stemmer conflates unrelated words, and the merger only needs overlap between reports.
 */
final class Terms {

  private static final Set<String> STOP_WORDS =
      Set.copyOf(
          List.of(
          "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
          "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
          "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
          "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he",
          "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
          "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no",
          "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours",
          "out", "over", "own", "said", "same", "say", "says", "she", "should", "so", "some",
          "such", "than", "that", "the", "their", "theirs", "them", "then", "there", "these",
          "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was",
          "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will",
          "with", "would", "you", "your", "yours", "mr", "mrs", "ms", "according", "told",
          "would", "may", "might", "must", "shall", "one", "two", "new", "last", "first", "year",
          "years", "week", "day", "days", "time", "since", "including", "however", "yet", "per",
          "us", "via", "get", "got", "make", "made", "many", "much", "well", "like", "even",
          "still", "around", "amid", "among", "within", "without", "another", "every", "s", "t",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "january", "february", "march", "april", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "today", "yesterday", "tomorrow", "published",
          "updated", "gmt", "pm", "edt", "est", "bst", "utc"));

  /** The stemmed content terms of {@code text}, in text order, repeats kept. */
  List<String> of(String text) {
    if (text == null) {
      return new ArrayList<>();
    }
    return ofFolded(TextWords.fold(text));
  }

  /** {@link #of} a text already {@link TextWords#fold folded}. */
  List<String> ofFolded(String folded) {
    List<String> terms = new ArrayList<>();
    // The folded text is words joined by single spaces: walked in place, not split.
    int from = 0;
    while (from < folded.length()) {
      int end = folded.indexOf(' ', from);
      if (end < 0) {
        end = folded.length();
      }
      if (end - from >= 2) {
        String word = folded.substring(from, end);
        if (!STOP_WORDS.contains(word)) {
          String stem = stem(word);
          // most words stem to themselves, and the word is already known not to be a stop word
          if (!stem.isEmpty() && (stem.equals(word) || !STOP_WORDS.contains(stem))) {
            terms.add(stem);
          }
        }
      }
      from = end + 1;
    }
    return terms;
  }

  /** A light suffix stripper: plurals, -ing, -ed; numbers and short words stay as they are. */
  static String stem(String word) {
    if (word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 6) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() > 5) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    return w;
  }

  private static String undouble(String w) {
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
