package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterScoresTest {
  private static final Map<String, String> GOLD =
      Map.of("a", "1-ecb", "b", "1-ecb", "c", "1-ecb", "d", "1-ecbplus", "e", "1-ecbplus");

  @Test
  void perfectClusteringScoresOne() {
    ClusterScores s = ClusterScores.of(List.of(List.of("a", "b", "c"), List.of("d", "e")), GOLD);
    assertEquals(1.0, s.b3F1(), 1e-9);
    assertEquals(1.0, s.pairF1(), 1e-9);
  }

  @Test
  void oneBigClusterHasFullRecallAndBcubedPrecisionOfTheMix() {
    ClusterScores s = ClusterScores.of(List.of(List.of("a", "b", "c", "d", "e")), GOLD);
    // B-cubed precision: a, b, c see 3/5 each; d, e see 2/5 each: (9 + 4) / 25.
    assertEquals(13 / 25.0, s.b3Precision(), 1e-9);
    assertEquals(1.0, s.b3Recall(), 1e-9);
    // Pairs: 10 predicted, 3 + 1 true.
    assertEquals(0.4, s.pairPrecision(), 1e-9);
    assertEquals(1.0, s.pairRecall(), 1e-9);
  }

  @Test
  void singletonsHaveFullPrecisionAndBcubedRecallOfOnePerEventSize() {
    ClusterScores s =
        ClusterScores.of(
            List.of(List.of("a"), List.of("b"), List.of("c"), List.of("d"), List.of("e")), GOLD);
    assertEquals(1.0, s.b3Precision(), 1e-9);
    assertEquals((3 * (1 / 3.0) + 2 * 0.5) / 5, s.b3Recall(), 1e-9);
    assertEquals(0.0, s.pairRecall(), 1e-9);
  }

  @Test
  void anItemInTwoClustersIsRefused() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ClusterScores.of(List.of(List.of("a", "b", "c", "d", "e"), List.of("a")), GOLD));
  }

  @Test
  void topicIsTheLabelBeforeTheDash() {
    assertEquals("12", GoldStandard.topic("12-ecbplus"));
    assertEquals("solo", GoldStandard.topic("solo"));
  }
}
