package org.newsdigest.merge;

import java.util.Arrays;

/**
 * The candidate joins of one average-link run, best first: the highest average, ties to the
 * pair of lowest cluster ids (a, then b). A binary heap over parallel primitive arrays rather
 * than a {@code PriorityQueue} of records: a run at 10,000 articles queues about a million
 * candidates, and the queue's object per candidate and comparator calls were half the
 * clustering's time. Candidates equal in average, a and b come out in no set order; the
 * clustering never holds two valid ones (see {@link AverageLinkClustering}).
 *
 * <p>The queue can be filled first ({@link #addUnordered}) and ordered once ({@link #order}), in
 * time linear in its size, before candidates are taken and added one by one.
 */
final class CandidateQueue {
  private double[] average = new double[16];
  private double[] support = new double[16];
  /** The two clusters: a in the high half, b in the low; both are non-negative ints. */
  private long[] pair = new long[16];
  /** The clusters' versions when the candidate was made, packed as {@link #pair}. */
  private long[] versions = new long[16];
  private int size;

  boolean isEmpty() {
    return size == 0;
  }

  double topAverage() {
    return average[0];
  }

  double topSupport() {
    return support[0];
  }

  int topA() {
    return (int) (pair[0] >>> 32);
  }

  int topB() {
    return (int) pair[0];
  }

  int topVersionA() {
    return (int) (versions[0] >>> 32);
  }

  int topVersionB() {
    return (int) versions[0];
  }

  /** Adds a candidate in its place. */
  void add(double avg, double sup, int a, int b, int versionA, int versionB) {
    addUnordered(avg, sup, a, b, versionA, versionB);
    int last = size - 1;
    siftUp(last, average[last], support[last], pair[last], versions[last]);
  }

  /** Adds a candidate at the end; the queue is out of order until {@link #order}. */
  void addUnordered(double avg, double sup, int a, int b, int versionA, int versionB) {
    if (size == average.length) {
      int grown = size * 2;
      average = Arrays.copyOf(average, grown);
      support = Arrays.copyOf(support, grown);
      pair = Arrays.copyOf(pair, grown);
      versions = Arrays.copyOf(versions, grown);
    }
    put(size++, avg, sup, ((long) a << 32) | b, ((long) versionA << 32) | (versionB & 0xffffffffL));
  }

  /** Puts every candidate in its place (Floyd's bottom-up heap construction). */
  void order() {
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i, average[i], support[i], pair[i], versions[i]);
    }
  }

  /** Removes the best candidate. */
  void poll() {
    size--;
    if (size > 0) {
      siftDown(0, average[size], support[size], pair[size], versions[size]);
    }
  }

  /**
   * Whether a candidate of average {@code avgX} and clusters {@code pairX} comes before one of
   * {@code avgY} and {@code pairY}: the higher average, then the lower a, then the lower b.
   */
  private static boolean before(double avgX, long pairX, double avgY, long pairY) {
    int byAverage = Double.compare(avgY, avgX);
    return byAverage != 0 ? byAverage < 0 : pairX < pairY;
  }

  /**
   * Places the candidate given by its fields, from the hole at {@code hole} upwards: each parent
   * it comes before moves down into the hole (one write per level, not a swap's two).
   */
  private void siftUp(int hole, double avg, double sup, long p, long v) {
    while (hole > 0) {
      int parent = (hole - 1) >>> 1;
      if (!before(avg, p, average[parent], pair[parent])) {
        break;
      }
      move(parent, hole);
      hole = parent;
    }
    put(hole, avg, sup, p, v);
  }

  /** Places the candidate given by its fields, from the hole at {@code hole} downwards. */
  private void siftDown(int hole, double avg, double sup, long p, long v) {
    int half = size >>> 1;
    while (hole < half) {
      int child = 2 * hole + 1;
      int right = child + 1;
      if (right < size && before(average[right], pair[right], average[child], pair[child])) {
        child = right;
      }
      if (!before(average[child], pair[child], avg, p)) {
        break;
      }
      move(child, hole);
      hole = child;
    }
    put(hole, avg, sup, p, v);
  }

  private void move(int from, int to) {
    put(to, average[from], support[from], pair[from], versions[from]);
  }

  private void put(int slot, double avg, double sup, long p, long v) {
    average[slot] = avg;
    support[slot] = sup;
    pair[slot] = p;
    versions[slot] = v;
  }
}
