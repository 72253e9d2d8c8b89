package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;

/**
 * One storm reported by articles that do not say who published them in a Source line: a text
 * file in a folder named after its host, a saved page that names its site, a text dump that
 * gives only its address, a folder with an outlet file, and one whose folder says nothing but
 * whose address the user's own outlet list names. Every source gets its outlet on the site.
 */
class OutletsSiteTest {
  private static final String STORM = "A storm flooded the harbour of Kirkwall on Monday,"
      + " forcing the ferry to Aberdeen to stay in port, the harbour master said.\n\n"
      + "About 40 homes near the pier were evacuated as waves broke over the sea wall.\n";

  @Test
  void everySourceGetsAnOutletAndNoneIsUnnamed(@TempDir Path dir) throws IOException {
    SiteFixture site = storm(new SiteFixture(dir));
    assertEquals(ExitCodes.OK, site.build("--no-cache"), site.err());

    assertTrue(site.out().startsWith("Read 5 articles from 5 files"),
        "outlets.tsv and outlet.txt are not articles: " + site.out());
    assertTrue(site.err().contains("outlets.tsv line 3: expected a host, a tab, then the outlet's"
        + " name"), "a malformed line is named with its file and line: " + site.err());
    Map<String, String> outlets = outletsBySource(site);
    assertEquals(Map.of(
        "bbc.co.uk/kirkwall-storm.txt", "BBC News",
        "pages/kirkwall.html", "The Orcadian",
        "dumps/0042.txt", "The Guardian",
        "gazette/storm.txt", "Aberdeen Gazette",
        "misc/storm-wire.txt", "Orkney Radio"), outlets);

    StringBuilder sources = new StringBuilder();
    try (Stream<Path> pages = Files.list(site.site.resolve("events"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
        String html = Files.readString(page);
        assertFalse(html.contains("Unnamed source"), page + " names an unnamed source");
        sources.append(Jsoup.parse(html).select("ol.sources").text()).append('\n');
      }
    }
    assertTrue(sources.toString().contains("BBC News (broadcaster): Storm floods"), sources.toString());
    assertTrue(sources.toString().contains("Aberdeen Gazette (newspaper): "), sources.toString());
    assertTrue(sources.toString().contains("The Orcadian: "), "no kind when none is known: " + sources);
  }

  @Test
  void anEditedOutletListChangesTheOutletsOfCachedArticles(@TempDir Path dir) throws IOException {
    SiteFixture site = storm(new SiteFixture(dir));
    String cache = dir.resolve("cache").toString();
    assertEquals(ExitCodes.OK, site.build("--cache", cache), site.err());
    assertEquals("Orkney Radio", outletsBySource(site).get("misc/storm-wire.txt"));

    site.file("outlets.tsv", "orkney-radio.example\tRadio Orkney\tGB\tbroadcaster\n"
        + "bbc.co.uk\tBBC Scotland\tGB\tbroadcaster\n");
    assertEquals(ExitCodes.OK, site.build("--cache", cache), site.err());
    assertTrue(site.out().contains("from cache"), "the articles come from the cache: " + site.out());
    Map<String, String> outlets = outletsBySource(site);
    assertEquals("Radio Orkney", outlets.get("misc/storm-wire.txt"));
    assertEquals("BBC Scotland", outlets.get("bbc.co.uk/kirkwall-storm.txt"),
        "the user's line wins over the shipped one");

    Files.delete(site.seeds.resolve("outlets.tsv"));
    Files.delete(site.seeds.resolve("gazette/outlet.txt"));
    assertEquals(ExitCodes.OK, site.build("--cache", cache), site.err());
    outlets = outletsBySource(site);
    assertEquals("news.orkney-radio.example", outlets.get("misc/storm-wire.txt"),
        "without the list, the bare host");
    assertEquals("BBC News", outlets.get("bbc.co.uk/kirkwall-storm.txt"));
    assertEquals("Unnamed source", outlets.getOrDefault("gazette/storm.txt", "Unnamed source"));
  }

  private static SiteFixture storm(SiteFixture site) throws IOException {
    site.file("bbc.co.uk/kirkwall-storm.txt", "Storm floods Kirkwall harbour\n\n"
        + "Published on January 12, 2026\n\n" + STORM);
    site.file("pages/kirkwall.html", "<!DOCTYPE html><html lang=en><head><meta charset=utf-8>"
        + "<title>Storm floods Kirkwall harbour | The Orcadian</title>"
        + "<meta property=og:site_name content=\"The Orcadian\">"
        + "<meta property=article:published_time content=2026-01-12T18:00:00Z></head><body>"
        + "<article><h1>Storm floods Kirkwall harbour</h1><p>" + STORM.replace("\n\n", "</p><p>")
        + "</p></article></body></html>");
    site.file("dumps/0042.txt", "https://www.theguardian.com/uk-news/2026/jan/12/kirkwall-storm\n\n"
        + "Storm floods Kirkwall harbour as ferry stays in port\n\n" + STORM);
    site.file("gazette/outlet.txt", "name: Aberdeen Gazette\ncountry: GB\nkind: newspaper\n");
    site.file("gazette/storm.txt", "Kirkwall harbour flooded by storm\n\n" + STORM);
    site.file("misc/storm-wire.txt", "URL: https://news.orkney-radio.example/kirkwall-storm\n\n"
        + "Storm in Kirkwall\n\n" + STORM);
    site.file("outlets.tsv", "# our local outlets\norkney-radio.example\tOrkney Radio\tGB\tbroadcaster\n"
        + "a line without a tab\n");
    return site;
  }

  private static Map<String, String> outletsBySource(SiteFixture site) throws IOException {
    JsonNode events = new ObjectMapper().readTree(site.read("data/events.json"));
    Map<String, String> outlets = new TreeMap<>();
    for (JsonNode event : events.get("events")) {
      for (JsonNode article : event.get("articles")) {
        if (!article.get("outlet").isNull()) {
          outlets.put(article.get("source").asText(), article.get("outlet").asText());
        }
      }
    }
    return outlets;
  }
}
