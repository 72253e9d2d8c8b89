package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.extract.NameChunker.Chunk;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.Gazetteer;

/**
 * Reads the front of a capitalised run, which often is not part of the name: a role ("French
 * President Emmanuel Macron"), a sentence opener ("Yesterday Macron"), or a capitalised modifier
 * ("Senior U.S. negotiators"). Immutable.
 */
final class RunOpening {

  /**
   * What is left of the run: either {@code decided}, a candidate the whole run already makes, or
   * the name {@code words} (possibly none) with the {@code role} cut from before them.
   */
  record Read(List<Word> words, String role, Candidate decided) {
    Read {
      words = List.copyOf(words);
    }

    static Read decided(Candidate candidate) {
      return new Read(List.of(), null, candidate);
    }
  }

  /** The outlets newsdigest ships: their names are organisations wherever an article names them. */
  private static final OutletList OUTLETS = OutletList.shipped();

  private final Gazetteer gazetteer;
  private final GivenNames givenNames;

  RunOpening(Gazetteer gazetteer, GivenNames givenNames) {
    this.gazetteer = gazetteer;
    this.givenNames = givenNames;
  }

  Read read(int block, String text, Chunk chunk, ArticleVocabulary vocabulary) {
    List<Word> words = new ArrayList<>(chunk.words());
    // a role inside the run: "French President Emmanuel Macron", "UK Prime Minister Keir Starmer"
    int roleEnd = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (Lexicon.isRole(words.get(i).text()) && !words.get(i).text().equals("of")) {
        roleEnd = i;
      }
    }
    String lastWord = WordShapes.lower(words.get(words.size() - 1).text());
    if (roleEnd >= 0 && hasRoleHead(words.subList(0, roleEnd + 1))
        && !Lexicon.ORG_SUFFIXES.contains(lastWord) && !Lexicon.PLACE_SUFFIXES.contains(lastWord)) {
      // "Sheikh Zayed Road" is a street, not a sheikh
      return afterRole(words, roleEnd, vocabulary, PrepositionEvidence.titleCased(text));
    }
    String whole = WordShapes.join(words);
    if (namesOutlet(text, chunk, whole, vocabulary)) {
      return Read.decided(Candidate.of(block, text, words, EntityType.ORGANISATION));
    }
    if (gazetteer.canonical(whole) != null || Lexicon.isInstitution(whole)) {
      return Read.decided(Candidate.of(block, text, words,
          gazetteer.canonical(whole) != null ? EntityType.PLACE : EntityType.ORGANISATION));
    }
    while (!words.isEmpty() && droppable(words, chunk.sentenceInitial()
        && words.get(0) == chunk.words().get(0), vocabulary)) {
      words.remove(0);
    }
    if (words.isEmpty() && chunk.words().size() == 1 && chunk.sentenceInitial()
        && !Lexicon.NOT_NAMES.contains(WordShapes.lower(chunk.words().get(0).text()))
        && !Lexicon.isMonthOrWeekday(chunk.words().get(0).text())) {
      // "Zelenskiy later left.": kept without evidence, it counts only if it repeats a known name
      Candidate alone = Candidate.of(block, text, chunk.words(), null);
      return Read.decided(speaksAlone(alone, text, vocabulary) ? alone.withType(EntityType.PERSON)
          : alone);
    }
    stripConnectors(words);
    if (words.size() >= 3 && !givenNames.contains(words.get(0).text())
        && givenNames.contains(words.get(1).text())
        && vocabulary.lowerCaseWords().contains(WordShapes.lower(words.get(0).text()))) {
      words.remove(0); // "Named Maurice Cheeks coach": a headline's verb before a full name
    }
    return new Read(words, null, null);
  }

  /**
   * "The Hollywood Reporter", "told People": a run that is the name of an outlet of the shipped
   * outlet list is that organisation. A one-word name that also is a common word ("People",
   * "Time", "Fortune") counts only inside a sentence and, when the article also writes the word
   * in lower case, after "told", "to", "said" or "according to" or before a business noun
   * ("People magazine"); no one-word name counts opening a sentence.
   */
  private static boolean namesOutlet(
      String text, Chunk chunk, String whole, ArticleVocabulary vocabulary) {
    List<Word> words = chunk.words();
    if (words.size() == 1 && (chunk.sentenceInitial() || words.get(0).text().length() < 3
        || CandidateClassifier.isDemonym(WordShapes.lower(whole))) // "Australian", not the paper
        || OUTLETS.byName(whole) == null) {
      return false;
    }
    if (words.size() > 1 || !vocabulary.lowerCaseWords().contains(WordShapes.lower(whole))) {
      return true;
    }
    Word word = words.get(0);
    Surroundings around = Surroundings.of(text, word.start(), word.end());
    return around.businessNounAfter() || around.speechOrToBefore();
  }

  /**
   * "White said he was blindsided": a lone word opening a sentence before a speech verb, an age
   * or an apposed role is someone's surname when the article never writes it in lower case and
   * it is no plural ("Prosecutors said"), role, institution or place word.
   */
  private static boolean speaksAlone(Candidate alone, String text, ArticleVocabulary vocabulary) {
    String word = alone.surface();
    String lower = WordShapes.lower(word);
    return word.length() >= 3 && !lower.endsWith("s") && !WordShapes.isAcronym(word)
        && !vocabulary.lowerCaseWords().contains(lower) && !Lexicon.isRole(word)
        && !Lexicon.ORG_SUFFIXES.contains(lower) && !Lexicon.PLACE_SUFFIXES.contains(lower)
        && Surroundings.of(text, alone.start(), alone.end()).suggestsPerson();
  }

  /**
   * Cuts the role words up to {@code roleEnd} (and sentence openers before them) off the run,
   * and, in a title-case line, the words after them the article writes in lower case elsewhere
   * ("Swimmer And Actress Dies Aged 91": no name follows the role).
   */
  private Read afterRole(
      List<Word> words, int roleEnd, ArticleVocabulary vocabulary, boolean titleCased) {
    int roleStart = 0;
    while (roleStart < roleEnd
        && Lexicon.NOT_NAMES.contains(WordShapes.lower(words.get(roleStart).text()))) {
      roleStart++;
    }
    String role = WordShapes.join(words.subList(roleStart, roleEnd + 1));
    List<Word> rest = new ArrayList<>(words.subList(roleEnd + 1, words.size()));
    if (NameChunker.isConnector(rest.get(0).text())) {
      // "CEO of Valley Dairy": the role belongs to someone else; what follows is an organisation
      stripConnectors(rest);
      return new Read(rest, null, null);
    }
    while (titleCased && !rest.isEmpty() && !givenNames.contains(rest.get(0).text())
        && vocabulary.lowerCaseWords().contains(WordShapes.lower(rest.get(0).text()))) {
      rest.remove(0);
    }
    return new Read(rest, rest.isEmpty() ? null : role, null);
  }

  private static void stripConnectors(List<Word> words) {
    while (!words.isEmpty() && NameChunker.isConnector(words.get(0).text())) {
      words.remove(0);
    }
  }

  private boolean droppable(List<Word> words, boolean opensSentence, ArticleVocabulary vocabulary) {
    Word word = words.get(0);
    String lower = WordShapes.lower(word.text());
    if (Lexicon.NAME_OPENERS.contains(lower) && !opensSentence && words.size() >= 2) {
      return false; // "the New York Times", "the International Monetary Fund"
    }
    if (Lexicon.NOT_NAMES.contains(lower) || Lexicon.isMonthOrWeekday(word.text())) {
      return true;
    }
    if (!opensSentence) {
      return false;
    }
    if (gazetteer.canonical(word.text()) != null || WordShapes.isAcronym(word.text())
        || Lexicon.isHonorific(word.text())) {
      return false;
    }
    if (vocabulary.lowerCaseWords().contains(lower)) {
      return true; // the article uses it as a common word
    }
    if (words.size() >= 2 && lower.length() > 5 && lower.endsWith("ing")
        && !givenNames.contains(lower)) {
      return true; // "Choosing DeGeneres, known for ...": a verb opens the sentence
    }
    if (words.size() == 1) {
      return !vocabulary.capitalisedInside().contains(word.text());
    }
    // "Senior U.S. negotiators": a capitalised modifier before a known name is not part of it
    String rest = WordShapes.join(words.subList(1, words.size()));
    return gazetteer.canonical(rest) != null || Lexicon.isInstitution(rest)
        || words.size() == 2 && WordShapes.isAcronym(words.get(1).text());
  }

  private static boolean hasRoleHead(List<Word> words) {
    return words.stream().anyMatch(w -> Lexicon.isRoleHead(w.text()));
  }
}
