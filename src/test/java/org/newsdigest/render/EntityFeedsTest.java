package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Page;
import org.newsdigest.model.Participant;
import org.newsdigest.model.Storyline;
import org.newsdigest.model.SummarySentence;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Per-entity and per-story feeds over hand-built digests: the same entries, ids and dates as the
 * site's feed, addresses relative to the feed's own folder (or absolute with a base URL), hostile
 * names escaped, and the sitemap that lists every page but the "not found" and later ones.
 */
class EntityFeedsTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String BASE = "https://news.example/digest/";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BRIDGE = "events/2024-12-02-bridge-opens.html";
  private static final String BUDGET = "events/2024-10-05-budget-passes.html";

  private static Article article(String source, String outlet, Moment published) {
    return new Article(source, InputFormat.TEXT, "Report " + source, false, Outlet.stated(outlet), null,
        published, null, null, "en", null, List.of(), List.of(Block.paragraph("Text of " + source)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Participant person(String name, String... sources) {
    return new Participant("person:" + name, EntityType.PERSON, name, List.of(), "Mayor",
        List.of(sources));
  }

  private static Event event(String title, LocalDate day, List<Participant> people,
      Article... articles) {
    return new Event(title, day, null, "Lisbon", people, List.of(articles),
        List.of(new SummarySentence(title + " today.", articles[0].source())), List.of(), List.of(),
        List.of(), List.of(), articles[0].published(), articles[articles.length - 1].published());
  }

  /** A mayor in two events (one reported at a stated time), the two as one storyline. */
  private static Digest twoEvents() {
    Moment bridgeTime =
        Moment.of(LocalDateTime.of(2024, 12, 2, 18, 40), ZoneOffset.ofHours(1), DatePrecision.MINUTE);
    Event bridge = event("Bridge opens", LocalDate.of(2024, 12, 2),
        List.of(person("Maria Keller", "a1.txt", "a2.txt")),
        article("a1.txt", "Harbour Times", Moment.ofDay(LocalDate.of(2024, 12, 2))),
        article("a2.txt", "Coast Post", bridgeTime));
    Event budget = event("Budget passes", LocalDate.of(2024, 10, 5),
        List.of(person("Maria Keller", "b1.txt")),
        article("b1.txt", "Harbour Times", Moment.ofDay(LocalDate.of(2024, 10, 5))));
    Storyline story = new Storyline("maria-keller-2024-10", "Bridge opens",
        List.of(budget, bridge), List.of("Maria Keller"));
    return new Digest(List.of(bridge, budget), List.of(story));
  }

  private static Map<String, String> render(String baseUrl, Digest digest) {
    Map<String, String> site = new TreeMap<>();
    for (Page page : SiteRenderer.builder().baseUrl(baseUrl).build().render(digest)) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    return site;
  }

  @Test
  void aPersonWithTwoEventsHasBothFeedsWithBothEventsNewestFirst() throws Exception {
    Map<String, String> site = render(null, twoEvents());
    org.w3c.dom.Document atom = parseXml(site.get("people/maria-keller.xml"));
    assertEquals("tag:newsdigest.invalid,2026:people/maria-keller", child(atom.getDocumentElement(), "id"));
    assertEquals("Maria Keller · People · News digest", child(atom.getDocumentElement(), "title"));
    List<Element> entries = entries(atom);
    assertEquals(List.of("Bridge opens", "Budget passes"),
        entries.stream().map(e -> child(e, "title")).toList());
    // Links are relative to the feed's own folder, so they reach the event pages from people/.
    assertEquals(List.of("../" + BRIDGE, "../" + BUDGET),
        entries.stream().map(e -> alternate(e)).toList());
    assertEquals("../people/maria-keller.html", alternate(atom.getDocumentElement()));
    assertEquals("../people/maria-keller.xml", self(atom.getDocumentElement()));

    JsonNode json = JSON.readTree(site.get("people/maria-keller.json"));
    assertEquals("https://jsonfeed.org/version/1.1", json.get("version").asText());
    assertEquals("Maria Keller · People · News digest", json.get("title").asText());
    List<String> titles = new ArrayList<>();
    json.get("items").forEach(i -> titles.add(i.get("title").asText()));
    assertEquals(List.of("Bridge opens", "Budget passes"), titles);
  }

  @Test
  void anEventHasOneIdentityInEveryFeedAndFormat() throws Exception {
    Map<String, String> site = render(null, twoEvents());
    List<String> siteIds = ids(parseXml(site.get("feed.xml")));
    assertEquals(siteIds, ids(parseXml(site.get("people/maria-keller.xml"))));
    assertEquals(siteIds.subList(0, 1), ids(parseXml(site.get("outlets/coast-post.xml"))));
    List<String> jsonIds = new ArrayList<>();
    JSON.readTree(site.get("people/maria-keller.json")).get("items")
        .forEach(i -> jsonIds.add(i.get("id").asText()));
    assertEquals(siteIds, jsonIds);
    assertTrue(siteIds.get(0).startsWith("tag:newsdigest.invalid,2026:event/"), siteIds.get(0));
  }

  @Test
  void aStorylineHasFeedsBesideItsTimelinePageNewestFirst() throws Exception {
    Map<String, String> site = render(null, twoEvents());
    org.w3c.dom.Document atom = parseXml(site.get("timeline/maria-keller-2024-10.xml"));
    assertEquals(List.of("../" + BRIDGE, "../" + BUDGET),
        entries(atom).stream().map(e -> alternate(e)).toList());
    assertEquals(2, JSON.readTree(site.get("timeline/maria-keller-2024-10.json")).get("items").size());
    Document page = Jsoup.parse(site.get("timeline/maria-keller-2024-10.html"));
    assertEquals("../timeline/maria-keller-2024-10.xml",
        page.selectFirst("head link[rel=alternate][type=application/atom+xml]").attr("href"));
    assertEquals("../timeline/maria-keller-2024-10.json",
        page.selectFirst(".feeds a[type=application/feed+json]").attr("href"));
  }

  @Test
  void theEntityPageNamesItsOwnFeedsFirstAndShowsThem() {
    Map<String, String> site = render(null, twoEvents());
    Document page = Jsoup.parse(site.get("people/maria-keller.html"));
    assertEquals(List.of("../people/maria-keller.xml", "../people/maria-keller.json", "../feed.xml",
            "../feed.json", "../rss.xml"),
        page.select("head link[rel=alternate]").eachAttr("href"));
    assertEquals(List.of("../people/maria-keller.xml", "../people/maria-keller.json"),
        page.select(".feeds a").eachAttr("href"));
    assertTrue(site.get("people/maria-keller.md").contains("[Atom](../people/maria-keller.xml)"),
        site.get("people/maria-keller.md"));
  }

  @Test
  void aDayWithoutATimeIsNoonUtcAndATimeThatDayWinsUpdated() throws Exception {
    Map<String, String> site = render(null, twoEvents());
    List<Element> entries = entries(parseXml(site.get("people/maria-keller.xml")));
    // The bridge: a day-only report and one at 18:40+01:00 the same day; the stated time wins.
    assertEquals("2024-12-02T18:40:00+01:00", child(entries.get(0), "updated"));
    assertEquals("2024-12-02T12:00:00Z", child(entries.get(0), "published"));
    // The budget has only a day: noon UTC is that day from UTC-12 to UTC+11.
    assertEquals("2024-10-05T12:00:00Z", child(entries.get(1), "updated"));
    assertEquals("2024-12-02T18:40:00+01:00",
        child(parseXml(site.get("people/maria-keller.xml")).getDocumentElement(), "updated"));
  }

  @Test
  void withABaseUrlEntityFeedsAreAbsoluteAndLinkThemselves() throws Exception {
    Map<String, String> site = render(BASE, twoEvents());
    org.w3c.dom.Document atom = parseXml(site.get("people/maria-keller.xml"));
    Element feed = atom.getDocumentElement();
    assertEquals(BASE + "people/maria-keller.xml", child(feed, "id"));
    assertEquals(BASE + "people/maria-keller.html", alternate(feed));
    assertEquals(BASE + "people/maria-keller.xml", self(feed));
    assertEquals(List.of(BASE + BRIDGE, BASE + BUDGET),
        entries(atom).stream().map(e -> alternate(e)).toList());
    JsonNode json = JSON.readTree(site.get("people/maria-keller.json"));
    assertEquals(BASE + "people/maria-keller.json", json.get("feed_url").asText());
    assertEquals(BASE + "people/maria-keller.html", json.get("home_page_url").asText());
    assertEquals(BASE + BRIDGE, json.get("items").get(0).get("url").asText());
  }

  @Test
  void hostileNamesStayTextInEveryFeed() throws Exception {
    String name = "<script>alert(\"x\")</script> & ]]> O'Brien\u0007";
    Event event = event("A <b>bold</b> & ]]> headline\u0000", LocalDate.of(2025, 1, 1),
        List.of(person(name, "x.txt", "y.txt")),
        article("x.txt", "<i>Evil</i> & Co", Moment.ofDay(LocalDate.of(2025, 1, 1))),
        article("y.txt", "Wire", Moment.ofDay(LocalDate.of(2025, 1, 1))));
    Map<String, String> site = render(null, new Digest(List.of(event)));
    String slug = only(site, "people/");
    org.w3c.dom.Document atom = parseXml(site.get(slug + ".xml"));
    String clean = "<script>alert(\"x\")</script> & ]]> O'Brien";
    assertEquals(clean + " · People · News digest", child(atom.getDocumentElement(), "title"));
    assertEquals("A <b>bold</b> & ]]> headline", child(entries(atom).get(0), "title"));
    for (String path : site.keySet()) {
      if (path.endsWith(".xml")) {
        assertNotNull(parseXml(site.get(path)), path);
      }
    }
    assertTrue(site.get(only(site, "outlets/i-evil") + ".xml").contains("&lt;i&gt;Evil&lt;/i&gt; &amp; Co"));
    // JSON can carry every character: the name comes back exactly.
    JsonNode json = JSON.readTree(site.get(slug + ".json"));
    assertEquals(name + " · People · News digest", json.get("title").asText());
    Document page = Jsoup.parse(site.get(slug + ".html"));
    assertTrue(page.selectFirst("head link[type=application/atom+xml]").attr("title").startsWith(clean));
    assertFalse(site.get(slug + ".html").contains("<script>alert"));
  }

  /** The stem of the one feed in the folder (its name comes from a hostile text's slug). */
  private static String only(Map<String, String> site, String folder) {
    List<String> feeds = site.keySet().stream()
        .filter(p -> p.startsWith(folder) && p.endsWith(".xml") && !p.contains("/index"))
        .toList();
    assertEquals(1, feeds.size(), feeds.toString());
    return feeds.get(0).substring(0, feeds.get(0).length() - ".xml".length());
  }

  @Test
  void theSitemapListsEveryPageButNotFoundAndLaterPagesOfAList() throws Exception {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      LocalDate day = LocalDate.of(2025, 3, 1).plusDays(i % 28);
      String source = "s" + i + ".txt";
      events.add(event("Story number " + i, day, List.of(person("Maria Keller", source)),
          article(source, "Harbour Times", Moment.ofDay(day))));
    }
    Map<String, String> site = render(BASE, new Digest(events));
    assertTrue(site.containsKey("page/2.html") && site.containsKey("people/maria-keller/page/2.html"));
    NodeList locs = parseXml(site.get("sitemap.xml")).getElementsByTagNameNS(
        "http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      listed.add(locs.item(i).getTextContent());
    }
    List<String> expected = site.keySet().stream()
        .filter(p -> p.endsWith(".html") && !p.equals("404.html") && !p.contains("page/"))
        .map(p -> BASE + p).sorted().toList();
    assertEquals(expected, listed.stream().sorted().toList());
    assertTrue(listed.contains(BASE + "search.html"));
    assertTrue(listed.contains(BASE + "timeline.html"));
    assertTrue(site.get("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
  }

  @Test
  void xmlCharsDropsOnlyWhatXmlCannotHold() {
    assertEquals("a&b<c> é 😀\ttab", XmlChars.clean("a&b<c>\u0001 é 😀\ttab\uFFFE"));
    assertEquals("lone", XmlChars.clean("lo\uD800ne"));
    assertEquals("", XmlChars.clean(null));
  }

  private static org.w3c.dom.Document parseXml(String xml) throws Exception {
    assertNotNull(xml, "no such file");
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<Element> entries(org.w3c.dom.Document atom) {
    List<Element> out = new ArrayList<>();
    NodeList nodes = atom.getDocumentElement().getElementsByTagNameNS(ATOM, "entry");
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<String> ids(org.w3c.dom.Document atom) {
    return entries(atom).stream().map(e -> child(e, "id")).toList();
  }

  /** The text of the element's one direct Atom child of that name, or null. */
  private static String child(Element parent, String name) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
        return e.getTextContent();
      }
    }
    return null;
  }

  private static String self(Element feed) {
    for (org.w3c.dom.Node n = feed.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "link".equals(e.getLocalName())
          && e.getAttribute("rel").equals("self")) {
        return e.getAttribute("href");
      }
    }
    return null;
  }

  private static String alternate(Element parent) {
    for (org.w3c.dom.Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "link".equals(e.getLocalName())
          && e.getAttribute("rel").equals("alternate")) {
        return e.getAttribute("href");
      }
    }
    assertNull(parent, "no alternate link");
    return null;
  }
}
