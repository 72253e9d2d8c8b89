package org.newsdigest.cli;

import java.nio.file.Path;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadCache;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;
import org.newsdigest.render.SiteRenderer;

/** Wires the stage services together: the one place that knows every stage's constructor. */
final class Services {
  private Services() {}

  static ArticleReader articleReader() {
    return new ArticleReader(new Ingester(), new Extractor());
  }

  /** The renderer for these options; throws IllegalArgumentException naming a bad one. */
  static SiteRenderer renderer(Path userTemplates, String baseUrl, String siteTitle, String language) {
    return SiteRenderer.builder().userTemplates(userTemplates).baseUrl(baseUrl).siteTitle(siteTitle)
        .language(language).build();
  }

  static SiteBuilder siteBuilder(Path userTemplates, String baseUrl, String siteTitle, String language,
      ReadCache cache) {
    return new SiteBuilder(articleReader(), new EventMerger(),
        renderer(userTemplates, baseUrl, siteTitle, language), new Publisher(), cache);
  }

  /**
   * A builder reusing the reading and merging services of an earlier one (they hold no state
   * between builds), with a renderer made now, so changed templates are read afresh.
   */
  static SiteBuilder siteBuilder(ArticleReader reader, EventMerger merger, Path userTemplates,
      String baseUrl, String siteTitle, String language, ReadCache cache) {
    return new SiteBuilder(reader, merger, renderer(userTemplates, baseUrl, siteTitle, language),
        new Publisher(), cache);
  }
}
