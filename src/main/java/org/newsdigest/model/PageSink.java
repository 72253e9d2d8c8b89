package org.newsdigest.model;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

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
   * @throws UncheckedIOException when the page cannot be stored; the render stops
   * @throws IllegalArgumentException when the page's path is unsafe or was already given
   */
  void accept(Page page);

  /**
   * Takes one page whose bytes {@code content} writes, with its inputs (see {@link Page#inputs()},
   * null when not known): for a page too large to hold in memory. This default gathers the bytes
   * and {@link #accept(Page) accepts} them as one page; a sink that stores files streams them
   * there instead.
   *
   * @throws UncheckedIOException when the page cannot be stored, or its content fails
   *     to write; the render stops
   * @throws IllegalArgumentException when the page's path is unsafe or was already given
   */
  default void accept(String path, PageContent content, byte[] inputs) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      content.writeTo(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not make the page " + path + ": " + e.getMessage(), e);
    }
    accept(new Page(path, bytes.toByteArray(), inputs));
  }

  /**
   * Hears, before the first page, how many pages are coming (the sitemap included when there is
   * one), so a progress line can say "pages written n/N". Most sinks do not care.
   */
  default void expect(int pages) {}

  /**
   * Whether this sink remembers each page's {@link Page#inputs()} and may {@link #keep} pages: when
   * false (most sinks), the render does not spend time fingerprinting what pages are made from.
   */
  default boolean remembersInputs() {
    return false;
  }

  /**
   * Keeps the page at {@code path} as this sink already holds it, if that page was made from
   * exactly {@code inputs} by the same code and settings; the render then skips making it. A kept
   * page counts as given, exactly as if it had been accepted again with the same bytes.
   *
   * @return true when kept; false when the page must be made and {@link #accept accepted}
   * @throws IllegalArgumentException when the path is unsafe or was already given
   */
  default boolean keep(String path, byte[] inputs) {
    return false;
  }
}
