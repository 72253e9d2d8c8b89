package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/** Bad HTML and feeds give a result or a clear warning, in bounded time, and never throw. */
class HtmlBadInputTest {
  private static final String PROSE =
      "The council voted on Tuesday to extend the tram line, a decision that took three years,"
          + " two public inquiries and a change of mayor to reach. ";

  private static String bodyOf(Document doc) {
    return String.join("\n", doc.blocks().stream().map(Block::text).toList());
  }

  @Test
  void malformedMarkupStillGivesTheProse() throws Exception {
    Document doc = Fixtures.readOne("bad.html", "<html><body><div class=story><p>" + PROSE
        + "<p>Second paragraph, unclosed<b> and bold " + PROSE + "</div></span></table>"
        + "<p>Third " + PROSE + "<!-- a comment never closed");
    String body = bodyOf(doc);
    assertTrue(body.contains("extend the tram line"), body);
    assertTrue(body.contains("Second paragraph, unclosed and bold"), body);
  }

  @Test
  void twentyMegabytePageIsReadInBoundedTime() {
    StringBuilder html = new StringBuilder("<html><head><title>Big page</title></head><body>");
    html.append("<article>");
    while (html.length() < 20_000_000) {
      html.append("<p>").append(PROSE).append("</p>\n");
    }
    html.append("</article></body></html>");
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(60),
        () -> Fixtures.readOne("big.html", html.toString()));
    // Read whole, then kept up to one article's limit of text, with a warning that says so.
    assertTrue(doc.blocks().size() > 5_000, "paragraphs kept: " + doc.blocks().size());
    assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("too long for one article")),
        doc.warnings().toString());
  }

  @Test
  void domNestedTenThousandLevelsDeepNeitherOverflowsNorHangs() {
    String open = "<div>".repeat(10_000);
    String close = "</div>".repeat(10_000);
    String html = "<html><body>" + open + "<p>" + PROSE + "</p>" + close
        + "<p>" + PROSE + "</p></body></html>";
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Fixtures.readOne("deep.html", html));
    assertTrue(bodyOf(doc).contains("extend the tram line"), bodyOf(doc));
  }

  @Test
  void deepInlineNestingInsideTheArticleIsBounded() {
    String html = "<html><body><article><p>" + PROSE + "</p>" + "<blockquote>".repeat(5_000)
        + "deep words" + "</blockquote>".repeat(5_000) + "</article></body></html>";
    Document doc = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Fixtures.readOne("deep-quotes.html", html));
    assertTrue(bodyOf(doc).contains("extend the tram line"), bodyOf(doc));
  }

  @Test
  void aWrongDeclaredCharsetDoesNotGarbleUtf8() throws Exception {
    String html = "<html><head><meta charset=\"iso-8859-1\"><title>Café reopens</title></head>"
        + "<body><article><p>The café in Zürich reopened, " + PROSE + "</p></article></body>"
        + "</html>";
    Document doc = Fixtures.readOne("charset.html", html);
    assertTrue(bodyOf(doc).contains("The café in Zürich reopened"), bodyOf(doc));
  }

  @Test
  void windows1252BytesDeclaredAsUtf8AreReadWithAWarning() throws Exception {
    String html = "<html><head><meta charset=\"utf-8\"></head><body><article><p>The café in"
        + " Zürich reopened, " + PROSE + "</p></article></body></html>";
    List<Document> docs =
        new Ingester().read("cp1252.html", html.getBytes(Charset.forName("windows-1252")));
    Document doc = docs.get(0);
    assertTrue(bodyOf(doc).contains("The café in Zürich reopened"), bodyOf(doc));
    assertTrue(doc.warnings().contains(TextDecoder.NOT_UTF8), doc.warnings().toString());
  }

  @Test
  void aPageWithNoArticleGivesAWarningNotAnError() throws Exception {
    Document doc = Fixtures.readOne("nav.html", "<html><head><title>Home</title></head><body>"
        + "<nav><ul><li><a href=/a>News</a></li><li><a href=/b>Sport</a></li></ul></nav>"
        + "<footer>© Example 2026</footer></body></html>");
    assertTrue(doc.blocks().isEmpty(), doc.blocks().toString());
    assertTrue(doc.warnings().contains("no body text found"), doc.warnings().toString());
  }

  @Test
  void brokenFeedXmlWithAnUnclosedCdataIsReportedNotThrown() {
    String feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><title>Tram line extended</title><description><![CDATA[<p>" + PROSE
        + "</p>]]></description></item><item><title>Second</title><description><![CDATA[<p>"
        + PROSE;
    List<Document> docs = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> new Ingester().read("wire.xml", Fixtures.utf8(feed)));
    assertEquals("Tram line extended", docs.get(0).title());
    assertFalse(docs.get(0).warnings().isEmpty());
    assertTrue(docs.get(0).warnings().get(0).contains("not well-formed"),
        docs.get(0).warnings().toString());
  }
}
