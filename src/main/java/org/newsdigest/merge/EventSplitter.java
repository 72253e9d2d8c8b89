package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The second stage of "topic, then event" clustering. Over the whole corpus, two events of one
 * kind (two captures of pirates by one navy, two coaches fired by one club) share so much topic
 * vocabulary that the first pass joins them; the few words that tell them apart (the ship, the
 * count, the coach's name) weigh little against it. Inside one first-pass cluster, the words
 * every member shares are no evidence at all, so each cluster is re-read with the cluster as its
 * own corpus: a term's weight is its corpus IDF times how specific it is inside the cluster
 * (ln(m / local df), zero for a word all members share), terms only one member names are
 * dropped (they tell nothing about who belongs with whom), and the members are re-clustered
 * with average link on that local cosine (times the same date, place and count factors as the
 * first pass) at {@link MergeSettings#splitThreshold()}.
 *
 * <p>Only parts holding at least {@link MergeSettings#splitMinShare()} of the cluster, and
 * {@link #MIN_PART} articles, count as events of their own; smaller pieces go back to the part
 * they score best with in the first pass, so one oddly worded report never becomes an event on
 * its own here. Cost: the pairs of one cluster, so clusters over {@link #MAX_CLUSTER} articles
 * stay as they are, and clusters are split in parallel.
 */
final class SiblingSplitter {
  /**
   * Larger clusters are left whole. The two sibling events of a topic hold a few dozen reports
   * (at most 30 in ECB+); the cap keeps the cost under 40 pair comparisons per article, which
   * the scale benchmark does not notice at 10,000 articles (34.1 s without, 34.5 s with).
   */
  static final int MAX_CLUSTER = 80;

  /**
   * The fewest articles a part may hold. Inside a handful of reports every shared word is
   * "specific" to two of them, so local weights would split any small cluster by wording alone
   * (the May and the June reports of one rehab stay).
   */
  static final int MIN_PART = 3;

  private final Corpus corpus;
  private final PairScorer scorer;
  private final MergeSettings settings;

  SiblingSplitter(Corpus corpus, MergeSettings settings) {
    this.corpus = corpus;
    this.scorer = new PairScorer(corpus, settings);
    this.settings = settings;
  }

  /** The clusters, each split into its events; sorted by first member like the input. */
  List<List<Integer>> split(List<List<Integer>> clusters) {
    // Clusters are independent; the ordered collect keeps the result the same on any core count.
    List<List<Integer>> result = new ArrayList<>();
    clusters.parallelStream().map(this::splitOne).toList().forEach(result::addAll);
    result.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return result;
  }

  /** One cluster's events, each sorted. */
  List<List<Integer>> splitOne(List<Integer> cluster) {
    int m = cluster.size();
    if (m == 2) {
      return splitPair(cluster);
    }
    if (settings.splitThreshold() <= 0 || m < 2 * MIN_PART || m > MAX_CLUSTER) {
      return List.of(cluster);
    }
    List<SparseVector> local = localVectors(cluster);
    List<PairScore> localPairs = new ArrayList<>();
    double[][] firstPass = new double[m][m];
    double[][] inCluster = new double[m][m];
    for (int x = 0; x < m; x++) {
      for (int y = x + 1; y < m; y++) {
        PairFeatures f = scorer.features(cluster.get(x), cluster.get(y));
        firstPass[x][y] = PairScorer.combine(f, settings).score();
        firstPass[y][x] = firstPass[x][y];
        PairFeatures inside = new PairFeatures(x, y, local.get(x).cosine(local.get(y)),
            f.entities(), f.daysApart(), f.datesConfident(), f.place(), f.undated(),
            f.peopleDiffer(), f.numbersDiffer());
        PairScore score = PairScorer.combine(inside, settings);
        localPairs.add(score);
        inCluster[x][y] = score.score();
        inCluster[y][x] = score.score();
      }
    }
    List<List<Integer>> parts =
        new AverageLinkClustering(settings.splitThreshold()).cluster(m, localPairs);
    int minPart = Math.max(MIN_PART, (int) Math.ceil(settings.splitMinShare() * m));
    List<List<Integer>> big = new ArrayList<>();
    List<List<Integer>> small = new ArrayList<>();
    for (List<Integer> part : parts) {
      (part.size() >= minPart ? big : small).add(new ArrayList<>(part));
    }
    if (big.size() < 2) {
      return List.of(cluster);
    }
    for (List<Integer> piece : small) {
      List<Integer> home = big.get(0);
      double best = -1;
      for (List<Integer> part : big) {
        double link = averageLink(piece, part, firstPass);
        if (link > best) {
          best = link;
          home = part;
        }
      }
      home.addAll(piece);
    }
    rejoinUnclearParts(big, inCluster);
    List<List<Integer>> events = new ArrayList<>();
    for (List<Integer> part : big) {
      List<Integer> members = new ArrayList<>();
      for (int x : part) {
        members.add(cluster.get(x));
      }
      members.sort(null);
      events.add(List.copyOf(members));
    }
    return events;
  }

  /**
   * A two-article event stands only when its one link reaches {@link
   * MergeSettings#pairThreshold()} and its dates, when both are known, are at most {@link
   * MergeSettings#vetoDays()} apart however sure they are. No third report supports a pair: the
   * first pass's loose topic threshold lets two stories of one beat through on shared general
   * words (in a small corpus "government" and "president" weigh as much as rare names), and the
   * soft veto's reason to keep reports months apart together, the reports in between that tie
   * one story, cannot hold for two.
   */
  private List<List<Integer>> splitPair(List<Integer> cluster) {
    PairFeatures f = scorer.features(cluster.get(0), cluster.get(1));
    boolean monthsApart = f.daysApart() > settings.vetoDays();
    if (!monthsApart && PairScorer.combine(f, settings).score() >= settings.pairThreshold()) {
      return List.of(cluster);
    }
    return List.of(List.of(cluster.get(0)), List.of(cluster.get(1)));
  }

  /**
   * Joins back parts that are not clearly apart: the local scores of a cluster are small
   * numbers whose scale depends on how many words its members share, so a split stands only
   * when the parts' average link is under {@link MergeSettings#splitRatio()} of the tighter
   * part's own average (two events), not merely under the threshold (one event, told in several
   * ways). The least clear pair of parts is joined first.
   */
  private void rejoinUnclearParts(List<List<Integer>> parts, double[][] scores) {
    while (parts.size() > 1) {
      int bestA = -1;
      int bestB = -1;
      double bestRatio = -1;
      for (int a = 0; a < parts.size(); a++) {
        for (int b = a + 1; b < parts.size(); b++) {
          double within = Math.min(
              averageWithin(parts.get(a), scores), averageWithin(parts.get(b), scores));
          double between = averageLink(parts.get(a), parts.get(b), scores);
          double ratio = within <= 0 ? Double.MAX_VALUE : between / within;
          if (ratio > bestRatio) {
            bestRatio = ratio;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestRatio < settings.splitRatio()) {
        return;
      }
      parts.get(bestA).addAll(parts.remove(bestB));
    }
  }

  private static double averageWithin(List<Integer> part, double[][] scores) {
    double sum = 0;
    for (int x = 0; x < part.size(); x++) {
      for (int y = x + 1; y < part.size(); y++) {
        sum += scores[part.get(x)][part.get(y)];
      }
    }
    long pairs = (long) part.size() * (part.size() - 1) / 2;
    return pairs == 0 ? 0 : sum / pairs;
  }

  private static double averageLink(List<Integer> a, List<Integer> b, double[][] scores) {
    double sum = 0;
    for (int x : a) {
      for (int y : b) {
        sum += scores[x][y];
      }
    }
    return sum / (a.size() * (double) b.size());
  }

  /**
   * The members' vectors weighted by how specific each term is inside the cluster: a member's
   * TF-IDF weight times log(m / df) over the m members, terms all or only one of them use
   * dropped.
   */
  private List<SparseVector> localVectors(List<Integer> cluster) {
    int m = cluster.size();
    Map<Integer, Integer> localDf = new HashMap<>(); // looked up only
    for (int i : cluster) {
      for (int id : corpus.evidence(i).vector().ids()) {
        localDf.merge(id, 1, Integer::sum);
      }
    }
    List<SparseVector> vectors = new ArrayList<>(m);
    for (int i : cluster) {
      vectors.add(corpus.evidence(i).vector().reweighted(id -> {
        int df = localDf.get(id);
        return df >= 2 && df < m ? Math.log(m / (double) df) : 0;
      }));
    }
    return vectors;
  }
}
