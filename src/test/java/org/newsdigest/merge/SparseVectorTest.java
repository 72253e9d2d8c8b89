package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class SparseVectorTest {

  /** A unit vector over {@code size} distinct ids below {@code range}, random positive weights. */
  private static SparseVector random(Random random, int size, int range) {
    TreeSet<Integer> chosen = new TreeSet<>();
    while (chosen.size() < size) {
      chosen.add(random.nextInt(range));
    }
    int[] ids = chosen.stream().mapToInt(i -> i).toArray();
    double[] weights = new double[ids.length];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.01 + random.nextDouble();
    }
    return SparseVector.normalised(ids, weights);
  }

  @Test
  void aShortVectorAgainstALongOneGivesTheSameBitsAsTheDensePass() {
    // The lookup path (short against long) must add the same products in the same order as
    // the merge walk; the dense pass is documented to do exactly that, so the bits must match.
    Random random = new Random(6);
    for (int round = 0; round < 200; round++) {
      SparseVector small = random(random, 1 + random.nextInt(12), 3000);
      SparseVector large = random(random, 400 + random.nextInt(1500), 3000);
      double[] dense = new double[3000];
      large.scatter(dense);
      double expected = small.cosineWithScattered(dense);
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(small.cosine(large)));
      assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(large.cosine(small)));
    }
  }

  @Test
  void vectorsOfSimilarLengthKeepTheMergeWalk() {
    Random random = new Random(7);
    for (int round = 0; round < 100; round++) {
      SparseVector a = random(random, 50 + random.nextInt(50), 400);
      SparseVector b = random(random, 50 + random.nextInt(50), 400);
      double[] dense = new double[400];
      b.scatter(dense);
      assertEquals(Double.doubleToLongBits(a.cosineWithScattered(dense)),
          Double.doubleToLongBits(a.cosine(b)));
    }
  }

  @Test
  void disjointVectorsHaveCosineZero() {
    SparseVector a = SparseVector.normalised(new int[] {1}, new double[] {1});
    int[] ids = new int[40];
    double[] weights = new double[40];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = 2 + i;
      weights[i] = 1;
    }
    SparseVector b = SparseVector.normalised(ids, weights); // 40 times longer: the lookup path
    assertEquals(0.0, a.cosine(SparseVector.EMPTY));
    assertEquals(0.0, a.cosine(b));
  }
}
