package org.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether "in/at/from X" is enough to call X a place. It is weak evidence: "at Kraft
 * Foods" is a company, "from Chris Byrd" a person, "in Stephenie Meyer's series" an author, and
 * "Put More Animals in Danger" a headline in title case. Immutable.
 */
final class PrepositionEvidence {

  /**
   * Last words that make a capitalised name an organisation or a venue run by one ("Kraft
   * Foods", "Betty Ford Center", "SAP Arena"): {@code cue-words.txt}, [organisation heads].
   */
  static final Set<String> ORGANISATION_HEADS = CueWords.section("organisation heads");

  private final GivenNames givenNames;

  PrepositionEvidence(GivenNames givenNames) {
    this.givenNames = givenNames;
  }

  /** "Kraft Foods", "Morningside Recovery", "Betty Ford Center": an organisation's name. */
  static boolean organisationHead(List<String> words) {
    return words.size() >= 2
        && ORGANISATION_HEADS.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a preposition before {@code words} may make them a place.
   *
   * @param after the text right after the name
   * @param sentence the paragraph the name is in
   */
  boolean allowsPlace(List<String> words, String after, String sentence) {
    if (words.size() >= 2 && words.size() <= 3
        && givenNames.contains(words.get(0))) {
      return false; // "from Chris Byrd", "in Elton Brand"
    }
    if (words.size() >= 2 && (after.startsWith("'s") || after.startsWith("’s")
        || after.startsWith("' ") || after.startsWith("’ "))) {
      return false; // "in Stephenie Meyer's series": an owner, not a location
    }
    return !titleCased(sentence);
  }

  /** A headline in title case capitalises every word, so its capitals say nothing. */
  static boolean titleCased(String sentence) {
    int longWords = 0;
    int capitalised = 0;
    for (String word : sentence.split("\\s+")) {
      if (word.length() >= 4 && Character.isLetter(word.charAt(0))) {
        longWords++;
        capitalised += Character.isUpperCase(word.charAt(0)) ? 1 : 0;
      }
    }
    return longWords >= 4 && capitalised * 10 >= longWords * 8;
  }
}
