package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadResult;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Two real saved pages of unrelated stories (resources/merge/unrelated-pages/README.md), read as
 * the build reads them, that the CI sample site once merged into one event.
 */
class UnrelatedPagesTest {

  @Test
  void anAttackAbroadAndAPresidentOnGunLawsAreTwoEvents() throws IOException, URISyntaxException {
    Path folder = Path.of(UnrelatedPagesTest.class.getResource("/merge/unrelated-pages").toURI());
    ReadResult read = new ArticleReader(new Ingester(), new Extractor()).readTree(folder);
    List<Article> pages =
        read.articles().stream().filter(a -> a.source().endsWith(".html")).toList();
    assertEquals(2, pages.size(), read.skipped().toString());
    List<Event> events = new EventMerger().merge(pages);
    assertEquals(2, events.size(), events.stream().map(Event::title).toList().toString());
  }
}
