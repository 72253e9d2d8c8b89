package org.newsdigest.fetch;

/**
 * What a fetch run did, counted: pages saved or unchanged, feed items saved, addresses skipped
 * because robots.txt disallows them, and failures (each also printed as its own line).
 */
public record FetchReport(int pagesSaved, int unchanged, int itemsSaved, int skipped, int failed) {
  /** Whether every address asked for was fetched (saved or found unchanged). */
  public boolean complete() {
    return skipped == 0 && failed == 0;
  }

  /** The one-line summary printed at the end of a run. */
  public String summary() {
    return String.format("%d %s saved, %d %s saved, %d unchanged, %d skipped by robots.txt, %d failed.",
        pagesSaved, pagesSaved == 1 ? "page" : "pages", itemsSaved, itemsSaved == 1 ? "feed item" : "feed items",
        unchanged, skipped, failed);
  }
}
