package org.newsdigest.build;

/**
 * How long one stage of a build took, for {@code build --timings} and the benchmarks.
 *
 * @param stage the stage's name: read, merge, stories, render and publish
 * @param nanos wall time
 */
public record StageTime(String stage, long nanos) {
  public double seconds() {
    return nanos / 1e9;
  }
}
