package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.Gazetteer;
import org.newsdigest.text.LanguageGuess;

/**
 * Names in a language that capitalises every noun. German writes "Jedes Finanzierungsmodell" and
 * "Sieben Unternehmen" with the capitals English keeps for names, so a capitalised run and the
 * evidence around it say little there. Only what the lists know stands: a person whose first name
 * is a given name or whom a role introduces, a place the gazetteer has, an organisation that is
 * an acronym or ends in a legal form or an institution word ("GmbH", "Stiftung").
 */
final class CapitalisedNouns {
  /** BCP 47 primary tags of the languages that capitalise every noun. */
  private static final Set<String> LANGUAGES = Set.of("de", "lb", "gsw");
  private static final Set<String> ORGANISATION_LAST_WORDS =
      CueWords.section("organisation last words where nouns are capitalised");
  private static final int LONGEST_PERSON_NAME = 3;

  private final Gazetteer gazetteer;
  private final GivenNames givenNames;

  CapitalisedNouns(Gazetteer gazetteer, GivenNames givenNames) {
    this.gazetteer = gazetteer;
    this.givenNames = givenNames;
  }

  /** True when text in {@code language} (a BCP 47 tag, or null) capitalises every noun. */
  static boolean capitalisesNouns(String language) {
    return LANGUAGES.contains(LanguageGuess.primary(language));
  }

  /**
   * The typed candidates the lists confirm, and untyped ones (which count only when they repeat a
   * name), of which those ending in a legal form or institution word become organisations.
   */
  List<Candidate> confirmed(List<Candidate> candidates) {
    List<Candidate> kept = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      if (c.type() == null) {
        kept.add(hasOrganisationEnding(c) ? c.withType(EntityType.ORGANISATION) : c);
      } else if (isConfirmed(c)) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static boolean hasOrganisationEnding(Candidate c) {
    String last = c.words().get(c.words().size() - 1).toLowerCase(Locale.ROOT);
    String bare = last.endsWith(".") ? last.substring(0, last.length() - 1) : last; // "e.V."
    return c.words().size() >= 2 && ORGANISATION_LAST_WORDS.contains(bare);
  }

  private boolean isConfirmed(Candidate c) {
    List<String> words = c.nameWords();
    return switch (c.type()) {
      case PERSON -> c.role() != null
          || words.size() >= 2 && words.size() <= LONGEST_PERSON_NAME
          && givenNames.contains(WordShapes.lower(words.get(0)));
      case PLACE -> gazetteer.canonical(c.surface()) != null;
      case ORGANISATION -> words.size() == 1 && WordShapes.isAcronym(words.get(0)) || hasOrganisationEnding(c);
      default -> true;
    };
  }
}
