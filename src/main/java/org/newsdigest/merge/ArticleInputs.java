package org.newsdigest.merge;

import java.util.stream.IntStream;

/**
 * What the corpus decides of each article besides the article itself, as a 128-bit hash per
 * article, for the memos of a remembering merger ({@link PairMemo}, {@link AssemblyMemo}): the
 * corpus size's step; the document frequency step of each term of the article's vector, which
 * with the article and that step decide the vector (the terms follow from the article, and
 * their ids keep their order whatever is added, since ids are ranks in sorted term order); and
 * for each entity it names, the group it falls in and that group's frequency step. A group is
 * named by its first member ({@link EntityResolution#root}), which two articles share exactly
 * when their entities are one group.
 */
final class ArticleInputs {
  private ArticleInputs() {}

  /** The inputs of each article of {@code corpus}, by corpus index, computed on every core. */
  static byte[][] of(Corpus corpus) {
    return IntStream.range(0, corpus.size()).parallel().mapToObj(i -> of(corpus, i))
        .toArray(byte[][]::new);
  }

  private static byte[] of(Corpus corpus, int i) {
    InputHash hash = new InputHash();
    hash.add(corpus.weights().documentsStep());
    SparseVector vector = corpus.evidence(i).vector();
    hash.add(vector.size());
    for (int t = 0; t < vector.size(); t++) {
      hash.add(corpus.weights().frequencyStep(vector.idAt(t)));
    }
    EntityResolution entities = corpus.entities();
    int[] groups = entities.groupsOfEntities(i);
    hash.add(groups.length);
    for (int group : groups) {
      EntityResolution.Node root = entities.root(group);
      hash.add(root.source());
      hash.add(root.entity().key());
      hash.add(Idf.stepOf(entities.documentFrequency(group)));
    }
    return hash.digest();
  }
}
