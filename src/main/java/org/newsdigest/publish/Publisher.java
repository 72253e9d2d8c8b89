package org.newsdigest.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsdigest.model.Page;

/**
 * Entry point of the publish stage, the only code that writes the site: pages go into a fresh
 * temporary folder beside {@code out}, which then replaces {@code out}, so a failed build leaves
 * the previous site untouched and no file from an earlier build survives.
 */
public final class Publisher {

  public void publish(List<Page> pages, Path out) throws IOException {
    throw new UnsupportedOperationException("TODO");
  }
}
