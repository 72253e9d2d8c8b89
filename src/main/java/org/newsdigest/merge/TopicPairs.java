package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.newsdigest.model.Article;

/**
 * The compared pairs of one topic, as local indexes (item x is the topic's x-th member), with
 * three scores each: the local score, the support (the plain corpus-wide cosine) and the first
 * pass's score. The local score is a cosine on topic-local weights of the whole text and, at
 * {@link MergeSettings#leadShare()}, of the headline and lead (what happened, where the body also
 * tells the story around it), times the first pass's place, undated and count factors (not its
 * bonus for dates a day apart). Parallel arrays, not an object per pair: a large topic has many.
 */
final class TopicPairs {
  /** The three scores of a pair, for {@link #averageLinks}. */
  enum Score {
    LOCAL,
    SUPPORT,
    FIRST_PASS
  }

  private final int[] first;
  private final int[] second;
  private final double[] local;
  private final double[] support;
  private final double[] firstPass;

  private TopicPairs(int[] first, int[] second, double[] local, double[] support,
      double[] firstPass) {
    this.first = first;
    this.second = second;
    this.local = local;
    this.support = support;
    this.firstPass = firstPass;
  }

  /**
   * Scores the pairs of corpus articles {@code topic}: every pair when {@code sparse} is null,
   * else those it lists (local indexes, first &lt; second).
   */
  static TopicPairs of(List<Integer> topic, List<int[]> sparse, Corpus corpus,
      PairScorer scorer, MergeSettings settings, Workspace workspace) {
    int m = topic.size();
    int size = sparse == null ? m * (m - 1) / 2 : sparse.size();
    int[] first = new int[size];
    int[] second = new int[size];
    if (sparse == null) {
      int p = 0;
      for (int x = 0; x < m; x++) {
        for (int y = x + 1; y < m; y++) {
          first[p] = x;
          second[p++] = y;
        }
      }
    } else {
      for (int p = 0; p < size; p++) {
        first[p] = sparse.get(p)[0];
        second[p] = sparse.get(p)[1];
      }
    }
    SparseVector[] bodies = localVectors(topic, corpus, i -> corpus.evidence(i).vector());
    SparseVector[] leads = localVectors(topic, corpus, i -> leadVector(corpus, i));
    double leadShare = settings.leadShare();
    // No bonus for dates a day apart inside a topic: the date gate keeps apart what lies days
    // apart, and a bonus would only tie together two happenings of the same day.
    MergeSettings inTopic = settings.with(s -> s.dateBonus = 0);
    double[] local = new double[size];
    double[] support = new double[size];
    double[] firstPass = new double[size];
    // Pairs come sorted by first item: its three vectors are spread into the workspace once and
    // each partner's cosines are one pass over the partner's terms (the same values as cosine()).
    int p = 0;
    while (p < size) {
      int x = first[p];
      SparseVector global = corpus.evidence(topic.get(x)).vector();
      global.scatter(workspace.global);
      bodies[x].scatter(workspace.body);
      leads[x].scatter(workspace.lead);
      for (; p < size && first[p] == x; p++) {
        int y = second[p];
        PairFeatures f = scorer.features(topic.get(x), topic.get(y),
            corpus.evidence(topic.get(y)).vector().cosineWithScattered(workspace.global));
        firstPass[p] = PairScorer.combine(f, settings).score();
        support[p] = f.text();
        double text = (1 - leadShare) * bodies[y].cosineWithScattered(workspace.body)
            + (leadShare == 0 ? 0 : leadShare * leads[y].cosineWithScattered(workspace.lead));
        PairFeatures inside = new PairFeatures(x, y, text, f.entities(), f.daysApart(),
            f.datesConfident(), f.place(), f.undated(), f.peopleDiffer(), f.numbersDiffer());
        local[p] = PairScorer.combine(inside, inTopic).score();
      }
      global.clear(workspace.global);
      bodies[x].clear(workspace.body);
      leads[x].clear(workspace.lead);
    }
    return new TopicPairs(first, second, local, support, firstPass);
  }

