package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;

/**
 * One build over saved web pages and feeds, the way people collect news: three trimmed real
 * pages (src/test/resources/site/pages, see the README there), a page whose title and body
 * carry script, an RSS 2.0 feed and an Atom feed. Every page and every item must become an
 * article page with its own title, date and link, and nothing executable may reach the site.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesAndFeedsSiteTest {
  private static final List<String> SAVED_PAGES = List.of("bbc-1", "guardian-1", "seattletimes-1");

  SiteFixture site;
  JsonNode events;
  /** Every article of events.json by its source path. */
  final Map<String, JsonNode> articles = new TreeMap<>();

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    site = new SiteFixture(dir);
    for (String name : SAVED_PAGES) {
      try (InputStream in = getClass().getResourceAsStream("/site/pages/" + name + ".html")) {
        assertNotNull(in, "missing fixture " + name);
        site.bytes("saved/" + name + ".html", in.readAllBytes());
      }
    }
    site.file("saved/hostile.html", """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <title>Council <script>alert('title')</script> approves harbour plan</title>
        <meta property="og:title" content="Council &lt;script&gt;alert(1)&lt;/script&gt; approves harbour plan">
        </head>
        <body onload="alert('body')">
        <article>
        <h1>Council approves harbour plan</h1>
        <p>The town council of Kirkwall voted on Monday to approve a new harbour wall after \
        storms damaged the old one twice last winter. <script>alert('inline')</script></p>
        <p>Councillors said the work would begin in the spring and cost <b onclick="alert(2)">four \
        million pounds</b>, paid for by the regional government.</p>
        <p>Residents can read <a href="javascript:alert(3)">the plan</a> at the library, and a \
        public meeting <img src="x.png" onerror="alert(4)"> will be held next month.</p>
        <p>&lt;script&gt;alert('escaped text')&lt;/script&gt; was written on a banner at the \
        meeting, which ended without a vote on the second question.</p>
        </article>
        </body></html>
        """);
    site.file("feeds/world.rss", SampleFeeds.HARBOUR_GAZETTE_RSS);
    site.file("feeds/science.atom", """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Science Desk</title>
          <id>urn:uuid:5b1d8c0e-0000-4000-8000-000000000001</id>
          <updated>2024-04-10T12:00:00Z</updated>
          <entry>
            <title>Telescope finds water vapour on a distant planet</title>
            <link rel="alternate" href="https://science.example.net/2024/04/09/water-vapour"/>
            <id>urn:uuid:5b1d8c0e-0000-4000-8000-000000000002</id>
            <published>2024-04-09T16:00:00Z</published>
            <updated>2024-04-09T16:00:00Z</updated>
            <author><name>Ana Souza</name></author>
            <content type="html">&lt;p&gt;Astronomers using a space telescope said on Tuesday \
        they had found water vapour in the atmosphere of a planet 120 light years away.&lt;/p&gt;\
        &lt;p onmouseover="alert(5)"&gt;The team will publish its results next week.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title>Glacier retreat measured from orbit</title>
            <link rel="alternate" href="https://science.example.net/2024/04/10/glacier"/>
            <id>urn:uuid:5b1d8c0e-0000-4000-8000-000000000003</id>
            <updated>2024-04-10T08:00:00Z</updated>
            <summary>Satellite images show that glaciers in the Alps lost about a tenth of their \
        volume in two years, researchers in Zurich said on Wednesday.</summary>
          </entry>
        </feed>
        """);

    assertEquals(ExitCodes.OK, site.build(), site.err());
    events = new ObjectMapper().readTree(site.read("data/events.json"));
    for (JsonNode event : events.get("events")) {
      for (JsonNode article : event.get("articles")) {
        articles.put(article.get("source").asText(), article);
      }
    }
  }

  @Test
  void everySavedPageAndEveryFeedItemBecomesAnArticle() {
    assertEquals(4 + 2 + 2, articles.size(), articles.keySet().toString());
    for (String name : SAVED_PAGES) {
      assertTrue(articles.containsKey("saved/" + name + ".html"), articles.keySet().toString());
    }
    assertEquals(2, articles.keySet().stream().filter(s -> s.startsWith("feeds/world.rss")).count(),
        articles.keySet().toString());
    assertEquals(2, articles.keySet().stream().filter(s -> s.startsWith("feeds/science.atom")).count(),
        articles.keySet().toString());
  }

  @Test
  void savedPagesKeepTheirHeadlineOutletAndDate() {
    JsonNode bbc = articles.get("saved/bbc-1.html");
    assertEquals("Obama admits US gun laws are his 'biggest frustration'", bbc.get("title").asText());
    assertEquals("BBC News", bbc.get("outlet").asText());
    assertTrue(bbc.get("published").asText().startsWith("2015-07-24"), bbc.toString());
    JsonNode seattle = articles.get("saved/seattletimes-1.html");
    assertEquals("The Seattle Times", seattle.get("outlet").asText());
    assertTrue(seattle.get("published").asText().startsWith("2019-04-28"), seattle.toString());
  }

  @Test
  void theSiteHasAnRss2FeedBesideAtomAndJsonFeed() throws IOException {
    Document rss = Jsoup.parse(site.read("rss.xml"), "", org.jsoup.parser.Parser.xmlParser());
    assertEquals("2.0", rss.selectFirst("rss").attr("version"));
    assertEquals(events.get("events").size(), rss.select("channel > item").size());
    for (org.jsoup.nodes.Element item : rss.select("channel > item")) {
      assertTrue(item.selectFirst("pubDate").text().matches("[A-Z][a-z]{2}, \\d{1,2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} .+"),
          item.toString());
      assertTrue(site.read(item.selectFirst("link").text()).contains("<html"), "each item links to its page");
    }
    assertTrue(site.read("index.html").contains("type=\"application/rss+xml\""), "pages name the RSS feed");
  }

  @Test
  void feedItemsCarryTheirTitlesDatesAndLinks() throws IOException {
    assertItem("Ferry service to the islands resumes after storm", "2024-03-05",
        "https://gazette.example.org/2024/03/05/ferry-resumes",
        "1,200 passengers had been rebooked");
    assertItem("Fishing fleet counts cost of lost gear", "2024-03-06",
        "https://gazette.example.org/2024/03/06/lost-gear", "destroyed creels and nets");
    assertItem("Telescope finds water vapour on a distant planet", "2024-04-09",
        "https://science.example.net/2024/04/09/water-vapour", "120 light years away");
    assertItem("Glacier retreat measured from orbit", "2024-04-10",
        "https://science.example.net/2024/04/10/glacier", "lost about a tenth of their");
  }

  @Test
  void everyArticlePageAndEventPageExists() throws IOException {
    for (JsonNode event : events.get("events")) {
      Document page = Jsoup.parse(site.read(event.get("url").asText()));
      assertEquals(1, page.select("h1").size(), event.get("url").asText());
      for (JsonNode article : event.get("articles")) {
        Document articlePage = Jsoup.parse(site.read(article.get("url").asText()));
        String title = article.get("title").asText();
        assertTrue(articlePage.text().contains(title), title + " missing from " + article);
      }
    }
  }

  @Test
  void nothingExecutableReachesAnyPage() throws IOException {
    Set<String> found = new TreeSet<>();
    for (Path file : outputPages()) {
      Document page = Jsoup.parse(Files.readString(file));
      String where = site.site.relativize(file).toString();
      for (Element element : page.getAllElements()) {
        String tag = element.normalName();
        if (Set.of("iframe", "object", "embed", "frame", "applet").contains(tag)) {
          found.add(where + ": <" + tag + ">");
        }
        if (tag.equals("script") && !element.hasAttr("src")
            && !element.attr("type").toLowerCase(Locale.ROOT).contains("json")) {
          found.add(where + ": inline script " + element.data().strip());
        }
        for (Attribute attribute : element.attributes()) {
          String name = attribute.getKey().toLowerCase(Locale.ROOT);
          String value = attribute.getValue().strip().toLowerCase(Locale.ROOT);
          if (name.startsWith("on")) {
            found.add(where + ": " + name + " on <" + tag + ">");
          }
          if (value.startsWith("javascript:") || value.startsWith("vbscript:")
              || (value.startsWith("data:") && !name.equals("content"))) {
            found.add(where + ": " + name + "=" + value);
          }
        }
      }
      // The theme's own scripts are files of the site; no input's alert() may appear in one.
      for (Element script : page.select("script[src]")) {
        assertFalse(script.attr("src").contains(":"), where + " loads a remote script");
      }
    }
    assertEquals(Set.of(), found);
  }

  @Test
  void scriptInATitleAndBodyIsShownAsTextNotRun() throws IOException {
    JsonNode hostile = articles.get("saved/hostile.html");
    assertNotNull(hostile, articles.keySet().toString());
    String html = site.read(hostile.get("url").asText());
    assertFalse(html.contains("<script>alert"), html);
    Document page = Jsoup.parse(html);
    assertTrue(page.text().contains("Kirkwall voted on Monday"), page.text());
    // Text that looks like markup in the article stays text: escaped in the file, visible as such.
    assertTrue(page.text().contains("<script>alert('escaped text')</script> was written on a banner"),
        page.text());
    assertTrue(page.select("script").stream().allMatch(s -> s.hasAttr("src") || s.data().isBlank()
        || s.attr("type").contains("json")), html);
  }

  @Test
  void aSafeLinkFromASavedPageReachesItsArticlePage() throws IOException {
    JsonNode bbc = articles.get("saved/bbc-1.html");
    Document page = Jsoup.parse(site.read(bbc.get("url").asText()));
    Element link = page.selectFirst(
        ".body a[href=http://www.bbc.co.uk/news/world-us-canada-33646542]");
    assertNotNull(link, page.select(".body").html());
    assertEquals("Read the full transcript of his interview", link.text());
    assertEquals("nofollow noopener", link.attr("rel"));
  }

  @Test
  void theHostilePagesUnsafeLinkAndImageAreDroppedButTheirTextStays() throws IOException {
    Document page = Jsoup.parse(site.read(articles.get("saved/hostile.html").get("url").asText()));
    Element body = page.selectFirst(".body");
    assertNotNull(body, page.html());
    assertTrue(body.text().contains("Residents can read the plan at the library"), body.text());
    assertTrue(body.select("a").isEmpty(), body.html());
    assertTrue(body.select("img").isEmpty(), body.html());
  }

  private void assertItem(String title, String date, String link, String bodyText) throws IOException {
    JsonNode article = articles.values().stream()
        .filter(a -> a.get("title").asText().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no article titled " + title + " in " + articles));
    assertTrue(article.get("source").asText().startsWith("feeds/"), article.toString());
    assertTrue(article.get("published").asText().startsWith(date), article.toString());
    Document page = Jsoup.parse(site.read(article.get("url").asText()));
    assertFalse(page.select("a[href=" + link + "]").isEmpty(), "no link to " + link + " on " + article);
    assertTrue(page.text().contains(bodyText), page.text());
  }

  private List<Path> outputPages() throws IOException {
    List<Path> pages = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(site.site)) {
      walk.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    assertTrue(pages.size() > 10, pages.toString());
    return pages;
  }
}
