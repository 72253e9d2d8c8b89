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
  void aJoinNeedsTheAverageSupportToReachTheFloor() {
    // 0-1 and 2-3 score alike; only 2-3 is backed by its support.
    int[] first = {0, 2};
    int[] second = {1, 3};
    double[] score = {0.9, 0.9};
    double[] support = {0.1, 0.4};
    List<List<Integer>> clusters = new AverageLinkClustering(0.3, 0.2, JoinGate.Factory.NONE)
        .cluster(new int[] {1, 1, 1, 1}, first, second, score, support, new boolean[2]);
    assertEquals(List.of(List.of(0), List.of(1), List.of(2, 3)), clusters);
  }

  @Test
  void supportIsAveragedOverEveryPairOfTheTwoClusters() {
    // 0-1 join first; 2 then scores well with both, but its support with 0 is missing (0).
    int[] first = {0, 0, 1};
    int[] second = {1, 2, 2};
    double[] score = {0.9, 0.8, 0.8};
    double[] support = {0.9, 0, 0.5};
    AverageLinkClustering low = new AverageLinkClustering(0.3, 0.25, JoinGate.Factory.NONE);
    AverageLinkClustering high = new AverageLinkClustering(0.3, 0.26, JoinGate.Factory.NONE);
    int[] weight = {1, 1, 1};
    assertEquals(List.of(List.of(0, 1, 2)),
        low.cluster(weight, first, second, score, support, new boolean[3]));
    assertEquals(List.of(List.of(0, 1), List.of(2)),
        high.cluster(weight, first, second, score, support, new boolean[3]));
  }

  @Test
  void aClosedGateIsAskedAgainOnceAClusterChanges() {
    // The gate refuses any join into item 2 until 0 and 1 are one cluster.
    List<String> asked = new java.util.ArrayList<>();
    JoinGate.Factory gates = weight -> new JoinGate() {
      private boolean pairFormed;

      @Override
      public boolean allows(int a, int b, double average) {
        asked.add(a + "-" + b);
        return b != 2 || pairFormed;
      }

      @Override
      public void joined(int a, int b, double average) {
        pairFormed |= a == 0 && b == 1;
      }
    };
    int[] first = {0, 0, 1};
    int[] second = {1, 2, 2};
    double[] score = {0.5, 0.9, 0.9};
    List<List<Integer>> clusters = new AverageLinkClustering(0.3, 0, gates)
        .cluster(new int[] {1, 1, 1}, first, second, score, score, new boolean[3]);
    assertEquals(List.of(List.of(0, 1, 2)), clusters);
    assertEquals(List.of("0-2", "1-2", "0-1", "0-2"), asked);
  }

  @Test
  void everyItemInExactlyOneCluster() {
    List<List<Integer>> clusters = new AverageLinkClustering(0.5).cluster(4, List.of());
    assertEquals(List.of(List.of(0), List.of(1), List.of(2), List.of(3)), clusters);
  }
}
