package org.newsdigest.merge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Wall time of each step of one merge, in the order the steps ran, so the scale benchmark and
 * {@code serve --watch --timings} can say where the time goes on exactly the code path a build
 * takes; and a few counts of what the merge did. One per merge call; not shared between threads
 * (steps end on the calling thread, even when they ran on every core).
 */
final class StageTimer {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private final Map<String, Long> counts = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Ends the step running since the previous call (or since this timer was made). */
  void done(String step) {
    long now = System.nanoTime();
    nanos.merge(step, now - last, Long::sum);
    last = now;
  }

  /** Records that the merge made or met {@code n} of {@code what}. */
  void count(String what, long n) {
    counts.merge(what, n, Long::sum);
  }

  /** The counts, in the order first recorded. */
  Map<String, Long> counts() {
    return new LinkedHashMap<>(counts);
  }

  /** Seconds per step, in the order the steps first ended. */
  Map<String, Double> seconds() {
    Map<String, Double> seconds = new LinkedHashMap<>();
    nanos.forEach((step, n) -> seconds.put(step, n / 1e9));
    return seconds;
  }
}
