package org.newsdigest.extract;

import java.util.List;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.PersonNames;

/**
 * A capitalised run that may name an entity, with what the evidence says about it so far.
 *
 * @param block the paragraph it is in
 * @param start where it starts in the paragraph's text
 * @param end where it ends (exclusive)
 * @param surface the text as written, between {@code start} and {@code end}
 * @param words its words, without a role or sentence opener cut from its front
 * @param type what it is, or null while nothing says so: it then counts only when it repeats a
 *     name identified elsewhere in the article
 * @param role the role the text gives a person ("French President"), or null
 * @param weak whether its type rests on a preposition alone ("in X"), which later evidence may
 *     overrule
 */
record Candidate(
    int block, int start, int end, String surface, List<String> words, EntityType type,
    String role, boolean weak) {

  Candidate {
    words = List.copyOf(words);
  }

  /** The run spanning {@code words} of paragraph {@code text}, typed or not, without a role. */
  static Candidate of(int block, String text, List<Word> words, EntityType type) {
    int start = words.get(0).start();
    int end = words.get(words.size() - 1).end();
    return new Candidate(block, start, end, text.substring(start, end),
        words.stream().map(Word::text).toList(), type, null, false);
  }

  Candidate withType(EntityType newType) {
    return new Candidate(block, start, end, surface, words, newType, role, weak);
  }

  Candidate withRole(String newRole) {
    return new Candidate(block, start, end, surface, words, type, newRole, weak);
  }

  Candidate weakened() {
    return new Candidate(block, start, end, surface, words, type, role, true);
  }

  /** The words that name the person, without an honorific ("Mr. John Smith" → John Smith). */
  List<String> nameWords() {
    if (words.size() >= 2
        && Lexicon.isHonorific(words.get(0))) {
      return words.subList(1, words.size());
    }
    return words;
  }

  /**
   * The surname of a person named by {@code nameWords}: the last word, or the one before a
   * generational suffix ("Comeaux" of "Arcade Joseph Comeaux Jr").
   */
  static String surname(List<String> nameWords) {
    int last = nameWords.size() - 1;
    if (last > 0 && PersonNames.isGenerationalSuffix(nameWords.get(last))) {
      last--;
    }
    return nameWords.get(last);
  }

  /**
   * "Jr", "Sr.": a generational suffix that makes the run it ends a person's name; not a Roman
   * numeral, which ends "World War II" too.
   */
  static boolean isNameSuffix(String word) {
    return PersonNames.isGenerationalSuffix(word) && !word.chars().allMatch(ch -> "IVX".indexOf(ch) >= 0);
  }

  /** Two or three capitalised words, none an acronym: the shape of a first and last name. */
  boolean looksLikeFullName() {
    return words.size() >= 2 && words.size() <= 3
        && words.stream()
            .allMatch(w -> Character.isUpperCase(w.charAt(0)) && !WordShapes.isAcronym(w));
  }
}
