package org.newsdigest.render;

import java.util.List;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Page;

/** Entry point of the render stage: every file of the site, in memory. Immutable, thread-safe. */
public final class SiteRenderer {

  public List<Page> render(Digest digest) {
    throw new UnsupportedOperationException("TODO");
  }
}
