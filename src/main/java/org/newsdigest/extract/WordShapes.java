package org.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import org.newsdigest.extract.NameChunker.Word;

/** What the spelling of a word says, independent of any word list. */
final class WordShapes {

  private WordShapes() {}

  /** "NATO", "U.S.", "G7": two to six capitals or digits, starting with a letter. */
  static boolean isAcronym(String word) {
    String letters = word.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6
        && letters.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
        && Character.isLetter(letters.charAt(0));
  }

  /** The words as one name, single-spaced, as the word lists and the gazetteer spell names. */
  static String join(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
