package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StageTimerTest {

  @Test
  void keepsStepsInTheOrderTheyRanAndAddsRepeats() throws InterruptedException {
    StageTimer timer = new StageTimer();
    timer.done("first");
    Thread.sleep(5);
    timer.done("second");
    timer.done("first");
    Map<String, Double> seconds = timer.seconds();
    assertEquals(List.of("first", "second"), List.copyOf(seconds.keySet()));
    assertTrue(seconds.get("second") >= 0.004, "the sleep is in the second step");
    assertTrue(seconds.get("first") >= 0);
  }
}
