package org.newsdigest.extract;

import java.util.List;
import java.util.regex.Pattern;
import org.newsdigest.extract.NameChunker.Chunk;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.Gazetteer;

/**
 * Types one capitalised run by the evidence in and around it, strongest first: an honorific or a
 * role makes a person, a gazetteer hit a place, an institution word an organisation, then the
 * context (a speech verb, an age, a region word, a preposition of place). A run nothing types is
 * kept untyped, in case it repeats a name identified elsewhere. Immutable.
 */
final class CandidateClassifier {

  /** "European", "Ukrainian", "Chinese", "British": adjectives of a place, not places. */
  private static final Pattern DEMONYM = Pattern.compile("(?:ean|ian|ese|ish|ch)$");
  private static final Pattern MORE_DEMONYMS = Pattern.compile("(?:ican|ek|ai|iss)$");

  /**
   * "American", "Greek", "Thai", "Swiss", "Ukrainian": a nationality's shape, lower case (too
   * wide for a place's name: "Dubai").
   */
  static boolean isDemonym(String lower) {
    return DEMONYM.matcher(lower).find() || MORE_DEMONYMS.matcher(lower).find();
  }

  private final Gazetteer gazetteer;
  private final PrepositionEvidence prepositions;
  private final RunOpening opening;
  private final GivenNames givenNames;
  private final Teams teams = Teams.load();

  CandidateClassifier(
      Gazetteer gazetteer, PrepositionEvidence prepositions, GivenNames givenNames) {
    this.gazetteer = gazetteer;
    this.prepositions = prepositions;
    this.givenNames = givenNames;
    this.opening = new RunOpening(gazetteer, givenNames);
  }

  /** The candidate the run makes in paragraph {@code text}, or null when it names nothing. */
  Candidate classify(int block, String text, Chunk chunk, ArticleVocabulary vocabulary) {
    RunOpening.Read read = opening.read(block, text, chunk, vocabulary);
    if (read.decided() != null) {
      return read.decided();
    }
    List<Word> words = read.words();
    if (words.isEmpty()) {
      return null;
    }
    Surroundings around =
        Surroundings.of(text, words.get(0).start(), words.get(words.size() - 1).end());
    String role = read.role();
    String lowerRole = around.lowerCaseRoleBefore();
    if (role == null && lowerRole != null) {
      role = lowerRole;
    } else if (role != null && lowerRole != null) {
      role = lowerRole + " " + role;
    }
    String whole = WordShapes.join(words);
    String last = WordShapes.lower(words.get(words.size() - 1).text());
    String first = WordShapes.lower(words.get(0).text());
    int n = words.size();

    if (Lexicon.isHonorific(words.get(0).text()) && n >= 2) {
      return Candidate.of(block, text, words, EntityType.PERSON);
    }
    if (n >= 2 && n <= 5 && Candidate.isNameSuffix(words.get(n - 1).text())
        && Character.isUpperCase(words.get(0).text().charAt(0))) {
      return Candidate.of(block, text, words, EntityType.PERSON); // "Arcade Joseph Comeaux Jr."
    }
    if (n == 1 && words.get(0).text().length() == 1) {
      return null; // "E!", "X": a letter names nothing the recogniser can tell
    }
    if (n == 1 && WordShapes.isAcronym(words.get(0).text()) && first.length() >= 3
        && vocabulary.lowerCaseWords().contains(first)) {
      return null; // "A FIRE - BOMB attack": a common word shouted, not an acronym
    }
    if (around.webAddressAfter()) {
      return Candidate.of(block, text, words, EntityType.ORGANISATION); // "UsMagazine.com"
    }
    if (role != null && n <= 4 && !WordShapes.isAcronym(words.get(0).text())) {
      if (gazetteer.canonical(whole) != null) {
        return Candidate.of(block, text, words, EntityType.PLACE);
      }
      return Candidate.of(block, text, words, EntityType.PERSON).withRole(role);
    }
    if (teams.names(words, around.afterThe(), vocabulary, gazetteer)) {
      return Candidate.of(block, text, words, EntityType.ORGANISATION); // "the Red Sox"
    }
    EntityType named = typeByName(words, whole, first, last, around);
    if (named != null) {
      return Candidate.of(block, text, words, named);
    }
    if (words.stream().anyMatch(w -> WordShapes.isAcronym(w.text()))) {
      return null;
    }
    if (n == 1 && Lexicon.ORG_SUFFIXES.contains(first) && around.afterThe()) {
      // "the Navy": a name only as the short form of one the article gives in full
      return Candidate.of(block, text, words, null);
    }
    if (n == 1 && (Lexicon.ORG_SUFFIXES.contains(first) || Lexicon.isRole(first)
        || Lexicon.PLACE_SUFFIXES.contains(first))) {
      return null; // "Parliament said", "Club officials": a generic noun, not a name
    }
    Candidate c = Candidate.of(block, text, words, null);
    if (opensWithGivenName(words, around)) {
      // weak: the article may show the run to be the front of a longer name ("Betty Ford Center")
      return c.withType(EntityType.PERSON).withRole(around.appositionRole()).weakened();
    }
    return typeByContext(c, whole, around);
  }

