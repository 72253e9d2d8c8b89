package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;

/** The main content is found by its prose, whatever the page calls its elements. */
class HtmlContentTest {
  private static String para(String subject) {
    return "<p>" + subject + " was discussed at length on Tuesday, and the council, after a long"
        + " debate, agreed that the plan, costly as it is, should go ahead next spring.</p>";
  }

  private static String body(Document doc) {
    return String.join("\n", doc.blocks().stream().map(Block::text).toList());
  }

  @Test
  void anArticleSplitByAFigureIsKeptWhole() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram plan</title></head><body>"
        + "<div class=wrap><div class=part><div class=inner>" + para("The tram") + para("The bus")
        + "</div></div><figure><img src=a.jpg><figcaption>A tram, 1960</figcaption></figure>"
        + "<div class=part><div class=inner>" + para("The ferry") + para("The bridge")
        + "</div></div></div>"
        + "<div class=links><a href=/1>Other story one</a> <a href=/2>Other story two</a></div>"
        + "</body></html>");
    String body = body(doc);
    assertTrue(body.contains("The tram was") && body.contains("The bridge was"), body);
    assertFalse(body.contains("A tram, 1960"), body);
    assertFalse(body.contains("Other story"), body);
  }

  @Test
  void aPageOfCaptionedImagesKeepsItsHeadings() throws Exception {
    // Shaped after a gallery page: the only text is a heading above each lazily loaded image.
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Station photos</title></head>"
        + "<body><article><h2>The north entrance</h2><img data-src=a.jpg alt=a.jpg>"
        + "<h2>The new platform</h2><img data-src=b.jpg alt=b.jpg></article></body></html>");
    assertEquals(List.of("The north entrance", "The new platform"),
        doc.blocks().stream().map(Block::text).toList());
  }

  @Test
  void aHeadingEndingAnArticleOfProseIsDropped() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram plan</title></head><body>"
        + "<article>" + para("The tram") + para("The bus") + "<h2>Most read</h2></article>"
        + "</body></html>");
    assertFalse(body(doc).contains("Most read"), body(doc));
    assertTrue(body(doc).contains("The bus was"), body(doc));
  }

  @Test
  void linkListsInsideTheArticleGoButProseListsStay() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram plan</title></head><body>"
        + "<article>" + para("The tram") + para("The bus")
        + "<ul><li>Three new stops in the old town</li><li>A depot by the river</li></ul>"
        + "<ul><li><a href=/a>Read more: buses</a></li><li><a href=/b>Read more: trains</a></li>"
        + "</ul>" + para("The ferry") + "</article></body></html>");
    String body = body(doc);
    assertTrue(body.contains("A depot by the river"), body);
    assertFalse(body.contains("Read more"), body);
    assertEquals(2, doc.blocks().stream().filter(b -> b.kind() == BlockKind.LIST_ITEM).count());
  }

  @Test
  void hiddenElementsAndNegativeBoxesAreDropped() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram plan</title></head><body>"
        + "<article>" + para("The tram")
        + "<div style=\"display: none\">" + para("A hidden note") + "</div>"
        + "<p hidden>Hidden paragraph text that should never show.</p>"
        + "<div class=\"share-tools\"><p>Share this on every network</p></div>"
        + "<div class=comments>" + para("A reader comment") + "</div>"
        + para("The bus") + "</article></body></html>");
    String body = body(doc);
    assertTrue(body.contains("The tram was") && body.contains("The bus was"), body);
    for (String gone : List.of("A hidden note", "Hidden paragraph", "Share this", "reader")) {
      assertFalse(body.contains(gone), gone + " in " + body);
    }
  }

  @Test
  void aWholePageFormDoesNotHideTheArticle() throws Exception {
    StringBuilder paragraphs = new StringBuilder();
    for (String s : List.of("The tram", "The bus", "The ferry", "The bridge", "The road",
        "The port", "The canal", "The station", "The airport", "The depot", "The tunnel",
        "The square", "The park", "The museum", "The library")) {
      paragraphs.append(para(s));
    }
    Document doc = Fixtures.readOne("a.html", "<html><head><title>Tram plan</title></head><body>"
        + "<form id=aspnetForm><div id=story>" + paragraphs + "</div></form></body></html>");
    assertTrue(body(doc).contains("The library was"), body(doc));
  }
}
