package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;

/**
 * Agglomerative clustering with average link over a sparse set of scored pairs (unscored pairs
 * count as 0) and cannot-link constraints: two clusters holding a vetoed pair never join.
 * Deterministic: ties go to the pair of lowest cluster ids.
 */
final class AverageLinkClustering {
  private final double threshold;

  AverageLinkClustering(double threshold) {
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

  /**
   * A possible join in the queue: clusters {@code a} &lt; {@code b} at average link {@code
   * average}, valid while neither cluster has changed since (their versions still match).
   */
  private record Candidate(double average, int a, int b, int versionA, int versionB) {}

  /** Highest average first; ties to the pair of lowest cluster ids. */
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble((Candidate c) -> -c.average())
          .thenComparingInt(Candidate::a)
          .thenComparingInt(Candidate::b);

  /** Averages this close count as a tie, as the all-pairs scan this replaces treated them. */
  private static final double TIE = 1e-12;

  /**
   * The joins average link makes down to this clustering's threshold, in order. A priority queue
   * of candidate joins with lazy invalidation replaces a scan of every link per join: a join
   * costs the degree of the clusters it touches times log of the queue, so sparse pair sets
   * cluster in about n log n. Gives the same joins as the scan (ties to the lowest ids).
   */
  List<Join> joins(int size, List<PairScore> pairs) {
    // The maps below are only looked up, never iterated into the result: every candidate goes
    // through the queue, whose order is total.
    List<Map<Integer, Double>> links = new ArrayList<>(size);
    List<Set<Integer>> cannotLink = new ArrayList<>(size);
    int[] members = new int[size];
    int[] version = new int[size];
    boolean[] alive = new boolean[size];
    for (int i = 0; i < size; i++) {
      links.add(new HashMap<>());
      cannotLink.add(new HashSet<>());
      members[i] = 1;
      alive[i] = true;
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
    PriorityQueue<Candidate> queue = new PriorityQueue<>(BEST_FIRST);
    for (int a = 0; a < size; a++) {
      for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
        if (link.getKey() > a) {
          offer(queue, a, link.getKey(), link.getValue(), members, version);
        }
      }
    }
    List<Join> joins = new ArrayList<>();
    List<Candidate> near = new ArrayList<>();
    while (true) {
      Candidate best = null;
      near.clear();
      while (!queue.isEmpty()) {
        Candidate c = queue.peek();
        if (best != null && c.average() < best.average() - TIE) {
          break;
        }
        queue.poll();
        if (!alive[c.a()] || !alive[c.b()] || version[c.a()] != c.versionA()
            || version[c.b()] != c.versionB() || cannotLink.get(c.a()).contains(c.b())) {
          continue; // stale, or vetoed for good: cannot-links only grow
        }
        if (best == null) {
          best = c;
        } else {
          near.add(c);
          if (c.a() < best.a() || (c.a() == best.a() && c.b() < best.b())) {
            near.set(near.size() - 1, best);
            best = c;
          }
        }
      }
      if (best == null) {
        break;
      }
      queue.addAll(near);
      int a = best.a();
      int b = best.b();
      joins.add(new Join(a, b, best.average()));
      join(a, b, links, cannotLink);
      members[a] += members[b];
      alive[b] = false;
      version[a]++;
      for (Map.Entry<Integer, Double> link : links.get(a).entrySet()) {
        int c = link.getKey();
        offer(queue, Math.min(a, c), Math.max(a, c), link.getValue(), members, version);
      }
    }
    return joins;
  }

  private void offer(
      PriorityQueue<Candidate> queue, int a, int b, double sum, int[] members, int[] version) {
    double average = sum / (members[a] * (double) members[b]);
    if (average >= threshold) {
      queue.add(new Candidate(average, a, b, version[a], version[b]));
    }
  }

  /** Folds cluster b into cluster a (a &lt; b). */
  private static void join(
      int a, int b, List<Map<Integer, Double>> links, List<Set<Integer>> cannotLink) {
    Map<Integer, Double> fromB = links.get(b);
    links.set(b, Map.of());
    for (Map.Entry<Integer, Double> link : fromB.entrySet()) {
      int c = link.getKey();
      Map<Integer, Double> ofC = links.get(c);
      ofC.remove(b);
      if (c != a) {
        ofC.merge(a, link.getValue(), Double::sum);
        links.get(a).merge(c, link.getValue(), Double::sum);
      }
    }
    links.get(a).remove(b);
    Set<Integer> vetoB = cannotLink.get(b);
    cannotLink.set(b, Set.of());
    for (int c : vetoB) {
      cannotLink.get(c).remove(b);
      if (c != a) {
        cannotLink.get(c).add(a);
        cannotLink.get(a).add(c);
      }
    }
  }
}
