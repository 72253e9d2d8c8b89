package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agglomerative clustering with average link over a sparse set of scored pairs (unscored pairs
 * count as 0) and cannot-link constraints: two clusters holding a vetoed pair never join.
 * Deterministic: ties go to the pair of lowest cluster ids.
 *
 * <p>Two optional checks a join must pass besides the threshold: a second score per pair, the
 * <em>support</em>, whose average link must reach a floor (one score orders the joins, another
 * vetoes those it does not back), and a {@link JoinGate} asked about the two clusters as they
 * are.
 */
final class AverageLinkClustering {
  private final double threshold;
  private final double supportFloor;
  private final JoinGate.Factory gates;

  AverageLinkClustering(double threshold) {
    this(threshold, Double.NEGATIVE_INFINITY, JoinGate.Factory.NONE);
  }

  /**
   * @param supportFloor the average support two clusters need to join (see {@link #cluster(int[],
   *     int[], int[], double[], double[], boolean[])}); without support scores, none
   * @param gates makes, for each run, the gate every join must pass besides the threshold
   */
  AverageLinkClustering(double threshold, double supportFloor, JoinGate.Factory gates) {
    this.threshold = threshold;
    this.supportFloor = supportFloor;
    this.gates = gates;
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
   * That holds without a support floor or gate only: a refused join can let a later one be higher.
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
   * A possible join taken from the queue: clusters {@code a} &lt; {@code b} at average link
   * {@code average}, valid while neither cluster has changed since (their versions still match).
   */
  private record Candidate(
      double average, double support, int a, int b, int versionA, int versionB) {}

  /** Averages this close count as a tie, as the all-pairs scan this replaces treated them. */
  private static final double TIE = 1e-12;

  /**
   * The joins average link makes down to this clustering's threshold, in order. A priority queue
   * of candidate joins with lazy invalidation replaces a scan of every link per join: a join
   * costs the degree of the clusters it touches times log of the queue, so sparse pair sets
   * cluster in about n log n. Gives the same joins as the scan (ties to the lowest ids).
   */
  List<Join> joins(int size, List<PairScore> pairs) {
    int[] first = new int[pairs.size()];
    int[] second = new int[pairs.size()];
    double[] score = new double[pairs.size()];
    boolean[] vetoed = new boolean[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      first[p] = pairs.get(p).first();
      second[p] = pairs.get(p).second();
      score[p] = pairs.get(p).score();
      vetoed[p] = pairs.get(p).vetoed();
    }
    return joins(size, first, second, score, vetoed);
  }

  /** The clusters of scored pairs given as parallel arrays (no object per pair). */
  List<List<Integer>> cluster(
      int size, int[] first, int[] second, double[] score, boolean[] vetoed) {
    int[] weight = new int[size];
    Arrays.fill(weight, 1);
    return cluster(weight, first, second, score, vetoed);
  }

  /**
   * The clusters when item i stands for {@code weight[i]} identical items (verbatim copies): as
   * if those copies had been joined first, at the highest score, which is what average link over
   * all their pairs would do. A pair's score then counts once per pair of copies.
   */
  List<List<Integer>> cluster(
      int[] weight, int[] first, int[] second, double[] score, boolean[] vetoed) {
    return cluster(weight, first, second, score, score, vetoed);
  }

  /**
   * {@link #cluster(int[], int[], int[], double[], boolean[])} where each pair also has a
   * support score: two clusters join only when the average of their pairs' supports (unlisted
   * pairs counting 0) reaches this clustering's support floor.
   */
  List<List<Integer>> cluster(int[] weight, int[] first, int[] second, double[] score,
      double[] support, boolean[] vetoed) {
    int size = weight.length;
    State state = new State(size, first, second, score, support, vetoed, weight);
    return cut(size, joins(state, gates.gate(weight)), threshold);
  }

  /**
   * The joins of pairs given as parallel arrays. Each cluster keeps its links as two primitive
   * arrays (neighbour, summed score) rather than a map per cluster, which at millions of pairs
   * would cost more than the pairs. A join rewrites only the joined cluster's row; the rows of
   * its neighbours keep naming the folded cluster, and every lookup maps a name to its current
   * cluster ({@link #find}). The sum of a row's entries that map to one cluster is always the
   * link to that cluster, so stale entries are never wrong, only not yet merged.
   */
  List<Join> joins(int size, int[] first, int[] second, double[] score, boolean[] vetoed) {
    int[] weight = new int[size];
    Arrays.fill(weight, 1);
    return joins(new State(size, first, second, score, score, vetoed, weight),
        gates.gate(weight));
  }

  private List<Join> joins(State state, JoinGate gate) {
    int size = state.members.length;
    CandidateQueue queue = new CandidateQueue();
    for (int a = 0; a < size; a++) {
      int[] row = state.neighbours[a];
      for (int x = 0; x < state.length[a]; x++) {
        if (row[x] > a) {
          offer(queue, a, row[x], state.sums[a][x], state.supports[a][x], state, false);
        }
      }
    }
    queue.order();
    List<Join> joins = new ArrayList<>();
    List<Candidate> near = new ArrayList<>();
    while (true) {
      Candidate best = null;
      near.clear();
      while (!queue.isEmpty()) {
        double average = queue.topAverage();
        if (best != null && average < best.average() - TIE) {
          break;
        }
        int ca = queue.topA();
        int cb = queue.topB();
        int versionA = queue.topVersionA();
        int versionB = queue.topVersionB();
        double support = queue.topSupport();
        queue.poll();
        if (!state.alive[ca] || !state.alive[cb] || state.version[ca] != versionA
            || state.version[cb] != versionB || state.cannotLink(ca, cb)) {
          continue; // stale, or vetoed for good: cannot-links only grow
        }
        Candidate c = new Candidate(average, support, ca, cb, versionA, versionB);
        if (c.support() < supportFloor || !gate.allows(c.a(), c.b(), c.average())) {
          // Closed for now: when either cluster changes, its row is offered again.
          continue;
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
      for (Candidate c : near) {
        queue.add(c.average(), c.support(), c.a(), c.b(), c.versionA(), c.versionB());
      }
      int a = best.a();
      int b = best.b();
      joins.add(new Join(a, b, best.average()));
      gate.joined(a, b, best.average());
      state.join(a, b);
      for (int x = 0; x < state.length[a]; x++) {
        int c = state.neighbours[a][x];
        offer(queue, Math.min(a, c), Math.max(a, c), state.sums[a][x], state.supports[a][x],
            state, true);
      }
    }
    return joins;
  }

  /**
   * Queues the join of {@code a} and {@code b} if their average link reaches the threshold; in
   * its place, or, while the queue is first filled, at its end ({@link CandidateQueue#order}).
   */
  private void offer(CandidateQueue queue, int a, int b, double sum, double support,
      State state, boolean inPlace) {
    double pairs = state.members[a] * (double) state.members[b];
    double average = sum / pairs;
    if (average < threshold) {
      return;
    }
    if (inPlace) {
      queue.add(average, support / pairs, a, b, state.version[a], state.version[b]);
    } else {
      queue.addUnordered(average, support / pairs, a, b, state.version[a], state.version[b]);
    }
  }

  /** The working state of one clustering run: clusters, their link rows and cannot-links. */
  private static final class State {
    final int[] members;
    final int[] version;
    final boolean[] alive;
    final int[] parent;
    final int[][] neighbours;
    final double[][] sums;
    /**
     * The summed supports, entry by entry beside {@link #sums}; the very rows of {@link #sums}
     * when the support is the score itself (no second score: nothing stored twice).
     */
    final double[][] supports;
    private final boolean separateSupport;
    final int[] length;
    final int[][] vetoes;
    final int[] vetoLength;
    /** Scratch for merging rows: the summed link and support to each cluster, and which are set. */
    private final double[] acc;
    private final double[] accSupport;
    private final boolean[] touched;

    State(int size, int[] first, int[] second, double[] score, double[] support,
        boolean[] vetoed, int[] weight) {
      separateSupport = support != score;
      members = new int[size];
      version = new int[size];
      alive = new boolean[size];
      parent = new int[size];
      int[] degree = new int[size];
      vetoLength = new int[size];
      for (int p = 0; p < first.length; p++) {
        if (vetoed[p]) {
          vetoLength[first[p]]++;
          vetoLength[second[p]]++;
        } else if (score[p] > 0 || support[p] > 0) {
          degree[first[p]]++;
          degree[second[p]]++;
        }
      }
      neighbours = new int[size][];
      sums = new double[size][];
      supports = new double[size][];
      vetoes = new int[size][];
      length = new int[size];
      for (int i = 0; i < size; i++) {
        members[i] = weight[i];
        alive[i] = true;
        parent[i] = i;
        neighbours[i] = new int[degree[i]];
        sums[i] = new double[degree[i]];
        supports[i] = separateSupport ? new double[degree[i]] : sums[i];
        vetoes[i] = new int[vetoLength[i]];
        vetoLength[i] = 0;
      }
      for (int p = 0; p < first.length; p++) {
        int a = first[p];
        int b = second[p];
        if (vetoed[p]) {
          vetoes[a][vetoLength[a]++] = b;
          vetoes[b][vetoLength[b]++] = a;
        } else if (score[p] > 0 || support[p] > 0) {
          double copies = weight[a] * (double) weight[b];
          double sum = copies == 1 ? score[p] : score[p] * copies;
          double supported = copies == 1 ? support[p] : support[p] * copies;
          neighbours[a][length[a]] = b;
          supports[a][length[a]] = supported; // the same cell as sums when not separate
          sums[a][length[a]++] = sum;
          neighbours[b][length[b]] = a;
          supports[b][length[b]] = supported;
          sums[b][length[b]++] = sum;
        }
      }
      acc = new double[size];
      accSupport = separateSupport ? new double[size] : null;
      touched = new boolean[size];
      for (int i = 0; i < size; i++) {
        compact(i, i, -1);
      }
    }

    int find(int i) {
      while (parent[i] != i) {
        parent[i] = parent[parent[i]];
        i = parent[i];
      }
      return i;
    }

    boolean cannotLink(int a, int b) {
      for (int x = 0; x < vetoLength[a]; x++) {
        if (find(vetoes[a][x]) == b) {
          return true;
        }
      }
      return false;
    }

    /** Folds cluster b into cluster a (a &lt; b). */
    void join(int a, int b) {
      parent[b] = a;
      members[a] += members[b];
      alive[b] = false;
      version[a]++;
      compact(a, a, b);
      int[] joinedVetoes = new int[vetoLength[a] + vetoLength[b]];
      System.arraycopy(vetoes[a], 0, joinedVetoes, 0, vetoLength[a]);
      System.arraycopy(vetoes[b], 0, joinedVetoes, vetoLength[a], vetoLength[b]);
      vetoes[a] = joinedVetoes;
      vetoLength[a] = joinedVetoes.length;
      vetoes[b] = new int[0];
      vetoLength[b] = 0;
    }

    /**
     * Rewrites the row of cluster {@code into} as the links of rows {@code into} and {@code
     * other} (or -1), each neighbour named by its current cluster once, sorted, self left out.
     */
    private void compact(int into, int self, int other) {
      int count = 0;
      int total = length[into] + (other < 0 ? 0 : length[other]);
      int[] names = new int[total];
      for (int row : other < 0 ? new int[] {into} : new int[] {into, other}) {
        for (int x = 0; x < length[row]; x++) {
          int c = find(neighbours[row][x]);
          if (c == self) {
            continue;
          }
          if (!touched[c]) {
            touched[c] = true;
            names[count++] = c;
          }
          acc[c] += sums[row][x];
          if (separateSupport) {
            accSupport[c] += supports[row][x];
          }
        }
      }
      int[] joined = Arrays.copyOf(names, count);
      Arrays.sort(joined);
      double[] joinedSums = new double[count];
      double[] joinedSupports = separateSupport ? new double[count] : joinedSums;
      for (int x = 0; x < count; x++) {
        joinedSums[x] = acc[joined[x]];
        acc[joined[x]] = 0;
        if (separateSupport) {
          joinedSupports[x] = accSupport[joined[x]];
          accSupport[joined[x]] = 0;
        }
        touched[joined[x]] = false;
      }
      neighbours[into] = joined;
      sums[into] = joinedSums;
      supports[into] = joinedSupports;
      length[into] = count;
      if (other >= 0) {
        neighbours[other] = new int[0];
        sums[other] = new double[0];
        supports[other] = separateSupport ? new double[0] : sums[other];
        length[other] = 0;
      }
    }
  }
}
