package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;
import org.newsdigest.model.InlineLink;

/**
 * An article keeps its own links and images only when they are safe: absolute http(s) once
 * resolved against the page's address, not a tracking pixel, not inside page furniture.
 */
class SafeLinksTest {
  private static final String PROSE = " The committee, which met for three hours, said the"
      + " figures would be published in full, and that the review, started last year, was done.";

  /** A news page around {@code content}, with a head that may name the page's address. */
  private static Document page(String head, String content) throws Exception {
    return Fixtures.readOne("page.html", "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        + "<title>Water board publishes leak figures | Daily Courier</title>" + head
        + "</head><body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article>"
        + "<h1>Water board publishes leak figures</h1>" + content
        + "<p>Leaks cost the region two million litres a day last summer." + PROSE + "</p>"
        + "</article><footer><a href=/about>About us</a></footer></body></html>");
  }

  private static List<String> hrefs(Document doc) {
    return doc.blocks().stream().flatMap(b -> b.links().stream()).map(InlineLink::href).toList();
  }

  private static List<String> images(Document doc) {
    return doc.blocks().stream().filter(Block::isImage).map(Block::src).toList();
  }

  private static String linkedText(Document doc) {
    return doc.blocks().stream().flatMap(b -> b.links().stream()
        .map(l -> b.text().substring(l.start(), l.end()))).collect(Collectors.joining("|"));
  }

  @Test
  void anAbsoluteLinkKeepsItsTextAndAddress() throws Exception {
    Document doc = page("", "<p>The board published <a href=\"https://water.example.org/report.pdf\""
        + " class=inline>its annual report</a> on Monday." + PROSE + "</p>");
    assertEquals(List.of("https://water.example.org/report.pdf"), hrefs(doc));
    assertEquals("its annual report", linkedText(doc));
  }

  @Test
  void aJavascriptLinkLosesItsAddressButKeepsItsText() throws Exception {
    Document doc = page("", "<p>Read <a href=\"javascript:alert(1)\">the plan</a> and"
        + " <a href=\" JaVaScRiPt:alert(2)\">the annex</a> at the library." + PROSE + "</p>");
    assertEquals(List.of(), hrefs(doc));
    assertTrue(doc.blocks().get(0).text().startsWith("Read the plan and the annex at the library."),
        doc.blocks().toString());
  }

  @Test
  void vbscriptAndMailtoLinksAreDropped() throws Exception {
    Document doc = page("<base href=\"https://courier.example.com/\">",
        "<p>Write to <a href=\"mailto:desk@courier.example.com\">the desk</a> or see"
            + " <a href=\"vbscript:msgbox(1)\">this</a>." + PROSE + "</p>");
    assertEquals(List.of(), hrefs(doc));
  }

  @Test
  void aDataImageIsDroppedAndAnHttpsImageIsKeptWithItsAlt() throws Exception {
    Document doc = page("", "<p>The reservoir was low." + PROSE + "</p>"
        + "<figure><img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"inline data\"></figure>"
        + "<figure><img src=\"https://img.example.org/reservoir.jpg\" alt=\"The dry reservoir\""
        + " width=800 height=450></figure>");
    assertEquals(List.of("https://img.example.org/reservoir.jpg"), images(doc));
    Block image = doc.blocks().stream().filter(Block::isImage).findFirst().orElseThrow();
    assertEquals("The dry reservoir", image.text());
  }

  @Test
  void anEventHandlerNeverTravelsWithAnImage() throws Exception {
    Document doc = page("<link rel=canonical href=\"https://courier.example.com/2024/05/02/leaks\">",
        "<p>The pipes are old." + PROSE + "</p>"
            + "<p><img src=\"x.png\" onerror=\"alert(4)\" alt=\"Old pipes\"></p>");
    // the relative src resolves against the canonical address; the handler is gone with the tag
    assertEquals(List.of("https://courier.example.com/2024/05/02/x.png"), images(doc));
    assertFalse(doc.blocks().toString().contains("alert"), doc.blocks().toString());
  }

  @Test
  void aRelativeLinkResolvesAgainstTheBaseAddress() throws Exception {
    Document doc = page("<base href=\"https://courier.example.com/news/\">"
            + "<link rel=canonical href=\"https://other.example.net/x\">",
        "<p>See <a href=\"../data/leaks.csv\">the data</a> and <a href=\"/maps\">the map</a>."
            + PROSE + "</p>");
    assertEquals(List.of("https://courier.example.com/data/leaks.csv",
        "https://courier.example.com/maps"), hrefs(doc));
  }

  @Test
  void aRelativeLinkResolvesAgainstOgUrlWithoutBaseOrCanonical() throws Exception {
    Document doc = page("<meta property=og:url content=\"https://courier.example.com/a/b\">",
        "<p>See <a href=\"c\">the chart</a>." + PROSE + "</p>");
    assertEquals(List.of("https://courier.example.com/a/c"), hrefs(doc));
  }

