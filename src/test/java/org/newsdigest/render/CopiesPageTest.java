package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Event;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Page;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.model.SyndicatedCopy;

/**
 * An event told by a wire, two outlets that republished the wire and one independent report:
 * the page, the index card and events.json say which sources are copies and of what.
 */
class CopiesPageTest {
  private static final String WIRE = "wire/fire.txt";
  private static final String REPRINT_1 = "daily/fire.txt";
  private static final String REPRINT_2 = "herald/fire.txt";
  private static final String OWN = "post/fire.txt";
  private static final String PAGE = "events/2026-04-02-warehouse-fire-in-ghent.html";

  private static Digest digest() {
    Moment day = Moment.ofDay(LocalDate.of(2026, 4, 2));
    Article wire = DigestFixture.article(WIRE, "Warehouse fire in Ghent", "Belga Wire", day, null,
        List.of(Block.paragraph("A warehouse burned in Ghent.")), List.of());
    Article reprint1 = DigestFixture.article(REPRINT_1, "Blaze destroys Ghent warehouse",
        "Ghent Daily", day, null, List.of(Block.paragraph("A warehouse burned in Ghent.")),
        List.of());
    Article reprint2 = DigestFixture.article(REPRINT_2, "Ghent warehouse burns", "The Herald", day,
        null, List.of(Block.paragraph("A warehouse burned in Ghent.")), List.of());
    Article own = DigestFixture.article(OWN, "Firefighters battle Ghent blaze", "Flemish Post",
        day, null, List.of(Block.paragraph("Firefighters fought all night.")), List.of());
    Event fire = new Event("Warehouse fire in Ghent", LocalDate.of(2026, 4, 2), null, "Ghent",
        List.of(), List.of(wire, reprint1, reprint2, own),
        List.of(new SummarySentence("A warehouse burned in Ghent.", WIRE)),
        List.of(), List.of(), List.of(), List.of(), day, day,
        List.of(new SyndicatedCopy(REPRINT_1, WIRE, 1.0), new SyndicatedCopy(REPRINT_2, WIRE, 0.93)));
    return new Digest(List.of(fire));
  }

  private static Map<String, String> site() {
    Map<String, String> site = new TreeMap<>();
    for (Page page : SiteRenderer.builder().siteTitle("Test").build().render(digest())) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    return site;
  }

  private final Map<String, String> site = site();

  private static final String COVERAGE =
      "4 sources from 4 outlets, 2 of them copies of Belga Wire";

  @Test
  void coverageSaysHowManySourcesAreCopiesAndOfWhat() {
    Document page = Jsoup.parse(site.get(PAGE));
    assertTrue(page.select("dl.facts-line dd").text().contains(COVERAGE),
        page.select("dl.facts-line").text());
    Document index = Jsoup.parse(site.get("index.html"));
    assertEquals(COVERAGE, index.selectFirst(".event-card .coverage").text(),
        "the index card counts copies apart from independent sources");
  }

  @Test
  void theSourcesListMarksEachCopyWithItsOriginal() {
    Document page = Jsoup.parse(site.get(PAGE));
    List<Element> items = page.select("ol.sources > li");
    assertEquals(4, items.size(), "copies stay listed: they are coverage");
    List<Element> copies = page.select("ol.sources > li.copy");
    assertEquals(2, copies.size());
    for (Element copy : copies) {
      assertEquals(WIRE, copy.attr("data-copy-of"));
      Element of = copy.selectFirst(".copy-of a");
      assertNotNull(of, copy.outerHtml());
      assertEquals("copy of Belga Wire", copy.selectFirst(".copy-of").text().replaceAll("[()]", ""));
      assertTrue(of.attr("href").endsWith(".html"), of.attr("href"));
    }
    assertNull(page.selectFirst("ol.sources > li:not(.copy) .copy-of"),
        "independent sources are not marked");
    String markdown = site.get(PAGE.replace(".html", ".md"));
    assertTrue(markdown.contains("Ghent Daily: [Blaze destroys Ghent warehouse]"), markdown);
    assertTrue(markdown.contains("— copy of [Belga Wire]("), markdown);
    String ownLine = markdown.lines().filter(l -> l.contains("Flemish Post: ")).findFirst()
        .orElseThrow();
    assertFalse(ownLine.contains("copy of"), ownLine);
  }

  @Test
  void eventsJsonNamesTheOriginalOfEachCopy() throws IOException {
    JsonNode articles =
        new ObjectMapper().readTree(site.get("data/events.json")).get("events").get(0)
            .get("articles");
    assertEquals(4, articles.size());
    for (JsonNode article : articles) {
      String source = article.get("source").asText();
      JsonNode copyOf = article.get("copyOf");
      if (source.equals(REPRINT_1) || source.equals(REPRINT_2)) {
        assertEquals(WIRE, copyOf.asText(), source);
      } else {
        assertTrue(copyOf.isNull(), source);
      }
    }
  }

  @Test
  void coverageWordsForOneCopyAndForSeveralOriginals() {
    Event fire = digest().events().get(0);
    Event oneCopy = new Event(fire.title(), fire.date(), null, null, List.of(), fire.articles(),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(new SyndicatedCopy(REPRINT_1, WIRE, 1.0)));
    assertEquals("4 sources from 4 outlets, 1 of them a copy of Belga Wire",
        labels(oneCopy).coverage());
    assertEquals(3, labels(oneCopy).independentCount());
    Event twoOriginals = new Event(fire.title(), fire.date(), null, null, List.of(),
        fire.articles(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(new SyndicatedCopy(REPRINT_1, WIRE, 1.0), new SyndicatedCopy(REPRINT_2, OWN, 0.9)));
    assertEquals("4 sources from 4 outlets, 2 of them copies of Belga Wire and Flemish Post",
        labels(twoOriginals).coverage());
    assertEquals("4 sources from 4 outlets", labels(new Event(fire.title(), fire.date(),
        null, null, List.of(), fire.articles(), List.of(), List.of(), List.of(), List.of(),
        List.of(), null, null)).coverage(), "no copies, no words about them");
  }

  /** The labels of the event's sources as a build names them, with the event's entity table. */
  private static SourceLabels labels(Event event) {
    return SourceLabels.of(event, EntityTableBuilder.build(List.of(event)), Messages.english());
  }
}
