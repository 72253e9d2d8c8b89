package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One build over two events that share a mayor and an outlet (a bridge opening reported by two
 * outlets, a strike two months later by one of them): the mayor's and the outlet's pages each
 * get an Atom and a JSON feed with both events, the pages link their feeds, every link of a
 * feed leads to a page of the site, and a hostile outlet name stays text in its feeds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityFeedsSiteTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  SiteFixture site;
  /** The events' titles as the merge stage chose them. */
  String bridge;
  String strike;

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    site = new SiteFixture(dir);
    site.file("harbour/bridge.md", """
        ---
        title: "Lisbon opens its new river bridge"
        date: 2024-10-02
        source: Harbour Times
        ---
        Mayor Maria Keller opened the new Tagus river bridge in Lisbon on Wednesday, in front of \
        about 3,000 residents.

        "This bridge belongs to every family in the city," Keller said at the ceremony.
        """);
    site.file("coast/bridge.md", """
        ---
        title: "Thousands cheer as Lisbon bridge opens"
        date: 2024-10-02T18:40:00+01:00
        source: "<script>alert('x')</script> & Coast Post"
        ---
        Thousands of residents watched Mayor Maria Keller open the new Tagus river bridge in \
        Lisbon on Wednesday.

        "This bridge belongs to every family in the city," Maria Keller told the crowd.
        """);
    site.file("harbour/strike.md", """
        ---
        title: "Dock workers strike at Porto harbour"
        date: 2024-12-10
        source: Harbour Times
        ---
        Dock workers at the port of Porto walked out on Tuesday over pay, halting cargo traffic \
        for the day.

        Lisbon mayor Maria Keller, visiting Porto, urged both sides to return to talks. "Nobody \
        wins a long strike," Keller said.
        """);
    assertEquals(ExitCodes.OK, site.build("--quiet"), site.err());
    JsonNode events = new ObjectMapper().readTree(site.read("data/events.json")).get("events");
    assertEquals(2, events.size(), "the two bridge reports are one event: " + events);
    for (JsonNode event : events) {
      boolean isStrike = event.get("articles").get(0).get("source").asText().endsWith("strike.md");
      if (isStrike) {
        strike = event.get("title").asText();
      } else {
        bridge = event.get("title").asText();
      }
    }
  }

  @Test
  void thePersonAndTheOutletOfBothEventsHaveBothFeedsWithBothEvents() throws Exception {
    for (String stem : List.of("people/maria-keller", "outlets/harbour-times")) {
      List<Element> entries = children(atom(stem + ".xml").getDocumentElement(), "entry");
      assertEquals(List.of(strike, bridge), entries.stream().map(e -> text(e, "title")).toList(), stem);
      JsonNode json = new ObjectMapper().readTree(site.read(stem + ".json"));
      assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
      List<String> titles = new ArrayList<>();
      json.get("items").forEach(item -> titles.add(item.get("title").asText()));
      assertEquals(List.of(strike, bridge), titles, stem);
    }
  }

  @Test
  void everyLinkOfAnEntityFeedLeadsToAPageOfTheSite() throws Exception {
    for (String stem : List.of("people/maria-keller", "outlets/harbour-times")) {
      Element feed = atom(stem + ".xml").getDocumentElement();
      List<String> hrefs = new ArrayList<>();
      NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
      for (int i = 0; i < links.getLength(); i++) {
        hrefs.add(((Element) links.item(i)).getAttribute("href"));
      }
      assertEquals(4, hrefs.size(), "itself, the entity page and the two event pages: " + hrefs);
      for (String href : hrefs) {
        // Relative links resolve against the feed's own address (RFC 4287 and RFC 3986).
        assertLeadsToAFile(stem + ".xml", href);
      }
      assertEquals(List.of("../" + stem + ".xml", "../" + stem + ".html"), hrefs.subList(0, 2));
    }
  }

  @Test
  void theEntityPageLinksItsFeedsInTheHeadAndVisibly() throws IOException {
    String path = "people/maria-keller.html";
    Document page = Jsoup.parse(site.read(path));
    List<String> head = page.select("head link[rel=alternate]").eachAttr("href");
    assertEquals(List.of("../people/maria-keller.xml", "../people/maria-keller.json"),
        head.subList(0, 2));
    List<String> visible = page.select("main .feeds a").eachAttr("href");
    assertEquals(head.subList(0, 2), visible);
    for (String href : head) {
      assertLeadsToAFile(path, href);
    }
  }

  @Test
  void aHostileOutletNameIsTextInItsFeedsAndPage() throws Exception {
    Path outlets = site.site.resolve("outlets");
    List<String> feeds;
    try (var list = Files.list(outlets)) {
      feeds = list.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".xml") && !n.startsWith("harbour")).toList();
    }
    assertEquals(1, feeds.size(), feeds.toString());
    String stem = "outlets/" + feeds.get(0).replace(".xml", "");
    Element feed = atom(stem + ".xml").getDocumentElement();
    assertTrue(text(feed, "title").startsWith("<script>alert('x')</script> & Coast Post"),
        text(feed, "title"));
    assertEquals(bridge, text(children(feed, "entry").get(0), "title"));
    assertTrue(new ObjectMapper().readTree(site.read(stem + ".json")).get("title").asText()
        .startsWith("<script>alert('x')</script> & Coast Post"));
    assertFalse(site.read(stem + ".html").contains("<script>alert"));
    // A time the source stated survives into the feeds.
    assertEquals("2024-10-02T18:40:00+01:00", text(children(feed, "entry").get(0), "updated"));
  }

  private void assertLeadsToAFile(String from, String href) {
    assertFalse(URI.create(href).isAbsolute(), "no base URL, so relative: " + href);
    Path file = site.site.resolve(from).getParent().resolve(href).normalize();
    assertTrue(file.startsWith(site.site) && Files.isRegularFile(file), from + " -> " + href);
  }

  private org.w3c.dom.Document atom(String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    org.w3c.dom.Document doc = factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(site.read(path).getBytes(StandardCharsets.UTF_8)));
    assertEquals(ATOM, doc.getDocumentElement().getNamespaceURI(), path);
    assertEquals("feed", doc.getDocumentElement().getLocalName(), path);
    return doc;
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        found.add(e);
      }
    }
    return found;
  }

  private static String text(Element parent, String name) {
    List<Element> found = children(parent, name);
    assertEquals(1, found.size(), name);
    return found.get(0).getTextContent();
  }
}
