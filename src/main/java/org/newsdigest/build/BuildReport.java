package org.newsdigest.build;

import java.util.List;
import org.newsdigest.merge.MergeSteps;
import org.newsdigest.render.OutputCost;

/**
 * What a build did, for the summary line and the exit code.
 *
 * @param filesFound input files discovered under the seeds folder
 * @param articles articles that reached the site (a feed file may give several)
 * @param skipped files that did not, with the reason
 * @param warnings what articles were read with
 * @param events events on the site
 * @param pages files the site holds
 * @param pagesChanged files the build created, replaced or deleted: all of them for a site
 *     written afresh, only the differences for one updated in place
 * @param pagesKept pages the render did not make again: made from the same inputs as the page the
 *     site already held, by the same code, templates and settings, so kept as they were
 * @param timings wall time of each stage, in pipeline order
 * @param filesFromCache input files whose read came from the read cache, not read again
 * @param kept what the output folder held that newsdigest did not write, kept in the site: paths
 *     relative to it, folders with a trailing slash
 * @param notices what the user should know about how the build went (a cache it could not use)
 * @param outputs what each kind of output took to render, the costliest first; empty unless the
 *     builder was {@link SiteBuilder#measuringOutputs() measuring}
 * @param mergeSteps what the merge spent its time on, and what it took from its memory
 */
public record BuildReport(
    int filesFound,
    int articles,
    List<Skipped> skipped,
    List<ArticleWarning> warnings,
    int events,
    int pages,
    int pagesChanged,
    int pagesKept,
    List<StageTime> timings,
    int filesFromCache,
    List<String> kept,
    List<String> notices,
    List<OutputCost> outputs,
    MergeSteps mergeSteps) {
  public BuildReport {
    kept = List.copyOf(kept);
    notices = List.copyOf(notices);
    skipped = List.copyOf(skipped);
    warnings = List.copyOf(warnings);
    timings = List.copyOf(timings);
    outputs = List.copyOf(outputs);
  }
}
