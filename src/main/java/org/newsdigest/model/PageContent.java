package org.newsdigest.model;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes of one page, written on demand to a stream: a page over the whole site
 * ({@code events.json}, the site's feeds) runs to tens of megabytes at 100,000 articles, and
 * written this way it never sits in memory whole, let alone twice.
 */
@FunctionalInterface
public interface PageContent {
  /** Writes the page's bytes to {@code out}, and leaves it open: whoever opened it closes it. */
  void writeTo(OutputStream out) throws IOException;
}