  /**
   * The members' vectors (as {@code vectorOf} gives them) weighted by how specific each term is
   * inside the topic: a member's TF-IDF weight times ln(m / df) over the m members, terms all or
   * only one of them use dropped.
   */
  private static SparseVector[] localVectors(
      List<Integer> topic, Corpus corpus, IntFunction<SparseVector> vectorOf) {
    int m = topic.size();
    SparseVector[] global = new SparseVector[m];
    Map<Integer, Integer> localDf = new HashMap<>(); // looked up only
    for (int x = 0; x < m; x++) {
      global[x] = vectorOf.apply(topic.get(x));
      for (int id : global[x].ids()) {
        localDf.merge(id, 1, Integer::sum);
      }
    }
    SparseVector[] vectors = new SparseVector[m];
    for (int x = 0; x < m; x++) {
      vectors[x] = global[x].reweighted(id -> {
        int df = localDf.get(id);
        return df >= 2 && df < m ? Math.log(m / (double) df) : 0;
      });
    }
    return vectors;
  }

  /**
   * What a report says happened: the TF-IDF vector of its stated headline and its lead. Built
   * here, once per article (each article is in one topic), rather than kept for the whole corpus.
   */
  private static SparseVector leadVector(Corpus corpus, int i) {
    Article article = corpus.articles().get(i);
    List<String> terms = new ArrayList<>();
    if (!article.titleDerived()) {
      terms.addAll(corpus.terms().of(article.title()));
    }
    for (int block : EvidenceReader.leadBlocks(article)) {
      terms.addAll(corpus.terms().of(article.blocks().get(block).text()));
    }
    return corpus.weights().vector(terms);
  }

  /**
   * These pairs among some of the items, renumbered: item {@code x} of the result is {@code
   * items.get(x)}.
   */
  TopicPairs among(List<Integer> items) {
    Map<Integer, Integer> index = new HashMap<>(); // looked up only
    for (int x = 0; x < items.size(); x++) {
      index.put(items.get(x), x);
    }
    int n = 0;
    int[] keep = new int[first.length];
    for (int p = 0; p < first.length; p++) {
      if (index.containsKey(first[p]) && index.containsKey(second[p])) {
        keep[n++] = p;
      }
    }
    int[] f = new int[n];
    int[] g = new int[n];
    double[] l = new double[n];
    double[] s = new double[n];
    double[] fp = new double[n];
    for (int x = 0; x < n; x++) {
      int p = keep[x];
      int a = index.get(first[p]);
      int b = index.get(second[p]);
      f[x] = Math.min(a, b);
      g[x] = Math.max(a, b);
      l[x] = local[p];
      s[x] = support[p];
      fp[x] = firstPass[p];
    }
    return new TopicPairs(f, g, l, s, fp);
  }

  int size() {
    return first.length;
  }

  int[] first() {
    return first;
  }

  int[] second() {
    return second;
  }

  double[] local() {
    return local;
  }

  double[] support() {
    return support;
  }

  /**
   * The average {@code score} between every two groups of items, and on the diagonal the average
   * inside each group (NaN for a group of one); pairs not compared count 0.
   */
  double[][] averageLinks(List<List<Integer>> groups, Score score) {
    double[] values = switch (score) {
      case LOCAL -> local;
      case SUPPORT -> support;
      case FIRST_PASS -> firstPass;
    };
    int items = 0;
    for (List<Integer> g : groups) {
      for (int x : g) {
        items = Math.max(items, x + 1);
      }
    }
    for (int p = 0; p < first.length; p++) {
      items = Math.max(items, second[p] + 1);
    }
    int[] groupOf = new int[items];
    java.util.Arrays.fill(groupOf, -1);
    for (int g = 0; g < groups.size(); g++) {
      for (int x : groups.get(g)) {
        groupOf[x] = g;
      }
    }
    int n = groups.size();
    double[][] sums = new double[n][n];
    for (int p = 0; p < first.length; p++) {
      int a = groupOf[first[p]];
      int b = groupOf[second[p]];
      if (a >= 0 && b >= 0) {
        sums[a][b] += values[p];
        if (a != b) {
          sums[b][a] += values[p];
        }
      }
    }
    for (int a = 0; a < n; a++) {
      double sizeA = groups.get(a).size();
      for (int b = 0; b < n; b++) {
        double pairs = a == b ? sizeA * (sizeA - 1) / 2 : sizeA * groups.get(b).size();
        sums[a][b] = pairs == 0 ? Double.NaN : sums[a][b] / pairs;
      }
    }
    return sums;
  }

  /**
   * Dense scratch arrays over the corpus's term ids, all zero between uses: one per run of
   * topics, so that scoring a topic's pairs allocates nothing of the corpus's size.
   */
  static final class Workspace {
    private final double[] global;
    private final double[] body;
    private final double[] lead;

    Workspace(int termCount) {
      global = new double[termCount];
      body = new double[termCount];
      lead = new double[termCount];
    }
  }
}
