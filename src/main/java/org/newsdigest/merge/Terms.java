package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.text.Stemmer;
import org.newsdigest.text.StopWords;
import org.newsdigest.text.TextWords;

/**
 * Turns text into content terms: lower-case words without {@link StopWords stop words}, lightly
 * {@link Stemmer stemmed} so that "talks"/"talk" and "meeting"/"meet" count as one term.
 */
final class Terms {


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
        if (!StopWords.isStopWord(word)) {
          String stem = Stemmer.stem(word);
          // most words stem to themselves, and the word is already known not to be a stop word
          if (!stem.isEmpty() && (stem.equals(word) || !StopWords.isStopWord(stem))) {
            terms.add(stem);
          }
        }
      }
      from = end + 1;
    }
    return terms;
  }
}
