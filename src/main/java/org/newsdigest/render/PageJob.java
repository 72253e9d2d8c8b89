package org.newsdigest.render;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One page of the site, not yet rendered: its path, known when the site is planned (so the
 * sitemap can list every page without holding any), and how to make its bytes. Making them only
 * reads the render's shared, immutable indexes, so jobs run in any order on any thread.
 *
 * @param path relative to the site root ("events/2026-01-06-leaders-meet.html")
 * @param kind what sort of output it is, for {@link RenderCosts}: its template ("event.ftlh") or,
 *     for a file made without one, what it is ("search index")
 * @param content renders the page; may throw {@link RenderException}
 */
record PageJob(String path, String kind, Supplier<byte[]> content) {
  PageJob {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(content, "content");
  }
}
