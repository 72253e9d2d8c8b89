package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The priority-queue average link must make exactly the joins of the all-pairs scan it
 * replaced ({@link ReferenceAverageLinkClustering}), ties and vetoes included.
 */
class AverageLinkEquivalenceTest {

  @Test
  void sameJoinsAsTheScanOnRandomSparseGraphs() {
    SplittableRandom random = new SplittableRandom(42);
    for (int round = 0; round < 300; round++) {
      int size = 2 + random.nextInt(40);
      List<PairScore> pairs = new ArrayList<>();
      for (int a = 0; a < size; a++) {
        for (int b = a + 1; b < size; b++) {
          if (random.nextInt(4) != 0) {
            continue;
          }
          boolean veto = random.nextInt(15) == 0;
          // coarse scores make exact ties between different pairs common
          double score = veto ? 0 : random.nextInt(11) / 10.0;
          pairs.add(new PairScore(a, b, score, score, 0, veto));
        }
      }
      // Off the grid of coarse averages: an average exactly at the threshold is reached or not
      // by the last bit of a sum, which the two implementations add up in different orders.
      double threshold = 0.05 + random.nextInt(5) / 10.0 + 1e-7;
      assertEquals(
          joins(new ReferenceAverageLinkClustering(threshold).joins(size, pairs)),
          joins2(new AverageLinkClustering(threshold).joins(size, pairs)),
          "round " + round);
    }
  }

  /**
   * Heights to nine decimals: the link rows sum the same scores in another order than the scan,
   * so the last bits of a height may differ while every join is the same.
   */
  private static String height(int first, int second, double height) {
    return first + "+" + second + "@" + String.format(Locale.ROOT, "%.9f", height);
  }

  private static List<String> joins(List<ReferenceAverageLinkClustering.Join> joins) {
    return joins.stream().map(j -> height(j.first(), j.second(), j.height())).toList();
  }

  private static List<String> joins2(List<AverageLinkClustering.Join> joins) {
    return joins.stream().map(j -> height(j.first(), j.second(), j.height())).toList();
  }
}
