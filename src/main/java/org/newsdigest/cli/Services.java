package org.newsdigest.cli;

import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadCache;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;

/** Wires the stage services together: the one place that knows every stage's constructor. */
final class Services {
  private Services() {}

  static ArticleReader articleReader() {
    return new ArticleReader(new Ingester(), new Extractor());
  }

  static SiteBuilder siteBuilder(SiteOptions options, ReadCache cache) {
    return new SiteBuilder(articleReader(), new EventMerger(), options.renderer(), new Publisher(), cache);
  }

  /**
   * A builder reusing the reading and merging services of an earlier one (they hold no state
   * between builds), with a renderer made now, so changed templates are read afresh.
   */
  static SiteBuilder siteBuilder(ArticleReader reader, EventMerger merger, SiteOptions options, ReadCache cache) {
    return new SiteBuilder(reader, merger, options.renderer(), new Publisher(), cache);
  }
}
