package org.newsdigest.publish;

import java.io.IOException;
import java.util.List;
import org.newsdigest.model.PageSink;

/**
 * One site being written: pages go in as they are rendered, {@link #commit()} makes them the
 * site. Closing a writer that was not committed abandons it and leaves the previous site as it
 * was. Thread-safe for {@link #accept}; commit and close are called once, by the owner.
 */
public interface SiteWriter extends PageSink, AutoCloseable {
  /** Makes the pages written so far the site. */
  void commit() throws IOException;

  /** Pages accepted so far. */
  int pages();

  /**
   * Files the commit created, replaced or deleted: every page for a site written afresh, only
   * the differences for a site updated in place, 0 before the commit.
   */
  int changed();

  /**
   * What the output folder held that newsdigest did not write, kept in the committed site: paths
   * relative to its root, folders with a trailing {@code /}, in path order; empty before commit.
   */
  List<String> kept();

  /** Abandons the writer unless it was committed; never throws. */
  @Override
  void close();
}
