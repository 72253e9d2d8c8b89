package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The all-pairs-scan average link the merge used before the priority queue, kept as the
 * reference the faster {@link AverageLinkClustering} must agree with.
 *
 * <p> * Agglomerative clustering with average link over a sparse set of scored pairs (unscored pairs
 * count as 0) and cannot-link constraints: two clusters holding a vetoed pair never join.
 * Deterministic: ties go to the pair of lowest cluster ids.
 */
final class ReferenceAverageLinkClustering {
  private final double threshold;

  ReferenceAverageLinkClustering(double threshold) {
    this.threshold = threshold;
  }

  /** One join: cluster {@code second} folded into {@code first} at average link {@code height}. */
  record Join(int first, int second, double height) {}

  /** The clusters as lists of item indexes, each sorted, in order of their first item. */
  List<List<Integer>> cluster(int size, List<PairScore> pairs) {
    return cut(size, joins(size, pairs), threshold);
  }

  /**
   * The clusters left by the joins made at {@code threshold} or above. Average link never joins
   * higher than its previous join, so the joins made with a low threshold, cut at a higher one,
   * are exactly the joins that higher threshold would make: measurement sweeps thresholds this way.
   */
  static List<List<Integer>> cut(int size, List<Join> joins, double threshold) {
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      members.put(i, new ArrayList<>(List.of(i)));
    }
    for (Join join : joins) {
      if (join.height() < threshold) {
        break;
      }
      members.get(join.first()).addAll(members.remove(join.second()));
    }
    List<List<Integer>> clusters = new ArrayList<>();
    for (List<Integer> m : members.values()) {
      List<Integer> sorted = new ArrayList<>(m);
      sorted.sort(null);
      clusters.add(sorted);
    }
    clusters.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return clusters;
  }

  /** The joins average link makes down to this clustering's threshold, in order. */
  List<Join> joins(int size, List<PairScore> pairs) {
    List<Join> joins = new ArrayList<>();
    // links.get(a).get(b): the sum of pair scores between clusters a and b (a < b not required)
    Map<Integer, TreeMap<Integer, Double>> links = new TreeMap<>();
    Map<Integer, Set<Integer>> cannotLink = new TreeMap<>();
    Map<Integer, List<Integer>> members = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      links.put(i, new TreeMap<>());
      cannotLink.put(i, new TreeSet<>());
      members.put(i, new ArrayList<>(List.of(i)));
    }
    for (PairScore p : pairs) {
      if (p.vetoed()) {
        cannotLink.get(p.first()).add(p.second());
        cannotLink.get(p.second()).add(p.first());
      } else if (p.score() > 0) {
        links.get(p.first()).merge(p.second(), p.score(), Double::sum);
        links.get(p.second()).merge(p.first(), p.score(), Double::sum);
      }
    }
    while (true) {
      int bestA = -1;
      int bestB = -1;
      double best = threshold;
      for (Map.Entry<Integer, TreeMap<Integer, Double>> e : links.entrySet()) {
        int a = e.getKey();
        for (Map.Entry<Integer, Double> link : e.getValue().entrySet()) {
          int b = link.getKey();
          if (b <= a || cannotLink.get(a).contains(b)) {
            continue;
          }
          double average = link.getValue() / (members.get(a).size() * (double) members.get(b).size());
          if (average > best + 1e-12 || (bestA < 0 && average >= best)) {
            best = average;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestA < 0) {
        break;
      }
      joins.add(new Join(bestA, bestB, best));
      join(bestA, bestB, links, cannotLink, members);
    }
    return joins;
  }

  /** Folds cluster b into cluster a (a &lt; b). */
  private static void join(
      int a,
      int b,
      Map<Integer, TreeMap<Integer, Double>> links,
      Map<Integer, Set<Integer>> cannotLink,
      Map<Integer, List<Integer>> members) {
    TreeMap<Integer, Double> fromB = links.remove(b);
    for (Map.Entry<Integer, Double> link : fromB.entrySet()) {
      int c = link.getKey();
      TreeMap<Integer, Double> ofC = links.get(c);
      ofC.remove(b);
      if (c != a) {
        ofC.merge(a, link.getValue(), Double::sum);
        links.get(a).merge(c, link.getValue(), Double::sum);
      }
    }
    links.get(a).remove(b);
    Set<Integer> vetoB = cannotLink.remove(b);
    for (int c : vetoB) {
      cannotLink.get(c).remove(b);
      if (c != a) {
        cannotLink.get(c).add(a);
        cannotLink.get(a).add(c);
      }
    }
    members.get(a).addAll(members.remove(b));
  }
}
