package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The site's feed and sitemap read as a feed reader and a search engine read them: the Atom feed
 * against the essentials of RFC 4287 (feed and entry id, title, updated; an alternate link per
 * entry; unique ids; RFC 3339 dates) and the sitemap against the sitemaps.org 0.9 structure
 * (urlset of url elements, each with one loc). Checked on two builds of the same articles: one
 * with no base URL (relative links, tag: ids) and one with {@code --base-url} (absolute ones).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedAndSitemapValidityTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
  private static final String BASE = "https://news.example.org/digest/";
  /** RFC 3339 date-time as Atom requires it (section 3.3): upper-case T and Z, seconds present. */
  private static final Pattern RFC3339 =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
  /** W3C Datetime as sitemaps allow it for lastmod: a day, or a day and time with its zone. */
  private static final Pattern W3C_DATETIME = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?");

  SiteFixture relative;
  SiteFixture absolute;

  @BeforeAll
  void build(@TempDir Path dir) throws Exception {
    relative = new SiteFixture(dir.resolve("relative"));
    ValiditySample.writeInto(relative);
    assertEquals(ExitCodes.OK, relative.build("--quiet"), relative.err());
    absolute = new SiteFixture(dir.resolve("absolute"));
    ValiditySample.writeInto(absolute);
    assertEquals(ExitCodes.OK, absolute.build("--quiet", "--base-url", BASE), absolute.err());
  }

  @Test
  void theFeedHasItsIdTitleUpdatedAndAnAuthor() throws Exception {
    for (SiteFixture site : List.of(relative, absolute)) {
      Element feed = parse(site, "feed.xml").getDocumentElement();
      assertEquals(ATOM, feed.getNamespaceURI());
      assertEquals("feed", feed.getLocalName());
      assertAbsoluteIri(only(feed, ATOM, "id").getTextContent());
      assertFalse(only(feed, ATOM, "title").getTextContent().isBlank());
      assertRfc3339(only(feed, ATOM, "updated").getTextContent());
      // RFC 4287 4.1.1: a feed names an author unless every entry does.
      Element author = only(feed, ATOM, "author");
      assertFalse(only(author, ATOM, "name").getTextContent().isBlank());
    }
  }

  @Test
  void everyEntryHasAnIdTitleUpdatedAndALinkToItsEventPage() throws Exception {
    for (SiteFixture site : List.of(relative, absolute)) {
      Element feed = parse(site, "feed.xml").getDocumentElement();
      List<Element> entries = children(feed, ATOM, "entry");
      JsonNode events = new ObjectMapper().readTree(site.read("data/events.json")).get("events");
      assertEquals(events.size(), entries.size(), "one entry per event");
      Set<String> ids = new LinkedHashSet<>();
      OffsetDateTime newest = null;
      for (Element entry : entries) {
        String id = only(entry, ATOM, "id").getTextContent();
        assertAbsoluteIri(id);
        assertTrue(ids.add(id), "duplicate entry id " + id);
        assertFalse(only(entry, ATOM, "title").getTextContent().isBlank(), id);
        OffsetDateTime updated = assertRfc3339(only(entry, ATOM, "updated").getTextContent());
        newest = newest == null || updated.isAfter(newest) ? updated : newest;
        for (Element published : children(entry, ATOM, "published")) {
          assertRfc3339(published.getTextContent());
        }
        // No atom:content, so RFC 4287 4.1.1 asks for a rel="alternate" link.
        List<Element> alternates = children(entry, ATOM, "link").stream()
            .filter(l -> Set.of("", "alternate").contains(l.getAttribute("rel")))
            .toList();
        assertEquals(1, alternates.size(), id);
        assertLeadsToAPage(site, alternates.get(0).getAttribute("href"));
      }
      OffsetDateTime feedUpdated =
          OffsetDateTime.parse(only(feed, ATOM, "updated").getTextContent());
      assertTrue(newest != null && newest.isEqual(feedUpdated),
          "the feed was updated when its newest entry was: " + feedUpdated + ", not " + newest);
    }
  }

  @Test
  void withABaseUrlTheFeedLinksItselfAndEveryAddressIsAbsolute() throws Exception {
    Element feed = parse(absolute, "feed.xml").getDocumentElement();
    List<String> self = children(feed, ATOM, "link").stream()
        .filter(l -> l.getAttribute("rel").equals("self"))
        .map(l -> l.getAttribute("href"))
        .toList();
    assertEquals(List.of(BASE + "feed.xml"), self);
    for (Element entry : children(feed, ATOM, "entry")) {
      String href = only(entry, ATOM, "link").getAttribute("href");
      assertTrue(href.startsWith(BASE), href);
    }
  }

  @Test
  void withoutABaseUrlThereIsNoSitemapSinceItsUrlsMustBeAbsolute() throws Exception {
    assertFalse(Files.exists(relative.site.resolve("sitemap.xml")));
    assertFalse(relative.read("robots.txt").contains("Sitemap"));
  }

  @Test
  void theSitemapIsAUrlsetOfUrlsEachWithOneLocForEveryPage() throws Exception {
    for (SiteFixture site : List.of(absolute)) {
      Element urlset = parse(site, "sitemap.xml").getDocumentElement();
      assertEquals(SITEMAP, urlset.getNamespaceURI());
      assertEquals("urlset", urlset.getLocalName());
      List<Element> urls = new ArrayList<>();
      for (Node child = urlset.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element element) {
          assertEquals("url", element.getLocalName(), "only url elements in a urlset");
          assertEquals(SITEMAP, element.getNamespaceURI());
          urls.add(element);
        }
      }
      assertTrue(urls.size() <= 50_000, "a sitemap holds at most 50,000 URLs");
      Set<String> locs = new TreeSet<>();
      for (Element url : urls) {
        for (Node child = url.getFirstChild(); child != null; child = child.getNextSibling()) {
          if (child instanceof Element element) {
            String name = element.getLocalName();
            assertTrue(Set.of("loc", "lastmod", "changefreq", "priority").contains(name),
                "unknown element " + name);
          }
        }
        String loc = only(url, SITEMAP, "loc").getTextContent();
        assertTrue(loc.length() < 2048, loc);
        assertTrue(locs.add(loc), "listed twice: " + loc);
        assertLeadsToAPage(site, loc);
        for (Element lastmod : children(url, SITEMAP, "lastmod")) {
          String text = lastmod.getTextContent();
          assertTrue(W3C_DATETIME.matcher(text).matches(), "not a W3C datetime: " + text);
        }
      }
      JsonNode events = new ObjectMapper().readTree(site.read("data/events.json")).get("events");
      String prefix = BASE;
      assertTrue(locs.contains(prefix + "index.html"), locs.toString());
      assertTrue(locs.contains(prefix + "search.html"), locs.toString());
      // Every HTML page but the "not found" one and the later pages of a paginated list.
      Set<String> pages = new TreeSet<>();
      try (Stream<Path> walk = Files.walk(site.site)) {
        walk.map(f -> site.site.relativize(f).toString().replace('\\', '/'))
            .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
            .filter(p -> !p.matches("(.*/)?page/\\d+\\.html"))
            .forEach(p -> pages.add(prefix + p));
      }
      assertEquals(pages, locs);
      for (JsonNode event : events) {
        assertTrue(locs.contains(prefix + event.get("url").asText()), event.get("url").asText());
        for (JsonNode article : event.get("articles")) {
          String url = article.get("url").asText();
          assertTrue(locs.contains(prefix + url), url);
        }
      }
    }
  }

  @Test
  void withABaseUrlEverySitemapLocIsAnAbsoluteAddressUnderIt() throws Exception {
    Element urlset = parse(absolute, "sitemap.xml").getDocumentElement();
    List<Element> urls = children(urlset, SITEMAP, "url");
    assertFalse(urls.isEmpty());
    for (Element url : urls) {
      String loc = only(url, SITEMAP, "loc").getTextContent();
      assertTrue(loc.startsWith(BASE), "the protocol asks for absolute URLs: " + loc);
    }
    assertTrue(absolute.read("robots.txt").contains("Sitemap: " + BASE + "sitemap.xml"));
  }

  /** A link of feed.xml or sitemap.xml (both at the site root) names a file of the site. */
  private void assertLeadsToAPage(SiteFixture site, String href) {
    assertFalse(href.isBlank());
    String path = href.startsWith(BASE) ? href.substring(BASE.length()) : href;
    assertFalse(URI.create(path).isAbsolute() || path.startsWith("/"),
        "not within the site: " + href);
    Path file = site.site.resolve(path).normalize();
    assertTrue(file.startsWith(site.site) && Files.isRegularFile(file), "no page at " + href);
  }

  private static void assertAbsoluteIri(String iri) {
    assertTrue(URI.create(iri).isAbsolute(), "an Atom id is an absolute IRI: " + iri);
  }

  private static OffsetDateTime assertRfc3339(String text) {
    assertTrue(RFC3339.matcher(text).matches(), "not an RFC 3339 date-time: " + text);
    return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
  }

  private static Document parse(SiteFixture site, String file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    // Feeds and sitemaps have no DTD: refusing one also refuses external entities.
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    byte[] bytes = Files.readAllBytes(site.site.resolve(file));
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    List<Element> found = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && namespace.equals(element.getNamespaceURI())
          && name.equals(element.getLocalName())) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element only(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    assertEquals(1, found.size(), "expected exactly one " + name + " in " + parent.getLocalName());
    assertNotNull(found.get(0));
    return found.get(0);
  }
}
