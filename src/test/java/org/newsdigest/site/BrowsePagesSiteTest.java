package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;

/**
 * One build over two events that share a person and an outlet: a bridge opening reported by two
 * outlets, and a strike two months later reported by one of them, where the same mayor speaks.
 * The person's and the outlet's pages list both events and link to them, and the events link
 * back.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowsePagesSiteTest {
  private static final String BRIDGE = "events/2024-10-02-lisbon-opens-its-new-river-bridge.html";
  private static final String STRIKE = "events/2024-12-10-dock-workers-strike-at-porto-harbour.html";

  SiteFixture site;

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    site = new SiteFixture(dir);
    site.file("harbour/bridge.md", """
        ---
        title: "Lisbon opens its new river bridge"
        date: 2024-10-02
        source: Harbour Times
        tags: [transport, Lisbon]
        ---
        Mayor Maria Keller opened the new Tagus river bridge in Lisbon on Wednesday, in front of \
        about 3,000 residents.

        "This bridge belongs to every family in the city," Keller said at the ceremony.

        The bridge cost 240 million euros and took four years to build.
        """);
    site.file("coast/bridge.md", """
        ---
        title: "Thousands cheer as Lisbon bridge opens"
        date: 2024-10-02
        source: Coast Post
        tags: [Transport]
        ---
        Thousands of residents watched Mayor Maria Keller open the new Tagus river bridge in \
        Lisbon on Wednesday.

        "This bridge belongs to every family in the city," Maria Keller told the crowd.

        Officials said the bridge cost 240 million euros.
        """);
    site.file("harbour/strike.md", """
        ---
        title: "Dock workers strike at Porto harbour"
        date: 2024-12-10
        source: HARBOUR TIMES
        tags: [labour]
        ---
        Dock workers at the port of Porto walked out on Tuesday over pay, halting cargo traffic \
        for the day.

        Lisbon mayor Maria Keller, visiting Porto, urged both sides to return to talks. "Nobody \
        wins a long strike," Keller said.

        The union said 800 workers joined the strike.
        """);
    assertEquals(ExitCodes.OK, site.build("--quiet"), site.err());
  }

  private Document html(String path) throws IOException {
    return Jsoup.parse(site.read(path));
  }

  @Test
  void thePersonPageListsBothEventsNewestFirstWithWhatSheSaid() throws IOException {
    Document person = html("people/maria-keller.html");
    assertEquals("Maria Keller", person.selectFirst("h1").text());
    assertEquals(List.of("../" + STRIKE, "../" + BRIDGE), person.select(".appearances h3 a").eachAttr("href"));
    assertTrue(person.text().contains("2 events, named by 3 articles"), person.text());
    assertTrue(person.text().contains("Nobody wins a long strike"), person.text());
    assertTrue(site.read("people/maria-keller.md").contains("(../" + STRIKE.replace(".html", ".md") + ")"));
  }

  @Test
  void theOutletSpelledTwoWaysIsOneOutletWithBothEvents() throws IOException {
    Document outlet = html("outlets/harbour-times.html");
    assertEquals("Harbour Times", outlet.selectFirst("h1").text(), "not the shouted spelling");
    assertEquals(List.of("../" + STRIKE, "../" + BRIDGE), outlet.select(".appearances h3 a").eachAttr("href"));
    assertTrue(outlet.text().contains("2 articles in 2 events"), outlet.text());
    Document index = html("outlets/index.html");
    assertEquals(List.of("Coast Post", "Harbour Times"), index.select(".entries a").eachText());
    assertFalse(Files.exists(site.site.resolve("outlets/harbour-times-2.html")));
  }

  @Test
  void eventAndArticlePagesLinkToThePersonOutletAndTags() throws IOException {
    for (String event : List.of(BRIDGE, STRIKE)) {
      Document page = html(event);
      assertFalse(page.select(".who a[href=../people/maria-keller.html]").isEmpty(), event);
      assertFalse(page.select(".sources a[href=../outlets/harbour-times.html]").isEmpty(), event);
      assertFalse(page.select("[data-speaker] h3 a[href=../people/maria-keller.html]").isEmpty(), event);
    }
    Document article = html("articles/lisbon-opens-its-new-river-bridge.html");
    assertFalse(article.select(".details a[href=../people/maria-keller.html]").isEmpty());
    assertFalse(article.select(".details a[href=../tags/transport.html]").isEmpty());
    Document tag = html("tags/transport.html");
    assertEquals(List.of("../" + BRIDGE), tag.select(".event-card h2 a").eachAttr("href"));
    assertTrue(tag.text().contains("(2 articles)"), "Transport and transport are one tag: " + tag.text());
  }

  @Test
  void theArchiveHasAPagePerMonthAndEveryIndexIsInTheNavigation() throws IOException {
    Document archive = html("archive/index.html");
    assertEquals(List.of("../archive/2024/12.html", "../archive/2024/10.html"),
        archive.select(".months a").eachAttr("href"));
    assertEquals(List.of("../../" + BRIDGE), html("archive/2024/10.html").select(".event-card h2 a").eachAttr("href"));
    Document index = html("index.html");
    assertEquals(List.of("Events", "People", "Places", "Organisations", "Outlets", "Timeline",
            "Archive", "Search"),
        index.select("header .sections a").eachText());
    for (String href : index.select("header .sections a").eachAttr("href")) {
      assertTrue(Files.isRegularFile(site.site.resolve(href)), href);
    }
  }
}
