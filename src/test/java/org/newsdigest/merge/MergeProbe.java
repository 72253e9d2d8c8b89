package org.newsdigest.merge;

import java.util.List;
import org.newsdigest.model.Article;

/**
 * Test-only window onto the merge stage's internals for benchmarks in other packages: how many
 * candidate pairs blocking gives a corpus (the number the pair scoring and the clustering pay
 * for).
 */
public final class MergeProbe {
  private MergeProbe() {}

  /** The candidate pairs blocking gives {@code articles}. */
  public static long candidatePairs(List<Article> articles) {
    return new CandidatePairs().of(new Corpus(articles)).size();
  }
}
