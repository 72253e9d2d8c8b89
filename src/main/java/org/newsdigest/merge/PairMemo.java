package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * The candidate pair scores of a merger's last merge, so that the next merge (a rebuild in
 * {@code serve --watch}, where unchanged files keep their {@link Article} objects) scores again
 * only the pairs with an article whose inputs changed. A pair's score reads, of each of its two
 * articles, the article itself and what {@link ArticleInputs} hashes: its vector's weights, and
 * the group of each entity it names (which two articles share exactly when their entities are
 * one group) with that group's frequency step. So equal inputs on both sides mean an equal
 * score.
 *
 * <p>Thread-safe: a merge reads the last merge's arrays, which are never changed, from every
 * core, and replaces them when its scoring is done.
 */
final class PairMemo {
  /**
   * One merge's scores, by that merge's corpus indexes.
   *
   * @param articles by corpus index; null for one a recalled memory could not match again
   * @param indexOf the index of each article that is not null
   */
  private record Scores(List<Article> articles, Map<Article, Integer> indexOf, byte[][] inputs,
      MergeMemory.PairScores pairs) {
    Scores(List<Article> articles, byte[][] inputs, MergeMemory.PairScores pairs) {
      this(articles, indexes(articles), inputs, pairs);
    }

    /** The indexes of {@code some} of these articles, or null when one is not among them. */
    int[] indexesOf(List<Article> some) {
      int[] indexes = new int[some.size()];
      for (int k = 0; k < indexes.length; k++) {
        Integer index = indexOf.get(some.get(k));
        if (index == null) {
          return null;
        }
        indexes[k] = index;
      }
      return indexes;
    }

    private static Map<Article, Integer> indexes(List<Article> articles) {
      Map<Article, Integer> indexOf = new IdentityHashMap<>(articles.size() * 2);
      for (int i = 0; i < articles.size(); i++) {
        if (articles.get(i) != null) {
          indexOf.put(articles.get(i), i);
        }
      }
      return indexOf;
    }
  }

  private volatile Scores last;

  /**
   * What the last merge knows of this corpus's pairs, or null when nothing.
   *
   * @param inputs {@link ArticleInputs#of} the corpus
   */
  Known known(Corpus corpus, byte[][] inputs) {
    Scores scores = last;
    if (scores == null) {
      return null;
    }
    int[] lastIndex = new int[corpus.size()];
    for (int i = 0; i < lastIndex.length; i++) {
      Integer was = scores.indexOf().get(corpus.articles().get(i));
      lastIndex[i] = was != null && Arrays.equals(scores.inputs()[was], inputs[i]) ? was : -1;
    }
    return new Known(scores, lastIndex);
  }

  /**
   * The last merge's scores seen from this corpus.
   *
   * @param lastIndex each article's index in the last merge when it is the same object with
   *     the same inputs, else -1. Both merges number articles by source, so the map keeps order.
   */
  static final class Known {
    private final Scores scores;
    private final int[] lastIndex;
    private final LongAdder taken = new LongAdder();

    private Known(Scores scores, int[] lastIndex) {
      this.scores = scores;
      this.lastIndex = lastIndex;
    }

    /** Where the last merge kept the pair (i, j), i &lt; j, or -1 when it must be scored. */
    int slot(int i, int j) {
      int a = lastIndex[i];
      int b = lastIndex[j];
      if (a < 0 || b < 0) {
        return -1;
      }
      MergeMemory.PairScores pairs = scores.pairs();
      int at = Arrays.binarySearch(pairs.second(), pairs.runStart()[a], pairs.runStart()[a + 1], b);
      if (at < 0) {
        return -1;
      }
      taken.increment();
      return at;
    }

    /** How many pairs {@link #slot} found. */
    long taken() {
      return taken.sum();
    }

    double score(int slot) {
      return scores.pairs().scores()[slot];
    }

    boolean vetoed(int slot) {
      return scores.pairs().vetoed()[slot];
    }
  }

  /** Keeps this merge's scores for the next merge, and forgets the earlier ones. */
  void keep(Corpus corpus, byte[][] inputs, CandidatePairs.Pairs pairs, double[] scores,
      boolean[] vetoed) {
    List<Article> articles = corpus.articles();
    int[] runStart = new int[articles.size() + 1];
    for (int first : pairs.first()) {
      runStart[first + 1]++;
    }
    for (int i = 0; i < articles.size(); i++) {
      runStart[i + 1] += runStart[i];
    }
    last = new Scores(articles, inputs, new MergeMemory.PairScores(
        runStart, pairs.second().clone(), scores.clone(), vetoed.clone()));
  }

  /** True once a merge was kept or a memory recalled. */
  boolean hasLast() {
    return last != null;
  }

  /** Takes the scores of a memory kept by another process ({@link MergeMemory}) as the last merge's. */
  void recall(MergeMemory memory) {
    last = new Scores(memory.articles(), memory.inputs().toArray(byte[][]::new), memory.pairs());
  }

  /**
   * The last merge as a {@link MergeMemory}, with those of {@code splits} and {@code events}
   * (the same merge's, as its {@link SplitMemo} and {@link AssemblyMemo} kept them) whose articles
   * it numbers and its articles' {@code terms}; null before the first merge.
   */
  MergeMemory memory(Collection<GroupMemo.Group<int[][]>> splits,
      Collection<GroupMemo.Group<Event>> events, TermsMemo terms) {
    Scores scores = last;
    if (scores == null) {
      return null;
    }
    List<MergeMemory.Split> split = new ArrayList<>(splits.size());
    for (GroupMemo.Group<int[][]> part : splits) {
      int[] members = scores.indexesOf(part.articles());
      if (members != null) {
        split.add(new MergeMemory.Split(members, part.inputs(), part.value()));
      }
    }
    List<MergeMemory.Assembled> assembled = new ArrayList<>(events.size());
    for (GroupMemo.Group<Event> event : events) {
      int[] cluster = scores.indexesOf(event.articles());
      if (cluster != null) {
        assembled.add(new MergeMemory.Assembled(cluster, event.inputs(), event.value()));
      }
    }
    // By first article, so that one merge's memory is the same whatever order they were kept in.
    split.sort(Comparator.comparingInt(part -> part.members()[0]));
    assembled.sort(Comparator.comparingInt(event -> event.cluster()[0]));
    return new MergeMemory(scores.articles(), Arrays.asList(scores.inputs()),
        terms.of(scores.articles()), scores.pairs(), split, assembled);
  }
}
