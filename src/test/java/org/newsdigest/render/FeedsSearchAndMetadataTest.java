package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Page;

/** Issue 5 items 4 and 5: the search index and page, JSON Feed 1.1, JSON-LD and head metadata. */
class FeedsSearchAndMetadataTest {
  private static final String SUMMIT = "events/2026-03-02-leaders-meet-in-lyon-on-energy.html";
  private static final String WIRE_PAGE = "articles/leaders-meet-in-lyon-on-energy.html";
  private static final String BASE = "https://news.example.org/digest/";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Map<String, String> render(String baseUrl) {
    SiteRenderer renderer = SiteRenderer.builder().siteTitle("Test digest").baseUrl(baseUrl).build();
    Map<String, String> site = new TreeMap<>();
    for (Page page : renderer.render(DigestFixture.digest())) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    return site;
  }

  @Test
  void jsonFeedFollowsTheSpecWithoutABaseUrl() throws Exception {
    JsonNode feed = JSON.readTree(render(null).get("feed.json"));
    assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asText());
    assertEquals("Test digest", feed.get("title").asText());
    // Absolute addresses are unknown without --base-url: the spec's URL fields are left out.
    assertNull(feed.get("home_page_url"));
    assertNull(feed.get("feed_url"));
    JsonNode items = feed.get("items");
    assertEquals(3, items.size());
    Set<String> ids = new HashSet<>();
    for (JsonNode item : items) {
      assertTrue(item.get("id").isTextual(), "ids are strings in 1.1: " + item);
      assertTrue(ids.add(item.get("id").asText()), "ids are unique: " + item);
      assertNull(item.get("url"), "no relative url: " + item);
      assertTrue(item.hasNonNull("content_text") || item.hasNonNull("content_html"), item.toString());
      if (item.has("date_published")) {
        OffsetDateTime.parse(item.get("date_published").asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
    }
    JsonNode summit = items.get(0);
    assertEquals("Leaders meet in Lyon on energy", summit.get("title").asText());
    assertEquals("Leaders from 12 countries met on Monday. About a dozen countries signed the pledge in Lyon.",
        summit.get("content_text").asText());
    assertEquals("2026-03-02T09:30:00+01:00", summit.get("date_published").asText());
    // A day-only update is written as noon UTC (FeedTime): the same day in nearly every zone.
    assertEquals("2026-03-03T12:00:00Z", summit.get("date_modified").asText());
    // An event with no summary is still told, by its title: content_text must be present.
    assertEquals("Leaders meet in Lyon on energy", items.get(2).get("content_text").asText());
    assertNull(items.get(2).get("date_published"));
  }

  @Test
  void jsonFeedUsesAbsoluteAddressesWithABaseUrl() throws Exception {
    JsonNode feed = JSON.readTree(render(BASE).get("feed.json"));
    assertEquals(BASE + "index.html", feed.get("home_page_url").asText());
    assertEquals(BASE + "feed.json", feed.get("feed_url").asText());
    assertEquals(BASE + SUMMIT, feed.get("items").get(0).get("url").asText());
    assertEquals(BASE + SUMMIT, feed.get("items").get(0).get("id").asText());
  }

  @Test
  void searchIndexListsEventsAndArticlesWithTheirFieldsAndSiteRootUrls() throws Exception {
    Map<String, String> site = render(null);
    String script = site.get("assets/search/d-0.js");
    String opening = "(self.newsdigestSearch=self.newsdigestSearch||{})[\"d-0\"]=";
    assertTrue(script.startsWith(opening) && script.endsWith(";\n"), script);
    String text = script.substring(opening.length(), script.length() - 2);
    assertFalse(text.strip().contains("\n"), "compact: one line");
    JsonNode items = JSON.readTree(text);
    List<String> types = new ArrayList<>();
    items.forEach(i -> types.add(i.get("type").asText()));
    // Newest first; the articles that only repeat their event's title are found through it.
    assertEquals(List.of("article", "event", "event", "event"), types);
    JsonNode summit = items.get(1);
    assertEquals("Leaders meet in Lyon on energy", summit.get("title").asText());
    assertEquals("2 March 2026", summit.get("when").asText(), "the day as the pages write it");
    assertEquals("Lyon", summit.get("place").asText());
    assertEquals("Wire Agency, The Daily", summit.get("outlet").asText());
    assertTrue(summit.get("text").asText().startsWith("Leaders from 12 countries"), summit.toString());
    assertEquals(SUMMIT, summit.get("url").asText());
    assertEquals("The Daily", items.get(0).get("outlet").asText());
    for (JsonNode item : items) {
      assertTrue(site.containsKey(item.get("url").asText()), "no page at " + item.get("url"));
    }
    assertNull(items.get(3).get("place"), "empty fields are left out: " + items.get(3));
    assertFalse(site.containsKey("assets/search-index.js"), "the single-file index is gone");
  }

  @Test
  void searchPageWorksAsAFormWithoutJavaScriptAndLoadsOnlyItsOwnScripts() {
    Map<String, String> site = render(null);
    Document page = Jsoup.parse(site.get("search.html"));
    Element form = page.selectFirst("form[role=search]");
    assertNotNull(form);
    assertEquals("assets/search/", form.attr("data-index"));
    assertNotNull(form.selectFirst("label[for=q]"));
    assertNotNull(form.selectFirst("input#q[name=q][type=search]"));
    assertTrue(page.selectFirst("#search-status").text().contains("needs JavaScript"));
    assertEquals("index.html", page.selectFirst("#search-status a").attr("href"));
    // The manifest first, as a script: a page opened from file:// may load scripts but not fetch files.
    assertEquals(List.of("assets/search/manifest.js", "assets/search.js"), page.select("script[src]").eachAttr("src"));
    String js = site.get("assets/search.js");
    assertTrue(js.contains("window.newsdigestSearch"));
    assertFalse(js.contains("fetch("), "nothing fetched, so file:// works");
    assertFalse(js.contains("innerHTML"), "results are built as text");
  }

  @Test
  void searchFiltersAreLabelledAndEveryLabelTheScriptShowsIsInTheTemplate() {
    Map<String, String> site = render(null);
    Element form = Jsoup.parse(site.get("search.html")).selectFirst("form[role=search]");
    for (String field : List.of("from", "to", "outlet")) {
      assertNotNull(form.selectFirst("label[for=" + field + "]"), field);
      assertNotNull(form.selectFirst("#" + field + "[name=" + field + "]"), field);
    }
    assertEquals("date", form.selectFirst("#from").attr("type"));
    assertEquals("2026-03-01", form.selectFirst("#from").attr("min"));
    assertEquals("2026-03-03", form.selectFirst("#to").attr("max"));
    assertEquals(List.of("All outlets", "<b>Evil</b> & Co", "The Daily", "Wire Agency"),
        form.select("#outlet option").eachText());
    assertEquals("", form.selectFirst("#outlet option").attr("value"));
    Document page = form.ownerDocument();
    assertEquals("status", page.selectFirst("#search-status").attr("role"), "the count is announced");
    assertNotNull(page.selectFirst("button#search-more[type=button][hidden]"));
    String js = site.get("assets/search.js");
    for (String name : List.of("prompt", "none", "none-for", "one", "one-for", "many", "many-for",
        "common", "failed", "event", "article")) {
      String label = form.attr("data-msg-" + name);
      assertFalse(label.isBlank(), name);
      for (String part : label.split("\\{\\w+}")) {
        String words = part.strip();
        assertFalse(words.length() > 4 && (js.contains("'" + words) || js.contains("\"" + words)),
            "written into the script: " + words);
      }
    }
  }

  @Test
  void noPageHasAnInlineScriptOnlyOwnFilesAndJsonLdDataBlocks() {
    for (Map.Entry<String, String> entry : render(BASE).entrySet()) {
      if (!entry.getKey().endsWith(".html")) {
        continue;
      }
      for (Element script : Jsoup.parse(entry.getValue()).select("script")) {
        boolean data = script.attr("type").equals("application/ld+json");
        boolean own = script.hasAttr("src") && script.data().isEmpty()
            && !script.attr("src").contains(":") && !script.attr("src").startsWith("//");
        assertTrue(data || own, entry.getKey() + ": " + script.outerHtml());
      }
    }
  }

  @Test
  void jsonLdParsesAndInputCannotCloseTheScriptElement() throws Exception {
    Map<String, String> site = render(null);
    String hostile = site.keySet().stream()
        .filter(p -> p.startsWith("events/2026-03-01")).filter(p -> p.endsWith(".html")).findFirst().orElseThrow();
    String html = site.get(hostile);
    // The title holds "<script>alert(1)</script>": one closing tag only, the page's own.
    int start = html.indexOf("<script type=\"application/ld+json\">");
    assertTrue(start >= 0, html);
    int end = html.indexOf("</script>", start);
    String data = html.substring(start + "<script type=\"application/ld+json\">".length(), end);
    assertFalse(data.contains("<"), data);
    JsonNode event = JSON.readTree(data);
    assertEquals("https://schema.org", event.get("@context").asText());
    assertEquals("Event", event.get("@type").asText());
    assertEquals(DigestFixture.SCRIPT_TITLE, event.get("name").asText());
    assertEquals("<i>Nowhere</i>", event.get("location").get("name").asText());
  }

  @Test
  void eventAndArticlePagesCarryTheirSchemaOrgTypes() throws Exception {
    Map<String, String> site = render(BASE);
    JsonNode event = JSON.readTree(Jsoup.parse(site.get(SUMMIT)).selectFirst("script[type=application/ld+json]").data());
    assertEquals("Event", event.get("@type").asText());
    assertEquals("2026-03-02", event.get("startDate").asText());
    assertEquals("Lyon", event.get("location").get("name").asText());
    assertEquals("Ana López", event.get("attendee").get(0).get("name").asText());
    assertEquals(BASE + SUMMIT, event.get("url").asText());
    assertEquals("NewsArticle", event.get("subjectOf").get(0).get("@type").asText());
    JsonNode article =
        JSON.readTree(Jsoup.parse(site.get(WIRE_PAGE)).selectFirst("script[type=application/ld+json]").data());
    assertEquals("NewsArticle", article.get("@type").asText());
    assertEquals("Leaders meet in Lyon on energy", article.get("headline").asText());
    assertEquals("2026-03-02T09:30+01:00", article.get("datePublished").asText());
    assertEquals("Sam Reporter", article.get("author").get("name").asText());
    assertEquals("Wire Agency", article.get("publisher").get("name").asText());
    assertEquals("https://wire.example/summit?id=1&x=(2)", article.get("isBasedOn").asText());
    assertEquals(BASE + SUMMIT, article.get("about").get("url").asText());
    assertNull(Jsoup.parse(site.get("index.html")).selectFirst("script[type=application/ld+json]"));
  }

  @Test
  void headCarriesFeedsIconCardsAndACanonicalOnlyWithABaseUrl() {
    Document withBase = Jsoup.parse(render(BASE).get(SUMMIT));
    assertEquals(BASE + SUMMIT, withBase.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals(BASE + SUMMIT, withBase.selectFirst("meta[property=og:url]").attr("content"));
    Document index = Jsoup.parse(render(BASE).get("index.html"));
    assertEquals(BASE, index.selectFirst("link[rel=canonical]").attr("href"));
    assertNull(Jsoup.parse(render(BASE).get("404.html")).selectFirst("link[rel=canonical]"));

    Document page = Jsoup.parse(render(null).get(SUMMIT));
    assertNull(page.selectFirst("link[rel=canonical]"));
    assertNull(page.selectFirst("meta[property=og:url]"));
    assertEquals("../feed.xml", page.selectFirst("link[type=application/atom+xml]").attr("href"));
    assertEquals("../feed.json", page.selectFirst("link[type=application/feed+json]").attr("href"));
    assertEquals("../assets/favicon.svg", page.selectFirst("link[rel=icon]").attr("href"));
    assertEquals("Leaders meet in Lyon on energy", page.selectFirst("meta[property=og:title]").attr("content"));
    assertEquals("Leaders from 12 countries met on Monday.",
        page.selectFirst("meta[property=og:description]").attr("content"));
    assertEquals("website", page.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals("summary", page.selectFirst("meta[name=twitter:card]").attr("content"));
    assertEquals("article",
        Jsoup.parse(render(null).get(WIRE_PAGE)).selectFirst("meta[property=og:type]").attr("content"));
    assertEquals("../search.html", page.selectFirst("nav a[href$=search.html]").attr("href"));
  }

  @Test
  void theScriptElementTextEscapesWhatHtmlWouldRead() {
    String text = new JsonText().forScriptElement(Map.of("t", "</script><!-- & \u2028"));
    assertEquals("{\"t\":\"\\u003c/script\\u003e\\u003c!-- \\u0026 \\u2028\"}", text);
  }

  @Test
  void pagesCarryTheReadingComfortHooksPrintAndFocusStyles() {
    Map<String, String> site = render(null);
    for (String path : List.of("index.html", "search.html", "404.html", SUMMIT, WIRE_PAGE)) {
      Document page = Jsoup.parse(site.get(path));
      assertEquals("#main", page.body().child(0).attr("href"), path + ": skip link first");
      assertNotNull(page.selectFirst("main#main"), path);
      assertFalse(page.selectFirst("html").attr("lang").isBlank(), path);
      assertTrue(page.select("img:not([alt])").isEmpty(), path);
    }
    String css = site.get("assets/style.css");
    assertTrue(css.contains(":focus-visible"), "visible keyboard focus");
    int print = css.indexOf("@media print");
    assertTrue(print > 0, "print styles");
    String printRules = css.substring(print);
    assertTrue(printRules.contains(".site-header nav") && printRules.contains("display: none"), printRules);
    assertTrue(printRules.contains("attr(href)"), "printed links show where they go");
  }
}
