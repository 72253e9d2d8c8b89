package org.newsdigest.cli;

import java.nio.file.Path;
import org.newsdigest.build.ArticleReader;
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

  static SiteBuilder siteBuilder(Path userTemplates, String baseUrl, String siteTitle) {
    SiteRenderer renderer =
        SiteRenderer.builder().userTemplates(userTemplates).baseUrl(baseUrl).siteTitle(siteTitle).build();
    return new SiteBuilder(articleReader(), new EventMerger(), renderer, new Publisher());
  }
}
