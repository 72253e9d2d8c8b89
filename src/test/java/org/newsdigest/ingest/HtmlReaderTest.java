package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

class HtmlReaderTest {
  private static final String ARTICLE = """
      <article>
        <h1>Allies Meet in Paris</h1>
        <div class="share-buttons"><a href="#">Share on Facebook</a></div>
        <p>Leaders met in <a href="/paris">Paris</a> on Tuesday to discuss <b>security</b>.</p>
        <h2>Next steps</h2>
        <blockquote><p>“We will stand by Kyiv,” the host said.</p></blockquote>
        <ul><li>A monitoring mission</li></ul>
        <div class="related-stories"><p>Another story entirely</p></div>
        <script>var x = "<p>not text</p>";</script>
      </article>
      """;

  @Test
  void jsonLdIsTheFirstSourceOfMetadata() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <!DOCTYPE html><html lang="fr"><head>
        <title>Wrong title | Example</title>
        <meta property="og:title" content="OG title">
        <script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
         {"@type":"NewsArticle","headline":"Allies Meet in Paris",
          "datePublished":"2026-01-06T10:00:00+01:00","dateModified":"2026-01-07",
          "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
          "publisher":{"@type":"Organization","name":"Example News"}}]}
        </script></head><body>""" + ARTICLE + "</body></html>");
    assertEquals(InputFormat.HTML, doc.format());
    assertEquals("Allies Meet in Paris", doc.title());
    assertEquals("2026-01-06T10:00:00+01:00", doc.metadata().published());
    assertEquals("2026-01-07", doc.metadata().updated());
    assertEquals("Jane Doe and John Roe", doc.metadata().byline());
    assertEquals("Example News", doc.metadata().outlet());
    assertEquals("fr", doc.metadata().language());
  }

  @Test
  void openGraphMetaTagsTimeAndCanonicalLink() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <html lang="en-GB"><head>
        <meta property="og:title" content="Allies Meet in Paris">
        <meta property="og:site_name" content="Example News">
        <meta property="article:published_time" content="2026-01-06T09:00:00Z">
        <meta name="author" content="Jane Doe">
        <link rel="canonical" href="https://example.org/allies">
        </head><body>""" + ARTICLE + "</body></html>");
    assertEquals("Allies Meet in Paris", doc.title());
    assertEquals("Example News", doc.metadata().outlet());
    assertEquals("2026-01-06T09:00:00Z", doc.metadata().published());
    assertEquals("Jane Doe", doc.metadata().byline());
    assertEquals("https://example.org/allies", doc.metadata().url());
    assertEquals("en-GB", doc.metadata().language());
  }

  @Test
  void titleElementLosesItsSiteSuffixAndTimeGivesTheDate() throws Exception {
    Document doc = Fixtures.readOne("a.html",
        "<html><head><title>Allies Meet in Paris | Example News</title></head><body>"
            + "<time datetime=\"2026-01-06\">6 Jan</time>" + ARTICLE + "</body></html>");
    assertEquals("Allies Meet in Paris", doc.title());
    assertEquals("2026-01-06", doc.metadata().published());
  }

  @Test
  void mainContentBlocksWithoutFurnitureOrMarkup() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><body><nav><p>Home News Sport</p></nav>"
        + ARTICLE + "<footer><p>© Example</p></footer></body></html>");
    assertEquals(
        List.of(
            Block.paragraph("Leaders met in Paris on Tuesday to discuss security."),
            Block.heading("Next steps", 2),
            new Block(BlockKind.QUOTE, "“We will stand by Kyiv,” the host said.", 0),
            new Block(BlockKind.LIST_ITEM, "A monitoring mission", 0)),
        doc.blocks());
    assertFalse(Fixtures.body(doc).contains("<"));
  }

  @Test
  void withoutAnArticleElementTheDensestTextWins() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <html><body><div class="menu"><p>Home</p></div>
        <div id="x"><div><p>Short teaser that is not the story at all here.</p></div></div>
        <div id="story"><p>The first paragraph of the real story, long enough to count.</p>
        <p>The second paragraph of the real story, also long enough to count.</p></div>
        </body></html>""");
    assertTrue(Fixtures.body(doc).startsWith("The first paragraph"), Fixtures.body(doc));
    assertFalse(Fixtures.body(doc).contains("teaser"));
  }
}
