package org.newsdigest.merge;

import java.util.Arrays;

/**
 * A unit-length term vector as two parallel arrays sorted by term id, so dot products are a
 * merge walk and never depend on hash iteration order.
 */
final class SparseVector {
  static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  private final int[] ids;
  private final double[] weights;

  private SparseVector(int[] ids, double[] weights) {
    this.ids = ids;
    this.weights = weights;
  }

  /**
   * Normalises weights to unit length in place and wraps them, without copying: the arrays
   * become the vector's own, so the caller must not keep them.
   *
   * @param ids term ids, ascending and distinct
   * @param weights the weight of each id
   */
  static SparseVector normalised(int[] ids, double[] weights) {
    double norm = 0;
    for (double w : weights) {
      norm += w * w;
    }
    if (norm == 0) {
      return EMPTY;
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < weights.length; i++) {
      weights[i] = weights[i] / norm;
    }
    return new SparseVector(ids, weights);
  }

  /** The term ids, ascending; a copy. */
  int[] ids() {
    return ids.clone();
  }

  /** How many terms have a weight. */
  int size() {
    return ids.length;
  }

  /** The {@code k}th term id, ascending. */
  int idAt(int k) {
    return ids[k];
  }

  /** Whether the term of this id has a weight. */
  boolean holds(int id) {
    return Arrays.binarySearch(ids, id) >= 0;
  }

  /**
   * This vector with each weight multiplied by {@code factor} of its term id, terms whose factor
   * is zero dropped, normalised again.
   */
  SparseVector reweighted(java.util.function.IntToDoubleFunction factor) {
    int[] keptIds = new int[ids.length];
    double[] kept = new double[ids.length];
    int n = 0;
    for (int i = 0; i < ids.length; i++) {
      double f = factor.applyAsDouble(ids[i]);
      if (f != 0) {
        keptIds[n] = ids[i];
        kept[n++] = weights[i] * f;
      }
    }
    return normalised(Arrays.copyOf(keptIds, n), Arrays.copyOf(kept, n));
  }

  /** The sum of the given vectors, normalised: the centroid direction of a group. */
  static SparseVector centroid(Iterable<SparseVector> vectors) {
    // Every entry as (id, position in input order), sorted: each id's weights are then added in
    // input order, as a map merging vector after vector would, without a boxed entry per term.
    int entries = 0;
    for (SparseVector v : vectors) {
      entries += v.ids.length;
    }
    long[] order = new long[entries];
    double[] values = new double[entries];
    int at = 0;
    for (SparseVector v : vectors) {
      for (int i = 0; i < v.ids.length; i++) {
        order[at] = ((long) v.ids[i] << 32) | at;
        values[at++] = v.weights[i];
      }
    }
    Arrays.sort(order);
    int[] ids = new int[entries];
    double[] sums = new double[entries];
    int distinct = 0;
    for (int x = 0; x < entries; x++) {
      int id = (int) (order[x] >>> 32);
      double value = values[(int) order[x]];
      if (distinct > 0 && ids[distinct - 1] == id) {
        sums[distinct - 1] += value;
      } else {
        ids[distinct] = id;
        sums[distinct++] = value;
      }
    }
    return normalised(Arrays.copyOf(ids, distinct), Arrays.copyOf(sums, distinct));
  }

  /**
   * Beyond this ratio of lengths, {@link #cosine} looks each id of the short vector up in the
   * long one instead of walking both: a summary sentence against an event centroid of thousands
   * of terms.
   */
  private static final int LOOKUP_RATIO = 16;

  double cosine(SparseVector other) {
    if ((long) ids.length * LOOKUP_RATIO < other.ids.length) {
      return dotByLookup(this, other);
    }
    if ((long) other.ids.length * LOOKUP_RATIO < ids.length) {
      return dotByLookup(other, this);
    }
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ids.length && j < other.ids.length) {
      if (ids[i] == other.ids[j]) {
        dot += weights[i++] * other.weights[j++];
      } else if (ids[i] < other.ids[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * The dot product found by looking each id of {@code small} up in {@code large}: the same
   * products (a product does not depend on the order of its factors) added in the same
   * ascending id order as the merge walk, so the same value to the last bit.
   */
  private static double dotByLookup(SparseVector small, SparseVector large) {
    double dot = 0;
    int from = 0;
    for (int i = 0; i < small.ids.length && from < large.ids.length; i++) {
      int at = Arrays.binarySearch(large.ids, from, large.ids.length, small.ids[i]);
      if (at >= 0) {
        dot += small.weights[i] * large.weights[at];
        from = at + 1;
      } else {
        from = -at - 1;
      }
    }
    return dot;
  }

  /** Writes this vector's weights into {@code dense} at their ids (the rest left as it is). */
  void scatter(double[] dense) {
    for (int i = 0; i < ids.length; i++) {
      dense[ids[i]] = weights[i];
    }
  }

  /** Sets {@code dense} back to zero at this vector's ids, undoing {@link #scatter}. */
  void clear(double[] dense) {
    for (int id : ids) {
      dense[id] = 0;
    }
  }

  /**
   * The cosine of this vector with the one scattered into {@code dense}: the same value as
   * {@link #cosine} (the same products added in the same ascending id order; the other ids add
   * zero), in one pass over this vector's ids instead of a merge walk over both.
   */
  double cosineWithScattered(double[] dense) {
    double dot = 0;
    for (int i = 0; i < ids.length; i++) {
      dot += dense[ids[i]] * weights[i];
    }
    return dot;
  }

  boolean isEmpty() {
    return ids.length == 0;
  }
}
