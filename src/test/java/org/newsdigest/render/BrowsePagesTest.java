package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Page;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;

/**
 * Entity, archive and tag pages over hand-built digests: name variants folded across events,
 * slight names kept off pages, long lists paginated with rel=prev/next, hostile names escaped.
 */
class BrowsePagesTest {
  private final SiteRenderer renderer = SiteRenderer.builder().build();

  private static Article article(String source, String outlet, LocalDate day, List<String> tags) {
    return new Article(source, InputFormat.TEXT, "Report " + source, false, Outlet.stated(outlet), null,
        Moment.ofDay(day), null, null, "en", null, tags, List.of(Block.paragraph("Text of " + source)),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static Participant person(String key, String name, List<String> aliases, String... sources) {
    return new Participant(key, EntityType.PERSON, name, aliases, "Mayor", List.of(sources));
  }

  private static Event event(String title, LocalDate day, List<Participant> people,
      List<SpeakerQuotes> quotes, Article... articles) {
    return new Event(title, day, null, "Lisbon", people, List.of(articles), List.of(), List.of(),
        quotes, List.of(), List.of(), null, null);
  }

  private static Map<String, String> site(List<Page> pages) {
    Map<String, String> site = new TreeMap<>();
    for (Page page : pages) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    return site;
  }

  /** Three events naming one mayor three ways, and a one-off name that gets no page. */
  private Map<String, String> variants() {
    Article a1 = article("a1.txt", "Harbour Times", LocalDate.of(2024, 12, 2), List.of("Politics"));
    Article a2 = article("a2.txt", "harbour times", LocalDate.of(2024, 12, 2), List.of());
    Article b1 = article("b1.txt", "Harbour Times", LocalDate.of(2024, 10, 5), List.of("politics"));
    Article c1 = article("c1.txt", null, LocalDate.of(2024, 9, 1), List.of());
    Event december = event("Bridge opens", LocalDate.of(2024, 12, 2),
        List.of(person("person:maria-keller", "Maria Keller", List.of("Keller"), "a1.txt", "a2.txt"),
            person("person:tom-once", "Tom Once", List.of(), "a1.txt")),
        List.of(new SpeakerQuotes("Maria Keller", "person:maria-keller", "Mayor",
            List.of(new EventQuote("The bridge is open to all.", List.of("a1.txt"))))),
        a1, a2);
    Event october = event("Budget passes", LocalDate.of(2024, 10, 5),
        List.of(person("person:maria-keller", "MARIA KELLER", List.of(), "b1.txt")), List.of(), b1);
    Event september = event("Council meets", LocalDate.of(2024, 9, 1),
        List.of(person("person:keller", "Keller", List.of(), "c1.txt")), List.of(), c1);
    return site(renderer.render(new Digest(List.of(december, october, september))));
  }

  @Test
  void oneMayorNamedThreeWaysHasOnePageListingHerThreeEventsNewestFirst() {
    Map<String, String> site = variants();
    Document page = Jsoup.parse(site.get("people/maria-keller.html"));
    assertEquals("Maria Keller", page.selectFirst("h1").text(), "mixed case before shouted");
    assertEquals(List.of("Bridge opens", "Budget passes", "Council meets"),
        page.select(".appearances h3 a").eachText());
    assertTrue(page.text().contains("3 events, named by 4 articles"), page.text());
    assertTrue(page.text().contains("The bridge is open to all."), "what she said");
    assertTrue(page.text().contains("As Mayor"), page.text());
    assertFalse(site.containsKey("people/keller.html"), "the surname alone joins the full name");
  }

  @Test
  void aNameNamedOnceIsListedOnTheIndexWithoutAPage() {
    Map<String, String> site = variants();
    assertFalse(site.containsKey("people/tom-once.html"));
    Document index = Jsoup.parse(site.get("people/index.html"));
    assertTrue(index.text().contains("Tom Once"), index.text());
    assertEquals(List.of("../people/maria-keller.html"), index.select(".entries a[href$=keller.html]").eachAttr("href"));
    Document event = Jsoup.parse(site.get("events/2024-12-02-bridge-opens.html"));
    assertEquals("../people/maria-keller.html",
        event.select(".who a:containsOwn(Maria Keller)").attr("href"));
    assertEquals("../people/maria-keller.html", event.select("[data-speaker] h3 a").attr("href"));
    assertTrue(event.select(".who a:containsOwn(Tom Once)").isEmpty(), "no link to a page that is not there");
  }

  @Test
  void outletsAndTagsFoldTheirSpellingsAndLinkBack() {
    Map<String, String> site = variants();
    Document outlet = Jsoup.parse(site.get("outlets/harbour-times.html"));
    assertTrue(outlet.text().contains("3 articles in 2 events"), outlet.text());
    assertEquals(3, outlet.select(".headlines a[href^=../articles/]").size());
    Document event = Jsoup.parse(site.get("events/2024-12-02-bridge-opens.html"));
    assertEquals(2, event.select(".sources a[href=../outlets/harbour-times.html]").size());
    Document tag = Jsoup.parse(site.get("tags/politics.html"));
    assertEquals(List.of("Bridge opens", "Budget passes"), tag.select(".event-card h2 a").eachText());
    Document article = Jsoup.parse(site.get("articles/report-a1-txt.html"));
    assertEquals("../tags/politics.html", article.select(".details a:containsOwn(Politics)").attr("href"));
    assertEquals("../outlets/harbour-times.html", article.select(".meta .outlet a").attr("href"));
  }

  @Test
  void theArchiveCountsEventsByYearAndMonth() {
    Map<String, String> site = variants();
    Document archive = Jsoup.parse(site.get("archive/index.html"));
    assertEquals(List.of("December", "October", "September"), archive.select(".months a").eachText());
    assertTrue(archive.select("#year-2024").text().contains("3 events"), archive.text());
    assertTrue(site.containsKey("archive/2024/12.html") && site.containsKey("archive/2024/12.md"));
    assertFalse(site.containsKey("archive/undated.html"), "no page for an empty list");
    assertTrue(site.get("people/maria-keller.md").contains("[Bridge opens](../events/2024-12-02-bridge-opens.md)"));
  }

  @Test
  void theNavigationMarksTheCurrentSection() {
    Map<String, String> site = variants();
    Document person = Jsoup.parse(site.get("people/maria-keller.html"));
    assertEquals(List.of("People"), person.select("header [aria-current]").eachText());
    assertEquals("true", person.selectFirst("header [aria-current]").attr("aria-current"));
    Document people = Jsoup.parse(site.get("people/index.html"));
    assertEquals("page", people.selectFirst("header [aria-current]").attr("aria-current"));
    assertEquals(List.of("Events"), Jsoup.parse(site.get("index.html")).select("header [aria-current]").eachText());
  }

  @Test
  void longListsArePaginatedWithRelPrevAndNext() {
    List<Event> events = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      LocalDate day = LocalDate.of(2025, 3, 1).plusDays(i % 28);
      String source = "s" + i + ".txt";
      events.add(event("Story number " + i, day,
          List.of(person("person:maria-keller", "Maria Keller", List.of(), source)), List.of(),
          article(source, "Harbour Times", day, List.of("city"))));
    }
    Map<String, String> site = site(renderer.render(new Digest(events)));
    for (String stem : List.of("", "archive/2025/03/", "people/maria-keller/", "tags/city/",
        "outlets/harbour-times/")) {
      assertTrue(site.containsKey(stem + "page/2.html"), stem);
      assertTrue(site.containsKey(stem + "page/3.html"), stem);
      assertFalse(site.containsKey(stem + "page/4.html"), stem);
    }
    Document first = Jsoup.parse(site.get("index.html"));
    assertEquals(50, first.select(".event-card").size());
    assertEquals("page/2.html", first.select("head link[rel=next]").attr("href"));
    assertTrue(first.select("head link[rel=prev]").isEmpty());
    Document middle = Jsoup.parse(site.get("people/maria-keller/page/2.html"));
    assertEquals("../../../people/maria-keller.html", middle.select("head link[rel=prev]").attr("href"));
    assertEquals("../../../people/maria-keller/page/3.html", middle.select("head link[rel=next]").attr("href"));
    assertTrue(middle.select(".pager").text().contains("Page 2 of 3"), middle.select(".pager").text());
    assertEquals(50, middle.select(".appearances > li").size());
    Document last = Jsoup.parse(site.get("archive/2025/03/page/3.html"));
    assertEquals(20, last.select(".event-card").size());
    assertTrue(last.select("head link[rel=next]").isEmpty());
    assertNotNull(last.selectFirst("a[rel=prev]"));
  }

  @Test
  void hostileNamesAreEscapedAndNeverReserveAFolderPage() {
    Article a = article("x.txt", "<b>Evil</b>", LocalDate.of(2025, 1, 1), List.of("<i>tag</i>"));
    Article b = article("y.txt", "<b>Evil</b>", LocalDate.of(2025, 1, 1), List.of());
    Event event = event("Evil", LocalDate.of(2025, 1, 1),
        List.of(person("person:x", "<script>alert(1)</script>", List.of(), "x.txt", "y.txt"),
            person("person:index", "Index", List.of(), "x.txt", "y.txt")),
        List.of(), a, b);
    Map<String, String> site = site(renderer.render(new Digest(List.of(event))));
    site.forEach((path, content) -> {
      if (path.endsWith(".html")) {
        assertFalse(content.contains("<script>alert"), path);
        assertFalse(content.contains("<b>Evil"), path);
        assertFalse(content.contains("<i>tag"), path);
      }
    });
    assertTrue(site.get("people/index.html").contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertTrue(site.containsKey("people/index-2.html"), "a person called Index gets her own page");
    assertTrue(Jsoup.parse(site.get("people/index.html")).selectFirst("h1").text().equals("People"));
    assertNull(Jsoup.parse(site.get("people/index.html")).selectFirst("p:containsOwn(None named yet)"));
  }
}
