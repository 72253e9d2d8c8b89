package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsdigest.extract.NameChunker.Chunk;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.model.Block;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Mention;
import org.newsdigest.text.Gazetteer;
import org.newsdigest.text.NameKeys;

/**
 * Rule-based people, places and organisations. Each capitalised run is classified by evidence
 * around it (a role or honorific before it, a speech verb or an age after it, an institution
 * word at its end, a gazetteer hit, a preposition of place); runs without evidence are dropped
 * unless they repeat a name already identified. Name variants of one person fold into one entity
 * by a spelling-tolerant surname key.
 *
 * <p>The steps live in their own classes: {@link NameChunker} finds the runs, {@link
 * ArticleVocabulary} says how the article uses its words, {@link OfSplitter} and {@link
 * CandidateClassifier} type each run, {@link PersonLists} spreads persons along lists, and {@link
 * EntityResolver} folds the candidates into entities and mentions.
 */
final class EntityRecognizer {

  private final NameChunker chunker;
  private final OfSplitter ofSplitter;
  private final CandidateClassifier classifier;
  private final EntityResolver resolver;
  private final GivenNames givenNames;
  private final Gazetteer gazetteer;
  private final CapitalisedNouns capitalisedNouns;

  EntityRecognizer(Gazetteer gazetteer, NameChunker chunker) {
    this.chunker = chunker;
    this.gazetteer = gazetteer;
    this.ofSplitter = new OfSplitter(gazetteer);
    this.givenNames = GivenNames.load();
    this.classifier =
        new CandidateClassifier(gazetteer, new PrepositionEvidence(givenNames), givenNames);
    this.resolver = new EntityResolver(gazetteer);
    this.capitalisedNouns = new CapitalisedNouns(gazetteer, givenNames);
  }

  /** What the recogniser found: entities in order of first mention, and every mention. */
  record Result(List<Entity> entities, List<Mention> mentions) {}

