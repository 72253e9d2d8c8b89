package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

class SiteRendererTest {
  private static final String SUMMIT = "events/2026-03-02-leaders-meet-in-lyon-on-energy.html";
  private static final String WIRE_PAGE = "articles/leaders-meet-in-lyon-on-energy.html";
  private static final String DAILY_PAGE = "articles/summit-in-lyon-ends-with-a-pledge.html";

  private final SiteRenderer renderer = SiteRenderer.builder().siteTitle("Test digest").build();

  private static Map<String, String> site(List<Page> pages) {
    Map<String, String> site = new TreeMap<>();
    for (Page page : pages) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    return site;
  }

  private Map<String, String> render() {
    return site(renderer.render(DigestFixture.digest()));
  }

  @Test
  void writesEveryNamedPage() {
    Map<String, String> site = render();
    for (String path : List.of("index.html", "404.html", "feed.xml", "robots.txt",
        "assets/style.css", "data/events.json", SUMMIT,
        "events/2026-03-02-leaders-meet-in-lyon-on-energy.md",
        "events/leaders-meet-in-lyon-on-energy.html", WIRE_PAGE, DAILY_PAGE,
        "articles/leaders-meet-in-lyon-on-energy.md")) {
      assertTrue(site.containsKey(path), path + " missing from " + site.keySet());
    }
  }

