package org.newsdigest.build;

import java.util.List;

/**
 * What a build did, for the summary line and the exit code.
 *
 * @param filesFound input files discovered under the seeds folder
 * @param articles articles that reached the site (a feed file may give several)
 * @param skipped files that did not, with the reason
 * @param warnings what articles were read with
 * @param events events on the site
 * @param pages files written
 * @param timings wall time of each stage, in pipeline order
 * @param filesFromCache input files whose read came from the read cache, not read again
 */
public record BuildReport(
    int filesFound,
    int articles,
    List<Skipped> skipped,
    List<ArticleWarning> warnings,
    int events,
    int pages,
    List<StageTime> timings,
    int filesFromCache) {
  public BuildReport {
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
  }

  /** A report of a build that used no read cache. */
  public BuildReport(
      int filesFound,
      int articles,
      List<Skipped> skipped,
      List<ArticleWarning> warnings,
      int events,
      int pages,
      List<StageTime> timings) {
    this(filesFound, articles, skipped, warnings, events, pages, timings, 0);
  }
}
