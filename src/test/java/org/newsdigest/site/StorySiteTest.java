package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * One build over a case followed for months (a factory fire, the owner's arrest, the trial) and
 * an unrelated fire of the same kind: the three form a storyline on the timeline page and link
 * to each other from their event pages; the other fire stays out.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StorySiteTest {
  SiteFixture site;

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    site = new SiteFixture(dir);
    site.file("fire.txt", """
        Deadly Blaze Destroys Textile Factory in Dunmore

        Published on March 3, 2025

        Dunmore, March 3 (Wire) – A fire destroyed the Harcourt Textiles factory in Dunmore on \
        Monday, killing four workers, fire officials said.

        The factory owner, Victor Harcourt, said he was devastated by the deaths.

        Investigators from the Dunmore Fire Service said the blaze began in a storage room.
        """);
    site.file("arrest.txt", """
        Businessman Victor Harcourt Detained on Manslaughter Suspicion

        Published on May 14, 2025

        Dunmore, May 14 (Wire) – Police detained businessman Victor Harcourt on Wednesday on \
        suspicion of manslaughter over the March blaze at his textile plant.

        Prosecutor Helen Marsh said locked exits had trapped the victims.
        """);
    site.file("trial.txt", """
        Manslaughter Trial of Victor Harcourt Opens

        Published on September 8, 2025

        Dunmore, September 8 (Wire) – The manslaughter trial of Victor Harcourt over the Harcourt \
        Textiles factory fire opened on Monday.

        Prosecutor Helen Marsh told the court that the fire exits had been locked.
        """);
    site.file("other-fire.txt", """
        Fire Guts Warehouse in Portview

        Published on June 12, 2025

        Portview, June 12 (Wire) – A fire gutted a furniture warehouse in Portview on Thursday, \
        injuring two firefighters.

        Fire chief Nadia Okafor said the cause was under investigation.
        """);
    assertEquals(0, site.build(), site.err());
  }

  private Document page(String path) throws IOException {
    return Jsoup.parse(site.read(path));
  }

  private String eventPage(String titleWord) throws IOException {
    try (Stream<Path> files = Files.list(site.site.resolve("events"))) {
      return files.map(p -> "events/" + p.getFileName())
          .filter(p -> p.endsWith(".html") && p.contains(titleWord))
          .findFirst().orElseThrow(() -> new AssertionError("no event page with " + titleWord));
    }
  }

  @Test
  void theTimelineShowsTheCaseOldestFirstAndNotTheOtherFire() throws IOException {
    Document timeline = page("timeline.html");
    List<Element> stories = timeline.select("section.story");
    assertEquals(1, stories.size(), timeline.select("main").text());
    List<String> titles = stories.get(0).select("ol.timeline > li a.title").eachText();
    assertEquals(3, titles.size(), titles.toString());
    assertTrue(titles.get(0).contains("Blaze"), titles.toString());
    assertTrue(titles.get(1).contains("Detained"), titles.toString());
    assertTrue(titles.get(2).contains("Trial"), titles.toString());
    assertEquals(List.of("2025-03-03", "2025-05-14", "2025-09-08"),
        stories.get(0).select("ol.timeline > li > time").eachAttr("datetime"));
    assertFalse(timeline.text().contains("Portview"));
    assertTrue(stories.get(0).text().contains("Victor Harcourt"), "says who links the story");
    // Each story has its own page, linked from the timeline, and the Markdown twin exists.
    String storyUrl = stories.get(0).selectFirst("h2 a").attr("href");
    assertTrue(storyUrl.startsWith("timeline/") && storyUrl.endsWith(".html"), storyUrl);
    assertEquals(3, page(storyUrl).select("ol.timeline > li").size());
    assertTrue(site.read("timeline.md").contains("Victor Harcourt"));
  }

  @Test
  void eventPagesLinkEarlierAndLaterEventsOfTheStory() throws IOException {
    Document arrest = page(eventPage("detained"));
    Element nav = arrest.selectFirst("nav.story-nav");
    assertNotNull(nav, "the arrest's page has no story block");
    assertEquals("Earlier in this story", nav.select("h3").get(0).text());
    assertEquals("Later in this story", nav.select("h3").get(1).text());
    Element earlier = nav.select("ol").get(0);
    assertEquals("2025-03-03", earlier.selectFirst("time").attr("datetime"));
    assertTrue(earlier.selectFirst("a").attr("href").startsWith("../events/2025-03-03-"));
    assertTrue(nav.select("ol").get(1).text().contains("Trial"));
    // The first event has only later ones; the unrelated fire has no story block at all.
    Document fire = page(eventPage("blaze"));
    assertEquals(List.of("Later in this story"), fire.select("nav.story-nav h3").eachText());
    assertEquals(2, fire.select("nav.story-nav li").size());
    assertTrue(page(eventPage("portview")).select("nav.story-nav").isEmpty());
    assertTrue(site.read(eventPage("detained").replace(".html", ".md"))
        .contains("Earlier in this story"));
  }

  @Test
  void everyPageLinksToTheTimeline() throws IOException {
    assertEquals("timeline.html",
        page("index.html").select("header nav a").stream()
            .filter(a -> a.text().equals("Timeline")).findFirst().orElseThrow().attr("href"));
  }
}