  @Test
  void pagesAreSortedByPathAndIdenticalOnEveryRun() {
    List<Page> first = renderer.render(DigestFixture.digest());
    List<Page> second = SiteRenderer.builder().siteTitle("Test digest").build().render(DigestFixture.digest());
    assertEquals(first.stream().map(Page::path).sorted().toList(), first.stream().map(Page::path).toList());
    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).path(), second.get(i).path());
      assertArrayEquals(first.get(i).content(), second.get(i).content(), first.get(i).path());
    }
  }

  @Test
  void indexListsEventsNewestFirstWithCounts() {
    Document index = Jsoup.parse(render().get("index.html"));
    List<String> links = index.select(".event-card h2 a").eachAttr("href");
    assertEquals(List.of(SUMMIT, "events/2026-03-01-script-alert-1-script-bold-x-javascript-alert-2.html",
        "events/leaders-meet-in-lyon-on-energy.html"), links);
    String summitCard = index.select(".event-card").first().text();
    assertTrue(summitCard.contains("2 March 2026"), summitCard);
    assertTrue(summitCard.contains("Lyon"), summitCard);
    assertTrue(summitCard.contains("2 sources from 2 outlets"), summitCard);
    assertEquals(1, index.select("h1").size());
  }

  @Test
  void eventPageShowsSummaryFactsQuotesExclusivesSourcesAndWhyMerged() {
    Document page = Jsoup.parse(render().get(SUMMIT));
    assertEquals(1, page.select("h1").size());
    List<String> citations = page.select(".summary a").eachAttr("href");
    assertEquals(List.of("../" + WIRE_PAGE, "../" + DAILY_PAGE), citations);

    Element differs = page.selectFirst("tr.differs");
    assertNotNull(differs);
    assertTrue(differs.text().contains("Sources differ"), differs.text());
    assertTrue(differs.text().contains("about a dozen countries"), differs.text());
    assertEquals(1, page.select("tr.differs").size(), "only the differing fact is flagged");

    List<Element> speakers = page.select(".speaker");
    assertEquals(2, speakers.size());
    assertTrue(speakers.get(0).selectFirst("h3").text().startsWith("Ana López"));
    assertEquals(2, speakers.get(0).select("blockquote").size(), "quotes grouped under one speaker");
    assertEquals("Unattributed", speakers.get(1).selectFirst("h3").text());

    assertTrue(page.select(".exclusive h2").text().contains("Only in The Daily"));
    assertEquals(2, page.select(".sources li").size());
    String why = page.select(".links").text();
    assertTrue(why.contains("same event date 2026-03-02; both in Lyon; text similarity 0.61") && why.contains("0.73"), why);
    assertTrue(page.text().contains("(dateline 'LYON, March 2'; 2 of 2 sources agree)"), page.text());
  }

  @Test
  void articlePageShowsBodyMetadataAndLinksBackToItsEvent() {
    Document page = Jsoup.parse(render().get(WIRE_PAGE));
    assertEquals("../" + SUMMIT, page.selectFirst(".kicker a").attr("href"));
    assertEquals(1, page.select("h1").size());
    assertEquals("Talks", page.selectFirst(".body h2").text(), "body headings sit below the title");
    assertEquals("We will act together.", page.selectFirst(".body blockquote").text());
    assertEquals(2, page.select(".body ul li").size());
    assertEquals("https://wire.example/summit?id=1&x=(2)", page.selectFirst("a[rel~=nofollow]").attr("href"));
    String details = page.select(".details").text();
    assertTrue(details.contains("Ana López (Prime Minister)") && details.contains("Lyon"), details);
    assertTrue(details.contains("2 March 2026, 09:30 UTC+01:00"), details);
    assertEquals("en", page.selectFirst("html").attr("lang"));
  }

  @Test
  void everyLocalLinkIsRelativeAndResolvesToAPage() {
    Map<String, String> site = render();
    int resolvedLinks = 0;
    for (Map.Entry<String, String> page : site.entrySet()) {
      if (!page.getKey().endsWith(".html")) {
        continue;
      }
      Document html = Jsoup.parse(page.getValue());
      for (Element element : html.select("[href], [src]")) {
        String link = element.hasAttr("href") ? element.attr("href") : element.attr("src");
        if (link.startsWith("https://") || link.startsWith("http://")) {
          continue;
        }
        assertFalse(link.startsWith("/") || link.contains(":"), page.getKey() + " has non-relative " + link);
        String withoutFragment = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
        if (withoutFragment.isEmpty()) {
          continue;
        }
        String resolved = URI.create("site:/" + page.getKey()).resolve(withoutFragment).getPath().substring(1);
        assertTrue(site.containsKey(resolved), page.getKey() + " links to missing " + resolved);
        resolvedLinks++;
      }
    }
    // a site without local links, or a check that never reached one, proves nothing
    assertTrue(resolvedLinks > 0, "no local link was checked");
  }

  @Test
  void inputTextIsEscapedAndOnlyHttpLinksBecomeHrefs() {
    Map<String, String> site = render();
    for (Map.Entry<String, String> page : site.entrySet()) {
      if (!page.getKey().endsWith(".html") && !page.getKey().endsWith(".xml")) {
        continue; // JSON carries the title as data; Markdown pages are checked below
      }
      assertFalse(page.getValue().contains("<script>"), page.getKey() + " contains a raw script tag");
      assertFalse(page.getValue().contains("<img src=x"), page.getKey() + " contains a raw img tag");
      assertFalse(page.getValue().contains("<b>Evil"), page.getKey() + " contains raw markup");
      if (page.getKey().endsWith(".html")) {
        for (Element a : Jsoup.parse(page.getValue()).select("[href]")) {
          assertFalse(a.attr("href").toLowerCase().startsWith("javascript"), page.getKey());
        }
      }
    }
    String hostilePage = site.keySet().stream().filter(p -> p.startsWith("articles/script")
        && p.endsWith(".html")).findFirst().orElseThrow();
    Document page = Jsoup.parse(site.get(hostilePage));
    assertEquals(DigestFixture.SCRIPT_TITLE, page.selectFirst("h1").text());
    assertTrue(page.text().contains("javascript:alert(3)"), "the unsafe URL is shown as text");
    assertTrue(page.selectFirst(".body").text().contains("1. not a list"));
    String markdown = site.get(hostilePage.replace(".html", ".md"));
    assertTrue(markdown.contains("\\<script>"), markdown);
    // What a Markdown reader makes of the page: the same text, no tags, no script links.
    Document rendered = Jsoup.parse(new ArticleMarkdown().html(markdown));
    assertTrue(rendered.select("script, img, b").isEmpty(), rendered.body().html());
    for (Element a : rendered.select("[href]")) {
      assertFalse(a.attr("href").toLowerCase().startsWith("javascript:"), a.attr("href"));
    }
    assertEquals(DigestFixture.SCRIPT_TITLE, rendered.selectFirst("h1").text());
  }

  @Test
  void eventsJsonHasExactlyTheContractFields() throws IOException {
    JsonNode root = new ObjectMapper().readTree(render().get("data/events.json"));
    assertEquals(List.of("events"), names(root));
    JsonNode events = root.get("events");
    assertEquals(3, events.size());
    JsonNode summit = events.get(0);
    assertEquals(List.of("id", "title", "date", "place", "url", "articles"), names(summit).subList(0, 6));
    assertEquals("2026-03-02-leaders-meet-in-lyon-on-energy", summit.get("id").asText());
    assertEquals("2026-03-02", summit.get("date").asText());
    assertEquals(SUMMIT, summit.get("url").asText());
    JsonNode wire = summit.get("articles").get(0);
    assertEquals(List.of("id", "source", "title", "outlet", "published", "url"),
        names(wire).subList(0, 6), "the contract fields first, in order");
    assertEquals(List.of("copyOf"), names(wire).subList(6, names(wire).size()),
        "then the one addition: which source an article copies");
    assertTrue(wire.get("copyOf").isNull(), "an independent source copies nothing");
    assertEquals(DigestFixture.WIRE, wire.get("source").asText());
    assertEquals("2026-03-02T09:30+01:00", wire.get("published").asText());
    assertEquals(WIRE_PAGE, wire.get("url").asText());
    JsonNode undated = events.get(2);
    assertTrue(undated.get("date").isNull());
    assertTrue(undated.get("articles").get(0).get("published").isNull());
    assertTrue(undated.get("articles").get(0).get("outlet").isNull());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  @Test
  void feedAndSitemapUseTheBaseUrlWhenGiven() {
    Map<String, String> site = site(SiteRenderer.builder().baseUrl("https://news.example/digest")
        .siteTitle("Test digest").build().render(DigestFixture.digest()));
    Document feed = Jsoup.parse(site.get("feed.xml"), "", Parser.xmlParser());
    assertEquals("https://news.example/digest/feed.xml", feed.selectFirst("feed > id").text());
    assertEquals("2026-03-03T12:00:00Z", feed.selectFirst("feed > updated").text());
    assertEquals("https://news.example/digest/" + SUMMIT, feed.selectFirst("entry link").attr("href"));
    Document sitemap = Jsoup.parse(site.get("sitemap.xml"), "", Parser.xmlParser());
    assertTrue(sitemap.select("loc").eachText().contains("https://news.example/digest/" + SUMMIT));
    assertTrue(site.get("robots.txt").contains("Sitemap: https://news.example/digest/sitemap.xml"));
  }

  @Test
  void feedWithoutBaseUrlUsesTagIdsAndRelativeLinks() {
    Map<String, String> site = render();
    Document feed = Jsoup.parse(site.get("feed.xml"), "", Parser.xmlParser());
    assertTrue(feed.selectFirst("feed > id").text().startsWith("tag:"));
    for (Element id : feed.select("entry > id")) {
      assertTrue(id.text().startsWith("tag:"), id.text());
    }
    assertEquals(SUMMIT, feed.selectFirst("entry link").attr("href"));
    assertEquals(3, feed.select("entry").size());
    assertTrue(feed.select("entry title").eachText().contains(DigestFixture.SCRIPT_TITLE));
    // The sitemap protocol needs absolute URLs: without a base URL there is none to write.
    assertFalse(site.get("robots.txt").contains("Sitemap"));
    assertFalse(site.containsKey("sitemap.xml"), "a sitemap of relative paths is invalid");
  }

  @Test
  void aUserTemplateOverridesOnlyItsDefault(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("404.ftlh"), "<p>Custom ${page.title}: ${site.title}</p>");
    Files.createDirectories(dir.resolve("assets"));
    Files.writeString(dir.resolve("assets/style.css"), "body { color: red; }");
    Map<String, String> site = site(SiteRenderer.builder().userTemplates(dir).siteTitle("A <b> site")
        .build().render(DigestFixture.digest()));
    assertEquals("<p>Custom Page not found: A &lt;b&gt; site</p>", site.get("404.html"));
    assertEquals("body { color: red; }", site.get("assets/style.css"));
    assertTrue(site.get("index.html").startsWith("<!doctype html>"), "other templates still default");
  }

  @Test
  void aBrokenUserTemplateNamesTemplateLineAndColumn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("index.ftlh"), "<h1>ok</h1>\n<p>${site.title</p>\n");
    SiteRenderer broken = SiteRenderer.builder().userTemplates(dir).build();
    RenderException e = assertThrows(RenderException.class, () -> broken.render(DigestFixture.digest()));
    assertTrue(e.getMessage().contains("index.ftlh"), e.getMessage());
    assertTrue(e.getMessage().matches("(?s).*line 2, column \\d+.*"), e.getMessage());
  }

  @Test
  void aFailingUserTemplateNamesTemplateLineAndColumn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("404.ftlh"), "<p>\n  ${page.nothingHere}</p>\n");
    SiteRenderer failing = SiteRenderer.builder().userTemplates(dir).build();
    RenderException e = assertThrows(RenderException.class, () -> failing.render(DigestFixture.digest()));
    assertTrue(e.getMessage().contains("'404.ftlh' line 2, column 5"), e.getMessage());
  }

  @Test
  void templatesCannotReachJava(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("404.ftlh"),
        "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}");
    SiteRenderer hostile = SiteRenderer.builder().userTemplates(dir).build();
    assertThrows(RenderException.class, () -> hostile.render(DigestFixture.digest()));
  }

  @Test
  void templatesCannotCallJavaMethodsThroughApi(@TempDir Path dir) throws IOException {
    // ?api would expose the Java object behind a value (getClass(), its class loader, ...).
    Files.writeString(dir.resolve("404.ftlh"), "${page?api.getClass().getClassLoader()}");
    SiteRenderer hostile = SiteRenderer.builder().userTemplates(dir).build();
    RenderException refused =
        assertThrows(RenderException.class, () -> hostile.render(DigestFixture.digest()));
    assertTrue(refused.getMessage().contains("api_builtin_enabled"), refused.getMessage());
  }

  @Test
  void badBuilderArgumentsAreRejected(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> SiteRenderer.builder().baseUrl("javascript:x"));
    assertThrows(IllegalArgumentException.class,
        () -> SiteRenderer.builder().userTemplates(dir.resolve("missing")).build());
  }
}
