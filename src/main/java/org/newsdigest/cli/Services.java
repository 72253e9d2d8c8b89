package org.newsdigest.cli;

import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadCache;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;
import org.newsdigest.render.RenderMemo;

/** Wires the stage services together: the one place that knows every stage's constructor. */
final class Services {
  private Services() {}

  static ArticleReader articleReader() {
    return new ArticleReader(new Ingester(), new Extractor());
  }

  /**
   * A builder for one build of the command line. With a cache, the builder gives its merger and
   * renderer a memory for the build, fills it from the cache folder and keeps it there for the
   * next build.
   */
  static SiteBuilder siteBuilder(SiteOptions options, ReadCache cache) {
    return new SiteBuilder(articleReader(), new EventMerger(), options.renderer(), new Publisher(),
        cache);
  }

  /**
   * A builder reusing the reader, the merger and the render memo of an earlier one, so that a
   * rebuild takes from their memory what did not change ({@link EventMerger#remembering}, {@link
   * RenderMemo}), with a renderer made now, so changed templates are read afresh.
   */
  static SiteBuilder siteBuilder(ArticleReader reader, EventMerger merger, RenderMemo pages,
      SiteOptions options, ReadCache cache) {
    return new SiteBuilder(reader, merger, options.renderer(pages), new Publisher(), cache);
  }
}
