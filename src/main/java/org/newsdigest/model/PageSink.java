package org.newsdigest.model;

/**
 * Where the render stage hands each finished page, so a site never has to sit in memory whole.
 * Implementations are thread-safe: pages arrive from several threads at once, in no particular
 * order, and each path at most once.
 */
@FunctionalInterface
public interface PageSink {
  /**
   * Takes one page.
   *
   * @throws java.io.UncheckedIOException when the page cannot be stored; the render stops
   * @throws IllegalArgumentException when the page's path is unsafe or was already given
   */
  void accept(Page page);

  /**
   * Hears, before the first page, how many pages are coming (the sitemap included when there is
   * one), so a progress line can say "pages written n/N". Most sinks do not care.
   */
  default void expect(int pages) {}
}
