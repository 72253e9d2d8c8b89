package org.newsdigest.extract;

import java.util.List;
import org.newsdigest.extract.NameChunker.Chunk;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.text.Gazetteer;

/**
 * "Larry Kroon of the Wasilla Bible Church" is two names; "Bank of England" and "Secretary of
 * State" are one, told apart by the word before "of". Immutable.
 */
final class OfSplitter {

  private final Gazetteer gazetteer;

  OfSplitter(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The run as one chunk, or the names on either side of its first "of". */
  List<Chunk> split(Chunk chunk) {
    List<Word> words = chunk.words();
    for (int i = 1; i < words.size() - 1; i++) {
      if (words.get(i).text().equals("of")) {
        String head = WordShapes.lower(words.get(i - 1).text());
        if (Lexicon.ORG_HEADS.contains(head) || Lexicon.isRole(head)
            || i == 1 && Lexicon.PLACE_HEADS.contains(head)
            || i > 1 && Lexicon.ORG_HEADS.contains(WordShapes.lower(words.get(0).text()))
            || gazetteer.canonical(WordShapes.join(words)) != null
            || Lexicon.isInstitution(WordShapes.join(words))) {
          return List.of(chunk);
        }
        int rest = i + 1;
        while (rest < words.size() && NameChunker.isConnector(words.get(rest).text())) {
          rest++;
        }
        if (rest >= words.size()) {
          return List.of(chunk);
        }
        return List.of(new Chunk(words.subList(0, i), chunk.sentenceInitial()),
            new Chunk(words.subList(rest, words.size()), false));
      }
    }
    return List.of(chunk);
  }
}
