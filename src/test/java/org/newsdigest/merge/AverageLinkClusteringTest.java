package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkClusteringTest {
  private static PairScore pair(int a, int b, double score) {
    return new PairScore(a, b, score, score, 0, false);
  }

  @Test
  void joinsAboveThresholdByAverage() {
    // 0-1 strong, 2 close to 1 but far from 0: average 0.25 is below 0.3.
    List<List<Integer>> clusters = new AverageLinkClustering(0.3)
        .cluster(3, List.of(pair(0, 1, 0.9), pair(1, 2, 0.5)));
    assertEquals(List.of(List.of(0, 1), List.of(2)), clusters);
  }

  @Test
  void vetoedPairNeverEndsUpTogether() {
    List<List<Integer>> clusters = new AverageLinkClustering(0.2).cluster(3, List.of(
        pair(0, 1, 0.9), pair(1, 2, 0.9), new PairScore(0, 2, 0, 0.8, 0, true)));
    assertEquals(List.of(List.of(0, 1), List.of(2)), clusters);
  }

  @Test
  void everyItemInExactlyOneCluster() {
    List<List<Integer>> clusters = new AverageLinkClustering(0.5).cluster(4, List.of());
    assertEquals(List.of(List.of(0), List.of(1), List.of(2), List.of(3)), clusters);
  }
}
