package org.newsdigest.render;

/**
 * What one kind of output took in a render, for {@code build --timings}.
 *
 * @param kind the template that makes it ("event.ftlh", "entity.md.ftl") or, for files made
 *     without one, what they are ("search index", "JSON Feed, entities and stories")
 * @param files how many files of that kind the render made
 * @param bytes their bytes, as written
 * @param cpuNanos CPU time of the threads making them, summed; more than the render's wall time
 *     on several processors
 */
public record OutputCost(String kind, int files, long bytes, long cpuNanos) {
  public double cpuSeconds() {
    return cpuNanos / 1e9;
  }
}
