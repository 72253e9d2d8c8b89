package org.newsdigest.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsdigest.extract.NameChunker.Chunk;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.model.Block;

/**
 * How the whole article uses its words, the evidence for a word at the start of a sentence where
 * its capital says nothing.
 *
 * @param capitalisedInside words the article capitalises inside a name run somewhere, not only as
 *     the first word of a sentence
 * @param lowerCaseWords words the article writes in lower case somewhere: common words
 * @param modifierWords capitalised words the article puts right before a company or town noun ("a
 *     Waitrose store", "Playboy founder Hugh Hefner", "Troy police"): alone, such a word is not a
 *     person
 */
record ArticleVocabulary(
    Set<String> capitalisedInside, Set<String> lowerCaseWords, Set<String> modifierWords) {

  ArticleVocabulary {
    capitalisedInside = Set.copyOf(capitalisedInside);
    lowerCaseWords = Set.copyOf(lowerCaseWords);
    modifierWords = Set.copyOf(modifierWords);
  }

  /** Reads the words and name runs of every block; headings count only for modifiers. */
  static ArticleVocabulary of(
      List<Block> blocks, List<List<Word>> wordsByBlock, List<List<Chunk>> chunksByBlock) {
    Set<String> capitalisedInside = new HashSet<>();
    Set<String> lowerCaseWords = new HashSet<>();
    for (int b = 0; b < blocks.size(); b++) {
      for (Chunk c : chunksByBlock.get(b)) {
        for (int i = c.sentenceInitial() ? 1 : 0; i < c.words().size(); i++) {
          capitalisedInside.add(c.words().get(i).text());
        }
      }
      if (!blocks.get(b).isHeading()) {
        for (Word w : wordsByBlock.get(b)) {
          if (Character.isLowerCase(w.text().charAt(0))) {
            lowerCaseWords.add(w.text());
          }
        }
      }
    }
    return new ArticleVocabulary(capitalisedInside, lowerCaseWords, modifierWords(wordsByBlock));
  }

  private static Set<String> modifierWords(List<List<Word>> wordsByBlock) {
    Set<String> found = new HashSet<>();
    for (List<Word> words : wordsByBlock) {
      for (int i = 0; i + 1 < words.size(); i++) {
        Word w = words.get(i);
        Word next = words.get(i + 1);
        if (w.capitalised() && !w.ends() && next.start() == w.end() + 1
            && Lexicon.NOT_PERSON_HEADS.contains(next.text())) {
          found.add(w.text());
        }
      }
    }
    return found;
  }
}