  /**
   * "Jane Holbrook", "Carlos de la Vega": two to four name words opening with a common given
   * name that is not also a place ("Jordan", "Victoria"), none of them a word the lists give
   * another kind, and no company noun right after ("a Betty Crocker cake mix" is a brand).
   */
  private boolean opensWithGivenName(List<Word> words, Surroundings around) {
    int n = words.size();
    if (n < 2 || n > 4 || !givenNames.contains(words.get(0).text())
        || gazetteer.canonical(words.get(0).text()) != null || around.companyNounAfter()) {
      return false;
    }
    for (int i = 1; i < n; i++) {
      String w = words.get(i).text();
      String lower = WordShapes.lower(w);
      boolean particle = NameChunker.isConnector(w) && !w.equals("of") && !w.equals("the");
      if (!particle && !Character.isUpperCase(w.charAt(0))
          || Lexicon.NOT_NAMES.contains(lower) && !particle
          || Lexicon.isRole(w) || Lexicon.isMonthOrWeekday(w)
          || PrepositionEvidence.ORGANISATION_HEADS.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /** The type the name's own words give it (gazetteer, institution or place words), or null. */
  private EntityType typeByName(
      List<Word> words, String whole, String first, String last, Surroundings around) {
    int n = words.size();
    if (gazetteer.canonical(whole) != null) {
      return EntityType.PLACE;
    }
    if (Lexicon.isInstitution(whole)) {
      return EntityType.ORGANISATION;
    }
    if (Lexicon.ORG_SUFFIXES.contains(last) && n >= 2) {
      return EntityType.ORGANISATION;
    }
    if (n >= 3 && Lexicon.ORG_HEADS.contains(first) && words.get(1).text().equals("of")) {
      return EntityType.ORGANISATION;
    }
    for (int i = 1; i + 2 < n; i++) {
      if (words.get(i + 1).text().equals("of")
          && Lexicon.ORG_HEADS.contains(WordShapes.lower(words.get(i).text()))) {
        // "Texas Department of Criminal Justice", "Central Election Commission of Turkmenistan"
        return EntityType.ORGANISATION;
      }
    }
    if (n >= 3 && Lexicon.PLACE_HEADS.contains(first) && words.get(1).text().equals("of")) {
      return EntityType.PLACE; // "Gulf of Aden", "Isle of Man"
    }
    if (isTeam(words)) {
      return EntityType.ORGANISATION;
    }
    if (PrepositionEvidence.organisationHead(words.stream().map(Word::text).toList())) {
      return EntityType.ORGANISATION;
    }
    if (n >= 2 && Lexicon.PLACE_SUFFIXES.contains(last)) {
      return EntityType.PLACE;
    }
    if (n == 1 && WordShapes.isAcronym(words.get(0).text()) && !Lexicon.NOT_NAMES.contains(first)
        && !Lexicon.COMMON_ACRONYMS.contains(first) && !around.numberAfter()) {
      return EntityType.ORGANISATION;
    }
    return null;
  }

  /**
   * "Boston Red Sox", "Los Angeles Angels", "Philadelphia 76ers": a known place, then one or two
   * capitalised words ending in a plural; a team or a company, never a person or a place.
   */
  boolean isTeam(List<Word> words) {
    int n = words.size();
    String last = words.get(n - 1).text();
    if (n < 2 || last.length() < 4 || !last.endsWith("s") || last.endsWith("ss")
        || Lexicon.PLACE_SUFFIXES.contains(WordShapes.lower(last))
        || WordShapes.isAcronym(last)) {
      return false;
    }
    for (int split = n - 1; split >= Math.max(1, n - 2); split--) {
      if (gazetteer.canonical(WordShapes.join(words.subList(0, split))) != null) {
        return words.subList(split, n).stream().noneMatch(w -> NameChunker.isConnector(w.text()));
      }
    }
    return false;
  }

  private boolean isStateOrCountry(String name) {
    String bare = name.replace(".", "").toLowerCase(java.util.Locale.ROOT);
    if (bare.length() == 3 && bare.charAt(1) == ' ') {
      bare = bare.replace(" ", ""); // "N. Y." as some copy spaces it
    }
    return Lexicon.STATES.contains(bare) || gazetteer.isCountry(name);
  }

  /** The untyped run {@code c} typed by the words around it, or left untyped. */
  private Candidate typeByContext(Candidate c, String whole, Surroundings around) {
    int n = c.words().size();
    if (around.businessNounAfter()) {
      return c.withType(EntityType.ORGANISATION); // "a Waitrose store", "People magazine"
    }
    if ((around.placeNounOfBefore() || around.residenceBefore()) && n <= 3) {
      return c.withType(EntityType.PLACE); // "the island of Qeshm", "the town of Palmer"
    }
    String area = around.areaAfter();
    if (area != null && n <= 3 && isStateOrCountry(area)) {
      return c.withType(EntityType.PLACE); // "Wasilla, Alaska", "Staunton, Va.", "Qom, Iran"
    }
    if (!around.afterThe() && n <= 4 && around.suggestsPerson()
        && gazetteer.canonical(c.words().get(n - 1)) == null) {
      // "Access Hollywood has confirmed": a name ending in a place is a show or a body
      return c.withType(EntityType.PERSON).withRole(around.appositionRole());
    }
    if (around.regionAfter()) {
      return c.withType(EntityType.PLACE);
    }
    if (!around.afterThe() && around.placePrepositionBefore()
        && !(n == 1 && DEMONYM.matcher(whole).find())
        && prepositions.allowsPlace(c.words(), around.after(), around.text())) {
      return c.withType(EntityType.PLACE).weakened();
    }
    if (n >= 2 && n <= 3 && around.roleListBefore()) {
      return c.withType(EntityType.PERSON);
    }
    return c; // untyped: kept in case it repeats a known name
  }
}
