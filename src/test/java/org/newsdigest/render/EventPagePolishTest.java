package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.FactReport;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Page;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SummarySentence;

/**
 * What a reader sees of an event covered by a named outlet, a site known only by its address and
 * two sources that name nobody: labels, fact agreement, who and where, the index teaser.
 */
class EventPagePolishTest {
  private static final String AGENCY = "agency.txt";
  private static final String WEB = "web.html";
  private static final String BARE_1 = "bare-1.txt";
  private static final String BARE_2 = "bare-2.txt";
  private static final String PAGE = "events/2026-02-10-flood-closes-river-port.html";

  private static Digest digest() {
    Moment day = Moment.ofDay(LocalDate.of(2026, 2, 10));
    Article agency = DigestFixture.article(AGENCY, "Flood closes river port", "QNA", day, null,
        List.of(Block.paragraph("The port closed.")), List.of());
    // The read stage names a page that states no outlet by its address's host (extract.Outlets).
    Article web = DigestFixture.article(WEB, "River port shut by flood", "example-news.com", day,
        "https://www.example-news.com/flood?id=7", List.of(Block.paragraph("The port shut.")), List.of());
    Article bare1 = DigestFixture.article(BARE_1, "Officials from the port authority said the water rose overnight",
        null, day, "javascript:alert(1)", List.of(Block.paragraph("Water rose.")), List.of());
    Article bare2 = DigestFixture.article(BARE_2, "Port closed", " ", day, null,
        List.of(Block.paragraph("Closed.")), List.of());
    List<Participant> participants = new ArrayList<>();
    participants.add(person("Ada Moor", null, List.of(AGENCY)));
    participants.add(person("Ben Ito", "Port Director", List.of(AGENCY, WEB, BARE_1)));
    participants.add(new Participant("organisation:port-authority", EntityType.ORGANISATION, "Port Authority",
        List.of(), null, List.of(AGENCY, WEB)));
    for (int i = 1; i <= 11; i++) {
      participants.add(new Participant("place:town-" + i, EntityType.PLACE, "Town " + i, List.of(), null,
          i == 11 ? List.of(AGENCY, WEB) : List.of(AGENCY)));
    }
    Event flood = new Event("Flood closes river port", LocalDate.of(2026, 2, 10), null, "Town 11",
        participants, List.of(agency, web, bare1, bare2),
        List.of(new SummarySentence("The river port closed on Tuesday after a flood.", AGENCY),
            new SummarySentence("Water rose two metres overnight.", BARE_1),
            new SummarySentence("Ships were sent to other ports along the coast for the rest of the week.", WEB)),
        List.of(
            new AlignedFact("ships", List.of(report(AGENCY, "40 ships", 40)), false),
            new AlignedFact("metres", List.of(report(AGENCY, "2 metres", 2), report(BARE_1, "two metres", 2)), false),
            new AlignedFact("workers", List.of(report(WEB, "300 workers", 300), report(BARE_2, "250 workers", 250)), true)),
        List.of(), List.of(new Exclusive(BARE_2, List.of("Schools stayed open."))), List.of(), day, day);
    return new Digest(List.of(flood));
  }

  private static Participant person(String name, String role, List<String> sources) {
    return new Participant("person:" + name, EntityType.PERSON, name, List.of(), role, sources);
  }

  private static FactReport report(String source, String wording, int value) {
    return new FactReport(source, wording, BigDecimal.valueOf(value), null, wording + " were counted.");
  }

  private static Map<String, String> site() {
    Map<String, String> site = new TreeMap<>();
    for (Page page : SiteRenderer.builder().build().render(digest())) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    return site;
  }

  @Test
  void sourcesAreLabelledByOutletThenHostThenNumberedNeverByHeadline() {
    Document page = Jsoup.parse(site().get(PAGE));
    assertEquals(List.of("QNA", "example-news.com", "Unnamed source 1", "Unnamed source 2"),
        page.select(".sources li .outlet").eachText());
    assertEquals(List.of("[QNA]", "[Unnamed source 1]", "[example-news.com]"), page.select(".summary a.cite").eachText());
    assertEquals("Only in Unnamed source 2", page.selectFirst(".exclusive h2").text());
    assertFalse(page.select("main").text().contains("Reported by Officials"), "a headline is not a label");
    assertTrue(page.selectFirst(".sources").text().contains("Officials from the port authority"),
        "the sources list still shows every headline");
    assertTrue(page.selectFirst(".facts-line").text().contains("4 sources from 2 outlets and 2 unnamed sources"));
  }

  @Test
  void articleMetaLineHasNoDanglingSeparatorAndNamesTheHost() {
    Map<String, String> site = site();
    Element web = Jsoup.parse(site.get("articles/river-port-shut-by-flood.html")).selectFirst("p.meta");
    assertEquals("example-news.com · 10 February 2026", web.text());
    Element bare = Jsoup.parse(site.get("articles/port-closed.html")).selectFirst("p.meta");
    assertEquals("10 February 2026", bare.text());
  }

  @Test
  void aConflictSaysWhatEachSourceStates() {
    Element differs = Jsoup.parse(site().get(PAGE)).selectFirst("tr[data-differs=true]");
    assertTrue(differs.text().contains("Sources differ: 300 workers vs 250 workers"), differs.text());
  }