  @Test
  void aRelativeLinkWithoutAnyPageAddressIsDropped() throws Exception {
    Document doc = page("", "<p>See <a href=\"/data/leaks.csv\">the data</a>." + PROSE + "</p>");
    assertEquals(List.of(), hrefs(doc));
  }

  @Test
  void aProtocolRelativeLinkTakesThePagesScheme() throws Exception {
    Document withBase = page("<link rel=canonical href=\"https://courier.example.com/leaks\">",
        "<p>See <a href=\"//stats.example.org/leaks\">the statistics</a>." + PROSE + "</p>");
    assertEquals(List.of("https://stats.example.org/leaks"), hrefs(withBase));
    Document withoutBase = page("",
        "<p>See <a href=\"//stats.example.org/leaks\">the statistics</a>." + PROSE + "</p>");
    assertEquals(List.of(), hrefs(withoutBase));
  }

  @Test
  void aTrackingPixelIsNotAnImage() throws Exception {
    Document doc = page("", "<p>The pipes are old." + PROSE
        + "<img src=\"https://track.example.com/p.gif?id=7\" width=1 height=1 alt=\"\"></p>"
        + "<p><img src=\"https://track.example.com/q.gif\" width=\"1px\" height=\"1px\"></p>");
    assertEquals(List.of(), images(doc));
  }

  @Test
  void linksAndImagesInsideAShareBoxAreNotKept() throws Exception {
    Document doc = page("", "<p>The pipes are old." + PROSE + "</p>"
        + "<div class=\"share-tools\"><a href=\"https://social.example.com/share?u=1\">Share on"
        + " Social</a> <img src=\"https://social.example.com/icon.png\" alt=\"Social\"></div>");
    assertEquals(List.of(), hrefs(doc));
    assertEquals(List.of(), images(doc));
  }

  @Test
  void aLinkNestedInEmphasisAndAcrossSpacesGetsTheRightSpan() throws Exception {
    Document doc = page("", "<p>Officials   <em>cited <a href=\"https://x.example.org/r\">the"
        + "\n   review</a></em>   again." + PROSE + "</p>");
    Block first = doc.blocks().get(0);
    assertTrue(first.text().startsWith("Officials cited the review again."), first.text());
    assertEquals("the review", linkedText(doc));
  }

  @Test
  void imagesAreNotBodyTextAndLinksDoNotChangeIt() throws Exception {
    String content = "<p>The board published <a href=\"https://water.example.org/r.pdf\">its"
        + " report</a>." + PROSE + "</p>";
    Document linked = page("", content + "<img src=\"https://img.example.org/a.jpg\" alt=A>");
    Document plain = page("", content.replaceAll("<a [^>]*>|</a>", ""));
    List<String> linkedText = linked.blocks().stream().filter(b -> !b.isImage())
        .map(Block::text).toList();
    assertEquals(plain.blocks().stream().map(Block::text).toList(), linkedText);
  }

  @Test
  void feedItemLinksResolveAgainstTheItemLink() throws Exception {
    String feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Courier</title>
        <item><title>Leak figures published</title>
        <link>https://courier.example.com/2024/05/02/leaks</link>
        <description><![CDATA[<p>The board published <a href="report.pdf">its report</a> and
        <a href="javascript:alert(1)">a script</a>.</p>
        <p><img src="https://img.example.org/pipe.jpg" alt="A pipe" onerror="alert(2)"></p>]]>
        </description></item></channel></rss>
        """;
    List<Document> docs = new Ingester().read("feed.rss", Fixtures.utf8(feed));
    assertEquals(1, docs.size());
    assertEquals(List.of("https://courier.example.com/2024/05/02/report.pdf"), hrefs(docs.get(0)));
    assertEquals(List.of("https://img.example.org/pipe.jpg"), images(docs.get(0)));
  }

  @Test
  void markdownKeepsHttpLinksAndImagesOnly() throws Exception {
    Document doc = Fixtures.readOne("a.md", """
        ---
        title: Leak figures published
        ---
        The board published [its report](https://water.example.org/r.pdf), [a script](javascript:alert(1))
        and [a relative page](/about).

        ![The dry reservoir](https://img.example.org/reservoir.jpg)
        ![inline](data:image/png;base64,AAAA)
        """);
    assertEquals(List.of("https://water.example.org/r.pdf"), hrefs(doc));
    assertEquals("its report", linkedText(doc));
    assertEquals(List.of("https://img.example.org/reservoir.jpg"), images(doc));
    assertEquals("The dry reservoir",
        doc.blocks().stream().filter(Block::isImage).findFirst().orElseThrow().text());
  }

  @Test
  void plainTextHasNoLinksEvenWhenItNamesAnAddress() throws Exception {
    Document doc = Fixtures.readOne("a.txt", "Leak figures published\n\nThe report is at"
        + " https://water.example.org/r.pdf according to the board." + PROSE + "\n");
    assertEquals(List.of(), hrefs(doc));
    assertEquals(List.of(), images(doc));
  }
}
