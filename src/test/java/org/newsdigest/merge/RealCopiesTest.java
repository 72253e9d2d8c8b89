package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.newsdigest.model.SyndicatedCopy;

/**
 * Three real reports of one pirate attack (ECB+, see resources/merge/copies/README.md), read as
 * the build reads them: the agency story republished with a rewritten lead and no headline is a
 * copy; the independent report is not.
 */
class RealCopiesTest {

  @Test
  void theRepublishedAgencyStoryIsTheOnlyCopy() throws IOException, URISyntaxException {
    Path folder = Path.of(RealCopiesTest.class.getResource("/merge/copies").toURI());
    ReadResult read = new ArticleReader(new Ingester(), new Extractor()).readTree(folder);
    List<Article> articles =
        read.articles().stream().filter(a -> a.source().endsWith(".txt")).toList();
    assertEquals(3, articles.size());
    List<Article> ordered = articles.stream().sorted(EventAssembler.EVENT_ORDER).toList();
    List<SyndicatedCopy> copies = new CopyDetector().find(ordered);
    assertEquals(1, copies.size(), copies.toString());
    SyndicatedCopy copy = copies.get(0);
    assertEquals("01840da97dc2.txt", copy.source());
    assertEquals("188f7918aa8b.txt", copy.original(), "the dated story is the earlier one");
    assertTrue(copy.containment() >= 0.8 && copy.containment() < 1.0,
        "a rewritten lead keeps the copy below full containment: " + copy.containment());
  }
}