  @Test
  void theCoverageGridOfAHandfulOfSourcesShowsOpenAndOfMoreWaitsToBeOpened() {
    assertNotNull(Jsoup.parse(site().get(PAGE)).selectFirst("section.coverage details[open]"),
        "four sources: open");
    Moment day = Moment.ofDay(LocalDate.of(2026, 3, 1));
    List<Article> articles = new ArrayList<>();
    for (int i = 1; i <= CoverageView.OPEN_UP_TO + 1; i++) {
      articles.add(DigestFixture.article("s" + i + ".txt", "Storm report " + i, "Outlet " + i, day,
          null, List.of(Block.paragraph("A storm.")), List.of()));
    }
    Event storm = new Event("Storm hits coast", LocalDate.of(2026, 3, 1), null, null, List.of(),
        articles, List.of(new SummarySentence("A storm hit the coast.", "s1.txt")), List.of(),
        List.of(), List.of(), List.of(), day, day);
    Map<String, String> site = new TreeMap<>();
    for (Page rendered : SiteRenderer.builder().build().render(new Digest(List.of(storm)))) {
      site.put(rendered.path(), new String(rendered.content(), StandardCharsets.UTF_8));
    }
    Document page = Jsoup.parse(site.get("events/2026-03-01-storm-hits-coast.html"));
    Element grid = page.selectFirst("section.coverage details.grid");
    assertNotNull(grid);
    assertFalse(grid.hasAttr("open"), "six sources: the grid waits to be opened");
    assertTrue(grid.selectFirst("summary").text().contains("6 sources"), grid.text());
  }

  @Test
  void amongMoreThanTwoSourcesANumberOnlyOneGivesIsLeftToItsSource() {
    Document page = Jsoup.parse(site().get(PAGE));
    assertTrue(page.select("tr[data-agreement=single]").isEmpty(),
        "four sources: '40 ships' from one of them is not a key fact");
    Element agree = page.selectFirst("tr[data-agreement=agree]");
    assertTrue(agree.text().contains("2 sources agree"), agree.text());
    Element differs = page.selectFirst("tr[data-differs=true]");
    assertTrue(differs.text().contains("Sources differ"), differs.text());
    assertEquals(1, page.select("tr[data-differs=true]").size());
  }

  @Test
  void aFactFromOneOfTwoSourcesSaysWhoAloneStatesIt() {
    Moment day = Moment.ofDay(LocalDate.of(2026, 2, 10));
    Article agency = DigestFixture.article(AGENCY, "Flood closes river port", "QNA", day, null,
        List.of(Block.paragraph("The port closed.")), List.of());
    Article web = DigestFixture.article(WEB, "River port shut by flood", "example-news.com", day,
        "https://www.example-news.com/flood", List.of(Block.paragraph("The port shut.")), List.of());
    Event flood = new Event("Flood closes river port", LocalDate.of(2026, 2, 10), null, null, List.of(),
        List.of(agency, web), List.of(new SummarySentence("The river port closed.", AGENCY)),
        List.of(new AlignedFact("ships", List.of(report(AGENCY, "40 ships", 40)), false)),
        List.of(), List.of(), List.of(), day, day);
    String html = null;
    String md = null;
    for (Page page : SiteRenderer.builder().build().render(new Digest(List.of(flood)))) {
      if (page.path().equals(PAGE)) {
        html = new String(page.content(), StandardCharsets.UTF_8);
      } else if (page.path().equals(PAGE.replace(".html", ".md"))) {
        md = new String(page.content(), StandardCharsets.UTF_8);
      }
    }
    Element single = Jsoup.parse(html).selectFirst("tr[data-agreement=single]");
    assertNotNull(single);
    assertTrue(single.text().contains("Only in QNA"), single.text());
    assertFalse(single.text().contains("agree"), single.text());
    assertEquals("false", single.attr("data-differs"));
    assertTrue(md.contains("Only in QNA"), md);
  }

  @Test
  void whoAndWhereGroupsPeopleOrganisationsAndPlacesMostMentionedFirst() {
    Element who = Jsoup.parse(site().get(PAGE)).selectFirst("dl.who");
    assertNotNull(who);
    assertEquals(List.of("People", "Organisations", "Places"), who.select("dt").eachText());
    assertEquals(List.of("Ben Ito, Port Director", "Ada Moor"), who.select(".people li").eachText());
    Element places = who.select("dd").get(2);
    String shown = places.selectFirst(".names").text();
    assertTrue(shown.startsWith("Town 11, Town 1, Town 2"), "most-mentioned first: " + shown);
    assertEquals(WhoAndWhere.NAMES_SHOWN, shown.split(", ").length);
    assertEquals("and 3 more", places.selectFirst("details summary").text());
    assertEquals(0, who.select("li .tag").size());
  }

  @Test
  void indexCardHasCoverageOutletsAndAShortTeaser() {
    Element card = Jsoup.parse(site().get("index.html")).selectFirst(".event-card");
    assertEquals("Flood closes river port", card.selectFirst("h2 a").text());
    assertEquals("Town 11", card.selectFirst(".place").text());
    assertEquals("4 sources from 2 outlets and 2 unnamed sources", card.selectFirst(".coverage").text());
    assertEquals("QNA, example-news.com", card.selectFirst(".outlets").text());
    assertEquals("The river port closed on Tuesday after a flood. Water rose two metres overnight.",
        card.selectFirst(".teaser").text());
  }

  @Test
  void markdownPageSaysWhatTheHtmlPageSays() {
    String md = site().get(PAGE.replace(".html", ".md"));
    Document rendered = Jsoup.parse(new ArticleMarkdown().html(md));
    String text = rendered.text();
    for (String expected : List.of("2 sources agree", "Sources differ", "Only in Unnamed source 2",
        "Ben Ito, Port Director", "Places: Town 11, Town 1", "Town 10",
        "4 sources from 2 outlets and 2 unnamed sources", "Unnamed source 1: Officials from the port authority")) {
      assertTrue(text.contains(expected), expected + " missing from " + md);
    }
    assertFalse(md.contains("| ---"), "no table of sentences in plain text");
  }
}
