package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
      double threshold = 0.05 + random.nextInt(5) / 10.0;
      assertEquals(
          joins(new ReferenceAverageLinkClustering(threshold).joins(size, pairs)),
          joins2(new AverageLinkClustering(threshold).joins(size, pairs)),
          "round " + round);
    }
  }

  private static List<String> joins(List<ReferenceAverageLinkClustering.Join> joins) {
    return joins.stream().map(j -> j.first() + "+" + j.second() + "@" + j.height()).toList();
  }

  private static List<String> joins2(List<AverageLinkClustering.Join> joins) {
    return joins.stream().map(j -> j.first() + "+" + j.second() + "@" + j.height()).toList();
  }
}
