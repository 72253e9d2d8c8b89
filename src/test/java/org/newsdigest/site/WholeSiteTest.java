package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;

/**
 * One build over a small folder of articles in three shapes and sub-folders: two outlets
 * reporting one flood rescue, a rescue of the same kind a month later elsewhere, and two files
 * that are not articles. Then assertions on named output files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WholeSiteTest {
  SiteFixture site;
  JsonNode events;
  String console;
  String problems;

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    site = new SiteFixture(dir);
    site.file("wire/rescue-agency.txt", """
        Hundreds Rescued as Floods Hit Valencia Region

        Published on October 29, 2024

        Valencia, October 29 (EFE) – Emergency crews rescued more than 200 people from flooded homes \
        in Valencia on Tuesday after torrential rain swept through eastern Spain.

        Regional president Carlos Mazon said the rescue effort would continue through the night. \
        "We will not stop until every family is safe," Mazon said.

        The Spanish Red Cross opened 12 shelters across the region.
        """);
    site.file("blogs/courier/valencia-floods.md", """
        ---
        title: "Valencia floods: crews pull 200 from homes"
        date: 2024-10-29
        source: The Daily Courier
        tags: [weather, spain]
        ---
        Rescue teams pulled about 200 people from flooded homes in Valencia on Tuesday as \
        torrential rain battered eastern Spain.

        "We will not stop until every family is safe," regional president Carlos Mazon told reporters.

        The Spanish Red Cross said it had opened 12 shelters.
        """);
    site.file("wire/rescue-later.txt", """
        Flood Rescue in Bologna as River Bursts Its Banks

        Published on November 27, 2024

        Bologna, November 27 (ANSA) – Firefighters rescued 40 people in Bologna on Wednesday after \
        the Reno river burst its banks following days of rain in northern Italy.

        Mayor Matteo Lepore said 300 residents had been evacuated as a precaution.
        """);
    // Windows-1252, not UTF-8, with no date: read as well as it can be.
    site.bytes("misc/cafes-latin1.txt",
        "Caf\u00e9 Owners Protest New Rules\n\nOwners of 30 caf\u00e9s protested in Lyon against new opening hours.\n"
            .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    // No headline, no date, no outlet.
    site.file("misc/untitled.txt", "A fire destroyed a furniture warehouse in Leeds overnight, firefighters said.\n");
    site.file("broken/empty.txt", "");
    site.bytes("broken/picture.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 1, 2, 3});

    assertEquals(ExitCodes.OK, site.build(), site.err());
    console = site.out();
    problems = site.err();
    events = new ObjectMapper().readTree(site.read("data/events.json"));
  }

  @Test
  void reportsOfOneRescueAreOneEventAndTheLaterRescueStaysApart() {
    assertEquals(4, events.get("events").size(), events.toPrettyString());
    JsonNode valencia = eventWith("wire/rescue-agency.txt");
    assertEquals(
        Set.of("wire/rescue-agency.txt", "blogs/courier/valencia-floods.md"), sources(valencia));
    assertEquals("2024-10-29", valencia.get("date").asText());
    assertEquals("Valencia", valencia.get("place").asText());
    JsonNode bologna = eventWith("wire/rescue-later.txt");
    assertEquals(Set.of("wire/rescue-later.txt"), sources(bologna));
    assertEquals("2024-11-27", bologna.get("date").asText());
  }

  @Test
  void theIndexListsEventsNewestFirst() throws IOException {
    Document index = Jsoup.parse(site.read("index.html"));
    List<String> linked = new ArrayList<>();
    for (Element a : index.select("main a[href^=events/]")) {
      if (!linked.contains(a.attr("href"))) {
        linked.add(a.attr("href"));
      }
    }
    assertEquals(4, linked.size(), linked.toString());
    assertEquals(
        List.of(eventWith("wire/rescue-later.txt").get("url").asText(),
            eventWith("wire/rescue-agency.txt").get("url").asText()),
        linked.subList(0, 2), "dated events come newest first, undated ones after them");
  }

  @Test
  void theEventPageSaysWhyTheArticlesWereMergedAndWhoSaidWhat() throws IOException {
    String url = eventWith("wire/rescue-agency.txt").get("url").asText();
    Document page = Jsoup.parse(site.read(url));
    assertEquals(1, page.select("h1").size());
    String text = page.text();
    assertTrue(text.contains("We will not stop until every family is safe"), text);
    assertTrue(text.contains("Carlos Mazon"), text);
    assertTrue(text.contains("The Daily Courier"), text);
    assertTrue(text.contains("2024-10-29") || text.contains("29 October 2024"), text);
    assertTrue(text.toLowerCase(java.util.Locale.ROOT).contains("merged"), "no why-merged section: " + text);
    assertTrue(site.read(url.replaceFirst("\\.html$", ".md")).contains("Carlos Mazon"));
  }

  @Test
  void everyArticleHasAPageLinkingToItsEvent() throws IOException {
    for (JsonNode event : events.get("events")) {
      for (JsonNode article : event.get("articles")) {
        String url = article.get("url").asText();
        Document page = Jsoup.parse(site.read(url));
        String eventHref = "../" + event.get("url").asText();
        assertFalse(page.select("a[href=" + eventHref + "]").isEmpty(), url + " does not link to " + eventHref);
        assertTrue(Files.exists(site.site.resolve(url.replaceFirst("\\.html$", ".md"))), url);
      }
    }
  }

  @Test
  void filesThatAreNotArticlesAreSkippedWithTheirReasonAndTheRestIsBuilt() {
    assertTrue(problems.contains("skipped broken/empty.txt: empty file"), problems);
    assertTrue(problems.contains("skipped broken/picture.txt: binary file"), problems);
    assertTrue(console.contains("Read 5 articles from 7 files"), console);
    assertTrue(console.contains("skipped 2 files; 4 events"), console);
  }

  @Test
  void theSiteHasItsFeedSitemapAndSupportFiles() throws IOException {
    assertTrue(site.read("feed.xml").contains("<feed xmlns=\"http://www.w3.org/2005/Atom\""));
    // Built without --base-url: a sitemap needs absolute URLs, so there is none, nor a line for it.
    assertFalse(Files.exists(site.site.resolve("sitemap.xml")));
    assertTrue(site.read("robots.txt").contains("User-agent"));
    assertFalse(site.read("robots.txt").contains("Sitemap"));
    assertNotNull(Jsoup.parse(site.read("404.html")).selectFirst("h1"));
    assertFalse(site.read("assets/style.css").isBlank());
  }

  @Test
  void everyLinkIsRelativeAndLeadsToAFileOfTheSite() throws IOException {
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site.site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).toList();
    }
    Set<String> broken = new TreeSet<>();
    for (Path page : pages) {
      Document html = Jsoup.parse(Files.readString(page));
      for (Element link : html.select("a[href], link[href], img[src], script[src]")) {
        String target = link.hasAttr("href") ? link.attr("href") : link.attr("src");
        if (target.startsWith("http://") || target.startsWith("https://") || target.startsWith("#")
            || target.startsWith("mailto:")) {
          continue;
        }
        assertFalse(target.startsWith("/"), page + " links to the absolute path " + target);
        Path resolved = page.getParent().resolve(target.replaceFirst("#.*$", "")).normalize();
        if (!resolved.startsWith(site.site) || !Files.exists(resolved)) {
          broken.add(site.site.relativize(page) + " -> " + target);
        }
      }
    }
    assertEquals(Set.of(), broken);
  }

  @Test
  void aFileThatIsNotUtf8IsReadAsWindows1252AndKeepsItsAccents() throws IOException {
    JsonNode event = eventWith("misc/cafes-latin1.txt");
    assertTrue(event.get("date").isNull(), "no date is invented: " + event);
    String page = site.read(event.get("articles").get(0).get("url").asText());
    assertTrue(page.contains("Owners of 30 cafés protested in Lyon"), page);
  }

  @Test
  void anArticleWithoutHeadlineOrDateGetsATitleFromItsText() {
    JsonNode article = eventWith("misc/untitled.txt").get("articles").get(0);
    assertTrue(article.get("title").asText().startsWith("A fire destroyed a furniture warehouse"), article.toString());
    assertTrue(article.get("published").isNull(), article.toString());
    assertTrue(article.get("outlet").isNull(), article.toString());
  }

  @Test
  void withStrictASkippedFileGivesItsExitCodeAndTheSiteIsStillBuilt() throws IOException {
    assertEquals(ExitCodes.INPUT_SKIPPED, site.build("--strict", "--quiet"));
    assertEquals(4, new ObjectMapper().readTree(site.read("data/events.json")).get("events").size());
  }

  private JsonNode eventWith(String source) {
    for (JsonNode event : events.get("events")) {
      if (sources(event).contains(source)) {
        return event;
      }
    }
    throw new AssertionError("no event holds " + source + ": " + events.toPrettyString());
  }

  private static Set<String> sources(JsonNode event) {
    Set<String> sources = new TreeSet<>();
    event.get("articles").forEach(a -> sources.add(a.get("source").asText()));
    return sources;
  }
}
