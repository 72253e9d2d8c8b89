package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The derived set keeps exactly one event of every topic, chosen by its sorted position. */
class DistinctEventsSetTest {
  private static final Map<String, String> GOLD = Map.of(
      "a.txt", "1-ecb", "b.txt", "1-ecbplus", "c.txt", "1-ecb",
      "d.txt", "2-ecbplus", "e.txt", "2-ecb", "f.txt", "3-ecb");

  @Test
  void firstPickKeepsTheFirstEventOfEachTopic() {
    assertEquals(Map.of("a.txt", "1-ecb", "c.txt", "1-ecb", "e.txt", "2-ecb", "f.txt", "3-ecb"),
        DistinctEventsSet.keep(GOLD, 0));
  }

  @Test
  void secondPickKeepsTheSecondAndATopicOfOneEventKeepsIt() {
    assertEquals(Map.of("b.txt", "1-ecbplus", "d.txt", "2-ecbplus", "f.txt", "3-ecb"),
        DistinctEventsSet.keep(GOLD, 1));
  }
}
