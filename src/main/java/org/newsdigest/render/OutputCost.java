package org.newsdigest.render;

/**
 * What one kind of output took in a render, for {@code build --timings}.
 *
 * @param kind the template that makes it ("event.ftlh", "entity.md.ftl") or, for files made
 *     without one, what they are ("search index", "JSON Feed, entities and stories")
 * @param files how many files of that kind the render made
 * @param kept how many more the sink kept as an earlier build made them, their inputs unchanged
 * @param bytes the bytes of the files made, as written
 * @param renderNanos CPU time of the threads making them (for a kept file, telling its inputs),
 *     summed; more than the render's wall time on several processors
 * @param writeNanos CPU time of the threads handing them to the sink, which in a build writes
 *     them to disk (system time included)
 */
public record OutputCost(
    String kind, int files, int kept, long bytes, long renderNanos, long writeNanos) {
  /** Render and write together. */
  public long cpuNanos() {
    return renderNanos + writeNanos;
  }

  public double renderSeconds() {
    return renderNanos / 1e9;
  }

  public double writeSeconds() {
    return writeNanos / 1e9;
  }
}
