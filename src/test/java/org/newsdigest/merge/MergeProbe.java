package org.newsdigest.merge;

import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Test-only window onto the merge stage's internals for benchmarks in other packages: how many
 * candidate pairs blocking gives a corpus (the number the pair scoring and the clustering pay
 * for), and where a merge spends its time.
 */
public final class MergeProbe {
  private MergeProbe() {}

  /** The candidate pairs blocking gives {@code articles}. */
  public static long candidatePairs(List<Article> articles) {
    return new CandidatePairs().of(new Corpus(articles)).size();
  }

  /** The events of one merge and the wall seconds of each of its steps, in the order they ran. */
  public record Timed(List<Event> events, Map<String, Double> stageSeconds) {}

  /** Merges {@code articles} exactly as {@link EventMerger#merge} does, timing each step. */
  public static Timed timedMerge(EventMerger merger, List<Article> articles) {
    StageTimer timer = new StageTimer();
    List<Event> events = merger.merge(articles, timer);
    return new Timed(events, timer.seconds());
  }
}
