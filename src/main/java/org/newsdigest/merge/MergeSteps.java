package org.newsdigest.merge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one merge spent its time on and what it did, for {@code --timings}: the wall time of each
 * step in the order they ran, and counts such as the events made and, for a remembering merger
 * ({@link EventMerger#remembering}), how many events and pair scores it took from its memos.
 *
 * @param seconds wall seconds per step ("terms", "clustering", ...), in order
 * @param counts counts by name ("events", "events remembered", "pairs", "pairs remembered")
 */
public record MergeSteps(Map<String, Double> seconds, Map<String, Long> counts) {
  public MergeSteps {
    seconds = Collections.unmodifiableMap(new LinkedHashMap<>(seconds));
    counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
  }
}
