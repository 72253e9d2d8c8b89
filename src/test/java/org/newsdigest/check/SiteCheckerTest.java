package org.newsdigest.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checker over a copy of the project's committed site (built from seeds/): the copy passes,
 * and each kind of damage done to it is reported on the right file with the right words.
 */
class SiteCheckerTest {
  private static final Path COMMITTED_SITE = Path.of("site");
  private static final String EVENT =
      "events/2026-01-06-allies-of-ukraine-convene-in-paris-to-discuss-security.html";

  @TempDir Path dir;
  Path site;
  private final SiteChecker checker = new SiteChecker();

  @BeforeEach
  void copyTheCommittedSite() throws IOException {
    site = dir.resolve("site");
    try (Stream<Path> walk = Files.walk(COMMITTED_SITE)) {
      for (Path from : walk.sorted().toList()) {
        Path to = site.resolve(COMMITTED_SITE.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
  }

  private String problems() throws IOException {
    return checker.check(site).stream().map(Problem::toString).collect(Collectors.joining("\n"));
  }

  /** Puts {@code html} just inside the main element of {@code page}. */
  private void inject(String page, String html) throws IOException {
    Path file = site.resolve(page);
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains("<main id=\"main\">"), page);
    Files.writeString(file, text.replace("<main id=\"main\">", "<main id=\"main\">" + html),
        StandardCharsets.UTF_8);
  }

  private void assertReported(String expected) throws IOException {
    String all = problems();
    assertTrue(all.contains(expected), "expected '" + expected + "' among:\n" + all);
  }

  @Test
  void theCommittedSiteHasNoProblem() throws IOException {
    assertEquals(List.of(), checker.check(COMMITTED_SITE));
    assertEquals(List.of(), checker.check(site));
  }

  @Test
  void aMissingFolderIsAnIoExceptionNamingIt() {
    IOException e = assertThrows(IOException.class, () -> checker.check(dir.resolve("nowhere")));
    assertTrue(e.getMessage().contains("nowhere"), e.getMessage());
  }

  @Test
  void aLinkToAMissingPageIsBroken() throws IOException {
    Files.delete(site.resolve("people/emmanuel-macron.html"));
    assertReported(EVENT + ": broken link <a href> '../people/emmanuel-macron.html': the site has no"
        + " people/emmanuel-macron.html");
    assertReported("people/index.html: broken link");
  }

  @Test
  void aLinkToAMissingAnchorIsBroken() throws IOException {
    inject("timeline.html", "<a href=\"index.html#no-such-part\">x</a>");
    assertReported("timeline.html: broken anchor <a href> 'index.html#no-such-part': index.html has"
        + " no element with id 'no-such-part'");
  }

  @Test
  void anAnchorOnAPageCheckedLaterIsCheckedToo() throws IOException {
    // index.html is read before timeline.html: these anchors wait until every page is known.
    inject("index.html", "<a href=\"timeline.html#main\">ok</a><a href=\"timeline.html#later\">x</a>");
    assertEquals("index.html: broken anchor <a href> 'timeline.html#later': timeline.html has no"
        + " element with id 'later'", problems());
  }

  @Test
  void anAnchorThatExistsOnAnotherPageResolves() throws IOException {
    inject("timeline.html", "<a href=\"index.html#main\">x</a><a href=\"./people/../index.html\">y</a>");
    assertEquals("", problems());
  }

  @Test
  void linksMayNotClimbAboveTheRootNorStartAtTheServerRoot() throws IOException {
    inject(EVENT, "<a href=\"../../index.html\">up</a><a href=\"/index.html\">root</a>");
    assertReported(EVENT + ": link <a href> '../../index.html' climbs above the site's root folder");
    assertReported(EVENT + ": link <a href> '/index.html' starts with '/', so it only works when the"
        + " site is at the server root");
  }

  @Test
  void externalLinksAreNotFollowed() throws IOException {
    inject("index.html", "<a href=\"https://example.org/missing.html\">x</a>"
        + "<a href=\"mailto:desk@example.org\">y</a><a href=\"//cdn.example.org/a\">z</a>");
    assertEquals("", problems());
  }

  @Test
  void anInlineScriptIsReported() throws IOException {
    inject("index.html", "<script>alert(document.cookie)</script>");
    assertReported("index.html: inline <script> (only JSON-LD blocks and the site's assets/ scripts"
        + " are allowed): alert(document.cookie)");
  }

  @Test
  void aScriptFromOutsideTheAssetsIsReported() throws IOException {
    inject("index.html", "<script src=\"https://evil.example/x.js\"></script>"
        + "<script src=\"feed.json\"></script>");
    assertReported("index.html: <script src> 'https://evil.example/x.js' loads a script from outside"
        + " the site");
    assertReported("index.html: <script src> 'feed.json' is not one of the site's assets/ scripts");
  }

  @Test
  void anSvgScriptInsideAPageIsAScriptToo() throws IOException {
    inject("index.html", "<svg><script>alert(1)</script></svg>");
    assertReported("index.html: inline <script>");
  }

  @Test
  void brokenJsonLdIsReported() throws IOException {
    inject("index.html", "<script type=\"application/ld+json\">{\"@type\": </script>");
    assertReported("index.html: JSON-LD block is not valid JSON");
  }

  @Test
  void eventHandlerAttributesAreReported() throws IOException {
    inject("index.html", "<img src=\"assets/favicon.svg\" alt=\"\" onerror=\"alert(1)\">"
        + "<p ONMOUSEOVER=\"x()\">p</p>");
    assertReported("index.html: event-handler attribute onerror on <img>");
    assertReported("index.html: event-handler attribute onmouseover on <p>");
  }

  @Test
  void scriptAddressesAreReportedHoweverTheyAreDisguised() throws IOException {
    inject("index.html", "<a href=\"JaVa&#9;ScRiPt:alert(1)\">a</a>"
        + "<img alt=\"\" src=\"data:text/html;base64,PHNjcmlwdD4=\">"
        + "<a href=\" vbscript:msgbox(1)\">v</a>"
        + "<form action=\"javascript:go()\"></form>");
    assertReported("index.html: javascript: address in <a href>");
    assertReported("index.html: data: address in <img src>");
    assertReported("index.html: vbscript: address in <a href>");
    assertReported("index.html: javascript: address in <form action>");
  }

  @Test
  void framesAndEmbeddedObjectsAreReported() throws IOException {
    inject("index.html", "<iframe src=\"search.html\"></iframe><object data=\"feed.xml\"></object>");
    assertReported("index.html: <iframe> element: pages may not embed active content");
    assertReported("index.html: <object> element: pages may not embed active content");
  }

  @Test
  void malformedHtmlIsReportedWithItsLineAndColumn() throws IOException {
    inject("search.html", "<p>text</span></p>");
    assertReported("search.html: not well-formed HTML at line ");
    assertReported("Unexpected EndTag token [</span>]");
  }

  @Test
  void aPageWithoutTheDoctypeIsReported() throws IOException {
    Path page = site.resolve("404.html");
    Files.writeString(page, Files.readString(page).replaceFirst("(?i)<!doctype html>", ""));
    assertReported("404.html: does not start with <!doctype html>");
  }

  @Test
  void duplicateIdsAreReported() throws IOException {
    inject("index.html", "<p id=\"main\">again</p>");
    assertReported("index.html: id 'main' appears 2 times");
  }

  @Test
  void anAtomFeedWithoutItsRequiredElementsOrWithBadDatesIsReported() throws IOException {
    Path feed = site.resolve("feed.xml");
    String text = Files.readString(feed);
    text = text.replaceFirst("<title>[^<]*</title>", "")
        .replaceFirst("<updated>[^<]*</updated>", "<updated>2026-02-31T00:00:00Z</updated>")
        .replaceFirst("(<entry>\\s*<id>)[^<]*", "$1not an iri");
    Files.writeString(feed, text);
    assertReported("feed.xml: the feed has 0 <title> elements, not one");
    assertReported("feed.xml: the feed updated is not an RFC 3339 date-time: 2026-02-31T00:00:00Z");
    assertReported("feed.xml: entry 1 id is not an absolute IRI: not an iri");
  }

  @Test
  void aFeedThatIsNotXmlIsReportedWithItsPosition() throws IOException {
    Files.writeString(site.resolve("feed.xml"), "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<id>");
    assertReported("feed.xml: not well-formed XML at line 2");
  }

  @Test
  void aFeedWithADoctypeIsRefusedSoNoEntityIsExpanded() throws IOException {
    Files.writeString(site.resolve("feed.xml"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e"
        + " SYSTEM \"file:///etc/passwd\">]><feed xmlns=\"http://www.w3.org/2005/Atom\">&e;</feed>");
    assertReported("feed.xml: not well-formed XML");
  }

  @Test
  void aJsonFeedWithoutItsRequiredFieldsIsReported() throws IOException {
    Files.writeString(site.resolve("feed.json"), "{\"version\":\"https://jsonfeed.org/version/1.1\","
        + "\"items\":[{\"id\":\"a\",\"content_text\":\"x\",\"date_published\":\"6 January 2026\"},"
        + "{\"id\":\"a\"}]}");
    assertReported("feed.json: the feed has no title");
    assertReported("feed.json: item 1 date_published is not an RFC 3339 date-time: \"6 January 2026\"");
    assertReported("feed.json: item 2 repeats the id a");
    assertReported("feed.json: item 2 has neither content_html nor content_text");
  }

  @Test
  void brokenJsonIsReported() throws IOException {
    Files.writeString(site.resolve("data/events.json"), "{\"events\": [");
    assertReported("data/events.json: not valid JSON");
  }

  /** A sitemap of the given locs (the site is built without --base-url, so it has none). */
  private void writeSitemap(String... entries) throws IOException {
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
    for (String entry : entries) {
      xml.append("<url>").append(entry).append("</url>\n");
    }
    Files.writeString(site.resolve("sitemap.xml"), xml.append("</urlset>\n").toString());
  }

  @Test
  void aSitemapEntryForAMissingPageIsReported() throws IOException {
    writeSitemap("<loc>events/gone.html</loc>",
        "<loc>index.html</loc><lastmod>6/1/2026</lastmod>");
    assertReported("sitemap.xml: broken link url 1 <loc> 'events/gone.html': the site has no"
        + " events/gone.html");
    assertReported("sitemap.xml: url 2 lastmod is not a W3C datetime: 6/1/2026");
  }

  @Test
  void aSiteBuiltWithABaseUrlResolvesItsAbsoluteAddresses() throws IOException {
    String base = "https://news.example.org/digest/";
    Files.writeString(site.resolve("robots.txt"), "User-agent: *\nAllow: /\nSitemap: " + base
        + "sitemap.xml\n");
    writeSitemap("<loc>" + base + "index.html</loc>", "<loc>" + base + "search.html</loc>");
    Path sitemap = site.resolve("sitemap.xml");
    assertEquals("", problems());
    Files.writeString(sitemap, Files.readString(sitemap)
        .replaceFirst(base + "index.html", base + "missing.html"));
    assertReported("sitemap.xml: broken link url 1 <loc> '" + base + "missing.html'");
  }

  @Test
  void unsafeAndCaseClashingNamesAreReported() throws IOException {
    Files.copy(site.resolve("404.html"), site.resolve("events/Événement <1>.html"));
    Files.copy(site.resolve("404.html"), site.resolve("events/-.html"));
    assertReported("events/Événement <1>.html: unsafe name");
    assertReported("events/-.html: unsafe name '-.html'");
    Path upper = site.resolve("Index.html");
    Files.copy(site.resolve("404.html"), upper);
    if (!Files.isSameFile(upper, site.resolve("index.html"))) {
      assertReported("on a case-insensitive file system");
    }
  }

  @Test
  void hiddenFilesBesideThePagesAreNotPartOfTheSite() throws IOException {
    // A deploy repository, GitHub Pages' switch, and the part file of an update killed part way.
    Files.createDirectories(site.resolve(".git/objects/AB"));
    Files.writeString(site.resolve(".git/objects/AB/Weird Name"), "blob");
    Files.writeString(site.resolve(".nojekyll"), "");
    Files.writeString(site.resolve("events/.newsdigest-part-1x2y"), "<p>half a page");
    assertEquals(List.of(), checker.check(site));
  }

  @Test
  void aSymbolicLinkInTheSiteIsReported() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "outside");
    Files.createSymbolicLink(site.resolve("articles/leak.html"), secret);
    assertReported("articles/leak.html: is a symbolic link to '" + secret + "'");
  }

  @Test
  void anSvgAssetWithAScriptIsReported() throws IOException {
    Files.writeString(site.resolve("assets/favicon.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
        + " onload=\"alert(1)\"><script>alert(2)</script></svg>");
    assertReported("assets/favicon.svg: <script> in an SVG file");
    assertReported("assets/favicon.svg: event-handler attribute onload on <svg> in an SVG file");
  }

  @Test
  void problemsAreListedInPathOrder() throws IOException {
    inject("search.html", "<a href=\"x.html\">x</a>");
    inject("index.html", "<a href=\"y.html\">y</a>");
    List<String> paths = checker.check(site).stream().map(Problem::path).toList();
    assertEquals(List.of("index.html", "search.html"), paths);
  }
}
