package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/** Metadata from every place pages put it, in order of trust. */
class HtmlMetadataTest {
  private static final String PROSE = "<article><p>The council voted on Tuesday to extend the"
      + " tram line, a decision that took three years, two inquiries and a new mayor.</p>"
      + "<p>Work starts in the spring, the council said, and should last two years.</p>"
      + "</article>";

  private static String body(Document doc) {
    return String.join("\n", doc.blocks().stream().map(Block::text).toList());
  }

  @Test
  void spaceSeparatedPropertiesAndDublinCoreComeBeforeOpenGraph() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <html><head><title>Title Element</title>
        <meta property="og:title twitter:title" content="Open Graph title">
        <meta property="x:title dc:title" content="Dublin Core title">
        <meta property="dc:creator twitter:site_name" content="Jane Doe">
        <meta name="author" content="Not This One">
        </head><body>""" + PROSE + "</body></html>");
    assertEquals("Dublin Core title", doc.title());
    assertEquals("Jane Doe", doc.metadata().byline());
  }

  @Test
  void parselyTagsGiveTitleAuthorAndDate() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <html><head><title>Test document title</title>
        <meta name="parsely-title" content="Tram line extended">
        <meta name="parsely-pub-date" content="2024-04-20T04:20:00.000Z">
        <meta name="parsely-author" content="Jane Doe">
        </head><body>""" + PROSE + "</body></html>");
    assertEquals("Tram line extended", doc.title());
    assertEquals("2024-04-20T04:20:00.000Z", doc.metadata().published());
    assertEquals("Jane Doe", doc.metadata().byline());
  }

  @Test
  void jsonLdInsideCdataIsReadAndTheNameMatchingThePageTitleWins() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <html><head><title>New Zealand - Wikipedia</title>
        <script type="application/ld+json"><![CDATA[
        {"@context":"https://schema.org","@type":"Article","name":"New Zealand",
         "headline":"constitutional monarchy in Oceania","datePublished":"2001-10-29T01:59:14Z",
         "publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."}}
        ]]></script></head><body>""" + PROSE + "</body></html>");
    assertEquals("New Zealand", doc.title());
    assertEquals("2001-10-29T01:59:14Z", doc.metadata().published());
    assertEquals("Wikimedia Foundation, Inc.", doc.metadata().outlet());
    assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
  }

  @Test
  void theUrlPathGivesTheDayWhenNothingElseDoes() throws Exception {
    Document doc = Fixtures.readOne("a.html", """
        <html><head><title>Tram line extended</title>
        <link rel="canonical" href="https://example.org/news/2024/3/5/tram-line">
        </head><body>""" + PROSE + "</body></html>");
    assertEquals("2024-03-05", doc.metadata().published());
    assertEquals("https://example.org/news/2024/3/5/tram-line", doc.metadata().url());
  }

  @Test
  void aVisibleBylineBecomesMetadataAndLeavesTheBody() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram line extended</title>"
        + "</head><body><article><h1>Tram line extended</h1>"
        + "<p class=\"byline\">By <a rel=\"author\" href=\"/jane\">Jane Doe</a></p>"
        + PROSE.replace("<article>", "") + "</body></html>");
    assertEquals("Jane Doe", doc.metadata().byline());
    assertFalse(body(doc).contains("Jane Doe"), body(doc));
    assertTrue(body(doc).contains("extend the tram line"), body(doc));
  }

  @Test
  void aLongAuthorBoxIsNotTakenForAByline() throws Exception {
    String bio = "Jane Doe has covered city transport for twenty years, first for the evening"
        + " paper and then for this site, and she lives by the tram line she writes about.";
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram line extended</title>"
        + "</head><body>" + PROSE + "<div class=\"author-bio\">" + bio + "</div></body></html>");
    assertNull(doc.metadata().byline());
  }
}
