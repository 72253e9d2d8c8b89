package org.newsdigest.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The small closed word lists the rule-based recogniser relies on. They are general English
 * news vocabulary (roles, institution words, speech verbs), never names from one article.
 */
final class Lexicon {

  private Lexicon() {}

  /** Nouns that name a role a person holds, singular and plural, lower case. */
  static final Set<String> ROLES = CueWords.section("roles");

  /**
   * Role words that are only modifiers: a role needs at least one head noun, so "former" or
   * "foreign" alone is not a role.
   */
  static final Set<String> ROLE_MODIFIERS = CueWords.section("role modifiers");

  /** Role words that can only be part of a role, never stand for one ("General" alone is a title). */
  static boolean isRole(String word) {
    return ROLES.contains(stripDot(word).toLowerCase(Locale.ROOT));
  }

  static boolean isRoleHead(String word) {
    String w = stripDot(word).toLowerCase(Locale.ROOT);
    return ROLES.contains(w) && !ROLE_MODIFIERS.contains(w) || w.equals("general") || w.equals("chief");
  }

  static final Set<String> HONORIFICS = CueWords.section("honorifics");

  /**
   * "Mr", "Mrs.", "Dr": an honorific as names take it, never in capitals ("MS Columbus" is a
   * ship, "DR" a country code).
   */
  static boolean isHonorific(String word) {
    String bare = stripDot(word);
    return HONORIFICS.contains(bare.toLowerCase(Locale.ROOT))
        && !(bare.length() >= 2 && bare.equals(bare.toUpperCase(Locale.ROOT)));
  }

  /**
   * First words that make "X of Y" a place: "Gulf of Aden", "Bay of Bengal", "Isle of Man".
   */
  static final Set<String> PLACE_HEADS = CueWords.section("place heads");

  /** Last words that make a capitalised name an organisation. */
  static final Set<String> ORG_SUFFIXES = CueWords.section("organisation suffixes");

  /** First words that make "X of Y" an organisation: "Ministry of Defence", "Bank of England". */
  static final Set<String> ORG_HEADS = CueWords.section("organisation first words before of");

  /** Institutions named by one word or a fixed phrase, usually with "the". */
  static final Set<String> INSTITUTIONS = CueWords.section("institutions");

  /**
   * Last words that make a capitalised name a place ("Pacific Coast Highway", "Newport Beach"):
   * {@code cue-words.txt}, [place suffixes].
   */
  static final Set<String> PLACE_SUFFIXES = CueWords.section("place suffixes");

  /**
   * The states of the United States and the provinces of Canada as a dateline or an address
   * names them after a town ("Wasilla, Alaska", "Staunton, Va.", "Troy, N.Y."): names and the
   * usual news abbreviations, lower case, without full stops.
   */
  static final Set<String> STATES = CueWords.section("states");

  /** Lower-case words after a name that make it a region: "the Donbas region". */
  static final Set<String> REGION_WORDS = CueWords.section("region words");

  /** Verbs that attribute speech. */
  static final Set<String> SPEECH_VERBS = CueWords.section("speech verbs");

  /**
   * Capitalised words that open sentences or headings but never name anything: function
   * words, pronouns, and generic nouns that newswire capitalises only at a sentence start.
   */
  static final Set<String> NOT_NAMES = CueWords.section("not names");

  /**
   * Adjectives in {@link #NOT_NAMES} that open many real names inside a sentence: "the New York
   * Times", "the International Monetary Fund", "the National Marine Fisheries Service".
   */
  static final Set<String> NAME_OPENERS = CueWords.section("name openers");

  /**
   * Lower-case nouns that, right after a capitalised word, make it the name of a company, a
   * brand or a town rather than a person: "a Waitrose store", "Playboy founder", "Troy police".
   */
  static final Set<String> NOT_PERSON_HEADS = CueWords.section("not person heads");

  /**
   * Verbs that headlines and sports listings capitalise right before or after a name ("Named
   * Jane Holbrook coach", "Holbrook Dies Aged 91", "Holbrook Checks Into Rehab"): never part of
   * a name.
   */
  static final Set<String> HEADLINE_VERBS = CueWords.section("headline verbs");

  /**
   * Lower-case nouns that, right after a capitalised run, make it a business or an outlet: "a
   * Waitrose store", "People magazine", "Lionsgate studio" (not "police", "residents" or
   * "plant", which follow towns, nor "spokesman", which follows people too).
   */
  static final Set<String> BUSINESS_NOUNS = CueWords.section("business nouns");

  /** Capitalised abbreviations that are ordinary words, not organisations. */
  static final Set<String> COMMON_ACRONYMS = CueWords.section("common acronyms");

  /** Whether the whole name is a known institution ("Supreme Court", "White House"). */
  static boolean isInstitution(String name) {
    return INSTITUTIONS.contains(name.toLowerCase(Locale.ROOT));
  }

  static boolean isMonthOrWeekday(String word) {
    String w = stripDot(word).toLowerCase(Locale.ROOT);
    return EnglishCalendar.month(w) != null || EnglishCalendar.weekday(w) != null;
  }

  static String stripDot(String word) {
    return word.endsWith(".") && word.indexOf('.') == word.length() - 1
        ? word.substring(0, word.length() - 1)
        : word;
  }
}