  /**
   * @param title the article's stated title, or null: it names no entity of its own (it is not
   *     a block), but a full name in it tells whom a lone surname of the body names
   * @param language the article's language (BCP 47), or null; where it capitalises every noun
   *     only the names the lists confirm stand ({@link CapitalisedNouns})
   */
  Result recognise(List<Block> blocks, List<List<TextSpan>> sentences, Dateline dateline, String title,
      String language) {
    // cutting words is the costliest step here: once per block, shared by every use below
    List<List<Word>> wordsByBlock = new ArrayList<>();
    for (Block block : blocks) {
      wordsByBlock.add(chunker.words(block.text()));
    }
    List<List<Chunk>> chunksByBlock = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      TextSpan excluded =
          b == 0 && dateline != null ? new TextSpan(0, dateline.text().length()) : null;
      chunksByBlock.add(block.isHeading()
          ? List.of()
          : chunker.chunks(block.text(), wordsByBlock.get(b), sentences.get(b), excluded));
    }
    ArticleVocabulary vocabulary = ArticleVocabulary.of(blocks, wordsByBlock, chunksByBlock);
    List<Candidate> candidates = new ArrayList<>();
    Candidate datelinePlace = datelinePlace(blocks, dateline);
    if (datelinePlace != null) {
      candidates.add(datelinePlace);
    }
    for (int b = 0; b < blocks.size(); b++) {
      String text = blocks.get(b).text();
      for (Chunk whole : chunksByBlock.get(b)) {
        for (Chunk chunk : ofSplitter.split(whole)) {
          Candidate c = classifier.classify(b, text, chunk, vocabulary);
          if (c != null) {
            candidates.add(c);
          }
        }
      }
    }
    candidates.sort(Comparator.comparingInt(Candidate::block).thenComparingInt(Candidate::start));
    List<Candidate> typed = withCuedSurnames(PersonLists.spread(candidates, blocks), vocabulary, blocks);
    if (CapitalisedNouns.capitalisesNouns(language)) {
      typed = capitalisedNouns.confirmed(typed);
    }
    return resolver.resolve(typed, vocabulary.modifierWords(), titleNames(title, vocabulary));
  }

  /**
   * "Tony Thompson stopped the challenger ... Thompson said": what makes the surname alone a
   * person makes the untyped full name it ends a person too, so both are one. The full name is
   * two words, or three opening with a given name, and its first word is no place, no word the
   * article writes in lower case ("moviemaker") and no nationality ("American").
   *
   * <p>A surname the article repeats alone is a cue of its own: "Wladimir Klitschko ... the
   * combo Klitschko landed" names a person, for organisations go by their first word ("Kraft
   * Foods", "Kraft") and places by the whole name. The lone word is then no given name ("Sam"),
   * no place and no word the article writes in lower case, never stands after a determiner
   * ("an Emmy", but "the Gray family" is a surname), and the full name is not after one either
   * ("the Wildlife Society"), opens with no -ing word ("Catching Fire"), holds no word the article
   * writes in lower case and ends in no institution or place word.
   */
  private List<Candidate> withCuedSurnames(
      List<Candidate> candidates, ArticleVocabulary vocabulary, List<Block> blocks) {
    Set<String> cued = new HashSet<>();
    Set<String> repeated = new HashSet<>();
    Set<String> withDeterminer = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON && !c.weak() && c.nameWords().size() == 1) {
        cued.add(NameKeys.transliteration(c.nameWords().get(0)));
      }
      if (c.type() == null && c.words().size() == 1) {
        String key = NameKeys.transliteration(c.words().get(0));
        // "the Gray family" is a surname whatever the determiner; "an Emmy", "the Fire" a thing
        boolean family = blocks.get(c.block()).text().startsWith(" family", c.end());
        if (!family && afterDeterminer(c, blocks)) {
          withDeterminer.add(key);
        } else if (mayBeSurname(c.words().get(0), vocabulary)) {
          repeated.add(key);
        }
      }
    }
    repeated.removeAll(withDeterminer);
    if (cued.isEmpty() && repeated.isEmpty()) {
      return candidates;
    }
    List<Candidate> promoted = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      List<String> w = c.words();
      String first = WordShapes.lower(w.get(0));
      if (c.type() == null && c.looksLikeFullName()
          && (w.size() == 2 || givenNames.contains(first))
          && gazetteer.canonical(w.get(0)) == null && !Lexicon.NOT_NAMES.contains(first)
          && !vocabulary.lowerCaseWords().contains(first) && !CandidateClassifier.isDemonym(first)) {
        String surname = NameKeys.transliteration(Candidate.surname(w));
        if (cued.contains(surname)
            || repeated.contains(surname) && repeatedSurnameFits(c, vocabulary, blocks)) {
          c = c.withType(EntityType.PERSON);
        }
      }
      promoted.add(c);
    }
    return promoted;
  }

  /** "the X", "an X": a determiner right before the run, which people's names do not take. */
  private static boolean afterDeterminer(Candidate c, List<Block> blocks) {
    String text = blocks.get(c.block()).text();
    int from = Math.max(0, c.start() - 4);
    String before = text.substring(from, c.start()).toLowerCase(java.util.Locale.ROOT);
    return before.endsWith(" the ") || before.equals("the ") || before.endsWith(" a ")
        || before.endsWith(" an ") || c.start() == 2 && before.equals("a ")
        || c.start() == 3 && before.equals("an ");
  }

  /** Whether a lone capitalised word may be someone's surname repeated. */
  private boolean mayBeSurname(String word, ArticleVocabulary vocabulary) {
    String lower = WordShapes.lower(word);
    return word.length() >= 3 && !WordShapes.isAcronym(word) && !givenNames.contains(word)
        && !vocabulary.lowerCaseWords().contains(lower) && gazetteer.canonical(word) == null
        && !Lexicon.NOT_NAMES.contains(lower) && !Lexicon.isRole(word)
        && !Lexicon.ORG_SUFFIXES.contains(lower) && !Lexicon.PLACE_SUFFIXES.contains(lower);
  }

  /** The full name a repeated lone surname makes a person: see {@link #withCuedSurnames}. */
  private boolean repeatedSurnameFits(
      Candidate c, ArticleVocabulary vocabulary, List<Block> blocks) {
    if (afterDeterminer(c, blocks)) {
      return false;
    }
    if (c.words().get(0).endsWith("ing") && !givenNames.contains(c.words().get(0))) {
      return false; // "Catching Fire": a verb, not a first name
    }
    for (String word : c.words()) {
      String lower = WordShapes.lower(word);
      if (vocabulary.lowerCaseWords().contains(lower) || Lexicon.ORG_SUFFIXES.contains(lower)
          || Lexicon.ORG_HEADS.contains(lower) || Lexicon.PLACE_SUFFIXES.contains(lower)
          || PrepositionEvidence.ORGANISATION_HEADS.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  /**
   * "Jane Holbrook" in "Jane Holbrook Checks Into Rehab": a given name and the capitalised word
   * after it (an initial may stand between), where the article never writes that word in lower
   * case. Headlines capitalise every word, so nothing longer is read.
   */
  private List<List<String>> titleNames(String title, ArticleVocabulary vocabulary) {
    if (title == null) {
      return List.of();
    }
    List<Word> words = chunker.words(title);
    List<List<String>> names = new ArrayList<>();
    for (int i = 0; i + 1 < words.size(); i++) {
      Word given = words.get(i);
      if (!given.capitalised() || given.ends() || !givenNames.contains(given.text())) {
        continue;
      }
      int s = i + 1;
      if (words.get(s).text().length() == 1 && s + 1 < words.size()) {
        s++; // "Jane Q. Holbrook"
      }
      Word surname = words.get(s);
      String lower = WordShapes.lower(surname.text());
      if (surname.capitalised() && surname.text().length() > 1
          && !Lexicon.NOT_NAMES.contains(lower) && !Lexicon.isRole(surname.text())
          && !Lexicon.isMonthOrWeekday(surname.text())
          && !vocabulary.lowerCaseWords().contains(lower)) {
        names.add(List.of(given.text(), surname.text()));
      }
    }
    return names;
  }

  /**
   * The dateline's place where the first paragraph spells it ("PARIS —" for Paris): a place by
   * position, whatever the gazetteer knows.
   */
  private static Candidate datelinePlace(List<Block> blocks, Dateline dateline) {
    if (dateline == null || blocks.isEmpty() || dateline.place() == null) {
      return null;
    }
    String first = blocks.get(0).text();
    int at = first.indexOf(first.startsWith(dateline.place()) ? dateline.place()
        : dateline.place().toUpperCase(Locale.ROOT));
    if (at < 0) {
      return null;
    }
    int end = at + dateline.place().length();
    return new Candidate(0, at, end, first.substring(at, end), List.of(dateline.place()),
        EntityType.PLACE, null, false);
  }
}
