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
    siftUp(size - 1);
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
    average[size] = avg;
    support[size] = sup;
    pair[size] = ((long) a << 32) | b;
    versions[size] = ((long) versionA << 32) | (versionB & 0xffffffffL);
    size++;
  }

  /** Puts every candidate in its place (Floyd's bottom-up heap construction). */
  void order() {
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  /** Removes the best candidate. */
  void poll() {
    size--;
    if (size > 0) {
      move(size, 0);
      siftDown(0);
    }
  }

  /** Whether the candidate at {@code i} comes before the one at {@code j}. */
  private boolean before(int i, int j) {
    int byAverage = Double.compare(average[j], average[i]); // higher first
    return byAverage != 0 ? byAverage < 0 : pair[i] < pair[j];
  }

  private void siftUp(int i) {
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (!before(i, parent)) {
        return;
      }
      swap(i, parent);
      i = parent;
    }
  }

  private void siftDown(int i) {
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      int right = child + 1;
      if (right < size && before(right, child)) {
        child = right;
      }
      if (!before(child, i)) {
        return;
      }
      swap(i, child);
      i = child;
    }
  }

  private void move(int from, int to) {
    average[to] = average[from];
    support[to] = support[from];
    pair[to] = pair[from];
    versions[to] = versions[from];
  }

  private void swap(int i, int j) {
    double x = average[i];
    average[i] = average[j];
    average[j] = x;
    double s = support[i];
    support[i] = support[j];
    support[j] = s;
    long p = pair[i];
    pair[i] = pair[j];
    pair[j] = p;
    long v = versions[i];
    versions[i] = versions[j];
    versions[j] = v;
  }
}
