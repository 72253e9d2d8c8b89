package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.SummarySentence;

class SummaryPickerTest {
  private static final Article WIRE =
      ArticleFixture.parse(
          """
          source: wire/flood.txt
          title: Floods cut rail links across northern Italy
          published: 2024-10-18
          dateline: MILAN, Oct 18 (Reuters) | Milan | 2024-10-18
          places: Milan
          ---
          MILAN, Oct 18 (Reuters) – Heavy rain flooded rail lines across northern Italy on Friday, stranding thousands of commuters around Milan.

          The national rail operator said services between Milan and Bologna would stay suspended until Saturday morning.
          """);

  @Test
  void datelineAgencyAndDashAreDroppedFromTheSentence() {
    assertEquals(
        "Heavy rain flooded rail lines across northern Italy on Friday, stranding thousands of"
            + " commuters around Milan.",
        SummaryPicker.withoutDateline(WIRE, WIRE.sentences().get(0).text()));
  }

  @Test
  void sentencesWithoutTheDatelineStayVerbatim() {
    String second = WIRE.sentences().get(1).text();
    assertEquals(second, SummaryPicker.withoutDateline(WIRE, second));
    Article undated = ArticleFixture.parse("""
        source: web/x.txt
        title: Something
        ---
        MILAN, Oct 18 (Reuters) – A sentence that only looks like a wire story opening here.
        """);
    String first = undated.sentences().get(0).text();
    assertEquals(first, SummaryPicker.withoutDateline(undated, first), "no dateline, no change");
  }

  @Test
  void mergedSummaryNeverOpensWithTheDatelineAndStaysVerbatimOtherwise() {
    List<SummarySentence> summary = new EventMerger().merge(List.of(WIRE)).get(0).summary();
    assertFalse(summary.isEmpty());
    for (SummarySentence s : summary) {
      assertFalse(s.text().startsWith("MILAN"), s.text());
      assertFalse(s.text().startsWith("–"), s.text());
      assertTrue(WIRE.bodyText().contains(s.text()), s.text());
    }
  }

  @Test
  void seedSummaryDropsTheQnaDateline() {
    List<SummarySentence> summary =
        new EventMerger()
            .merge(List.of(SeedEventTest.SEED_000, SeedEventTest.SEED_004))
            .get(0)
            .summary();
    assertFalse(summary.isEmpty(), "an empty summary would drop the dateline trivially");
    assertTrue(summary.stream().noneMatch(s -> s.text().startsWith("Paris, January 06")));
  }

  private static final Article PORT_A =
      ArticleFixture.parse(
          """
          source: a/port.txt
          title: Dockworkers strike shuts Rotterdam container terminals
          outlet: Harbour News
          published: 2025-09-03
          places: Rotterdam; Netherlands
          ---
          Dockworkers walked out at Rotterdam's container terminals on Wednesday, halting the loading of ships at Europe's largest port in a dispute over automation.

          The union said the strike would last 48 hours unless terminal operators agreed to guarantees on jobs threatened by automated cranes.

          Dozens of container ships were waiting at anchor off the coast by the evening, the port authority said.

          A local bakery near the terminals said it sold more coffee than usual to striking workers.
          """);

  private static final Article PORT_B =
      ArticleFixture.parse(
          """
          source: b/port.txt
          title: Rotterdam port paralysed as dockers strike over automation
          outlet: Freight Daily
          published: 2025-09-03
          places: Rotterdam
          ---
          A strike by dockworkers paralysed the container terminals of Rotterdam, Europe's largest port, on Wednesday as unions protested against automation.

          Terminal operators said talks with the union on job guarantees had broken down on Tuesday night.

          Shipping lines warned customers of delays of up to a week for cargo bound for Germany and Belgium.
          """);

  private static final Article PORT_C =
      ArticleFixture.parse(
          """
          source: c/port.txt
          title: Strike halts Rotterdam container terminals
          outlet: Europe Wire
          published: 2025-09-03
          places: Rotterdam
          ---
          Container terminals in Rotterdam, Europe's largest port, stood still on Wednesday as dockworkers went on strike over automation.

          The 48-hour walkout follows months of failed talks between the union and terminal operators over automated cranes.

          The port authority said dozens of ships were waiting at anchor.
          """);

  @Test
  void aMultiSourceSummaryIsCentralSpreadOverSourcesAndLinked() {
    List<org.newsdigest.model.Event> events =
        new EventMerger().merge(List.of(PORT_C, PORT_A, PORT_B));
    assertEquals(1, events.size());
    List<SummarySentence> summary = events.get(0).summary();
    assertEquals(SummaryPicker.sizeFor(3), summary.size(), "three sources give four sentences");
    java.util.Map<String, Article> bySource = java.util.Map.of(
        "a/port.txt", PORT_A, "b/port.txt", PORT_B, "c/port.txt", PORT_C);
    for (SummarySentence s : summary) {
      assertTrue(bySource.get(s.source()).bodyText().contains(s.text()),
          "verbatim and linked to the source that said it: " + s.text());
      assertFalse(s.text().contains("bakery"), "a side detail is not central: " + s.text());
    }
    assertTrue(summary.stream().map(SummarySentence::source).distinct().count() >= 2,
        "the summary speaks for several sources");
    String first = summary.get(0).text();
    assertTrue(List.of(PORT_A, PORT_B, PORT_C).stream()
            .anyMatch(a -> a.sentences().get(0).text().equals(first)),
        "the most central sentence is a source's lead: " + first);
  }

  @Test
  void theSummaryNeverRepeatsADerivedTitle() {
    Article untitled =
        ArticleFixture.parse(
            """
            source: web/port.txt
            published: 2025-09-03
            places: Rotterdam
            ---
            Dockworkers walked out at Rotterdam's container terminals on Wednesday, halting the loading of ships at Europe's largest port.

            The union said the strike would last 48 hours unless terminal operators agreed to guarantees on jobs.

            Dozens of container ships were waiting at anchor off the coast by the evening, the port authority said.

            Shipping lines warned customers of delays of up to a week for cargo bound for Germany.
            """);
    org.newsdigest.model.Event event = new EventMerger().merge(List.of(untitled)).get(0);
    assertTrue(untitled.titleDerived());
    assertFalse(event.summary().isEmpty());
    for (SummarySentence s : event.summary()) {
      assertFalse(org.newsdigest.text.TextWords.fold(s.text()).startsWith(org.newsdigest.text.TextWords.fold(event.title())),
          "the page shows the title right above: " + s.text());
    }
    assertEquals(3, event.summary().size(), "the three other sentences");
  }

  @Test
  void repeatingTheTitleMeansAddingNothingToIt() {
    Terms terms = new Terms();
    assertTrue(SummaryPicker.repeatsTitle(
        "Dockworkers walked out at Rotterdam's container terminals on Wednesday, halting ships.",
        "Dockworkers walked out at Rotterdam's container terminals on Wednesday…", terms),
        "a headline cut from the sentence");
    assertTrue(SummaryPicker.repeatsTitle(
        "Strike halts Rotterdam container terminals, officials said.",
        "Strike halts Rotterdam container terminals", terms));
    assertFalse(SummaryPicker.repeatsTitle(
        "Dockworkers walked out at Rotterdam's container terminals on Wednesday over automation.",
        "Strike halts Rotterdam container terminals", terms),
        "a lead that says more than the headline stays");
  }

  @Test
  void theSummaryGrowsWithTheEventFromThreeToFive() {
    assertEquals(List.of(3, 3, 4, 4, 5, 5),
        java.util.stream.IntStream.of(1, 2, 3, 5, 6, 40).map(SummaryPicker::sizeFor).boxed()
            .toList());
  }

  @Test
  void aSummaryStatesANumberOrAQuoteOnce() {
    Article a = ArticleFixture.parse("""
        source: a/fire.txt
        title: Warehouse fire in Millbrook
        published: 2025-05-02
        fact: 1000000 | dollars | | $1 million
        ---
        A fire destroyed a warehouse in Millbrook on Thursday night, causing $1 million in damage.

        Fire chief Dana Ruiz said the blaze was "the worst we have seen in years" at the site.

        Firefighters from three towns fought the flames for six hours before the roof collapsed.
        """);
    Article b = ArticleFixture.parse("""
        source: b/fire.txt
        title: Millbrook warehouse destroyed by fire
        published: 2025-05-02
        fact: 1000000 | dollars | approximately | an estimated $1 million
        ---
        The Millbrook warehouse fire on Thursday caused an estimated $1 million in damage, officials said.

        "The worst we have seen in years," fire chief Dana Ruiz said of the warehouse blaze.

        Police have not said what started the fire, which burned through the night.
        """);
    List<SummarySentence> summary = new EventMerger().merge(List.of(a, b)).get(0).summary();
    long damage = summary.stream().filter(s -> s.text().contains("$1 million")).count();
    long worst = summary.stream().filter(s -> s.text().contains("worst we have seen")).count();
    assertEquals(1, damage, "the damage once: " + summary);
    assertTrue(worst <= 1, "the chief's words once: " + summary);
  }

  private static Article obituary(String source, String lead, String second, String third) {
    return ArticleFixture.parse("source: " + source + "\ntitle: Singer Mara Lind dies at 81\n"
        + "published: 2025-03-14\nplaces: Lisbon\n---\n" + lead + "\n\n" + second + "\n\n" + third + "\n");
  }

  @Test
  void whatEverySourceLeadsWithIsSaidOnceAndThePageMovesOn() {
    List<Article> sources = List.of(
        obituary("a/lind.txt",
            "Singer Mara Lind died in a Lisbon hospital on Thursday at the age of 81, her agent said.",
            "Lind recorded more than thirty albums of fado and toured Japan eleven times.",
            "The Portuguese president called her the voice of a generation."),
        obituary("b/lind.txt",
            "Mara Lind, the fado singer whose records sold millions, has died in Lisbon, her agent said.",
            "Lind was born in Porto in 1944 and sang in taverns as a teenager.",
            "A public wake will be held at the national theatre on Sunday."),
        obituary("c/lind.txt",
            "Fado singer Mara Lind died on Thursday in Lisbon, aged 81.",
            "Lind's last album, recorded in 2019, was a duet with her granddaughter.",
            "She had been treated for heart failure since January."));
    List<SummarySentence> summary = new EventMerger().merge(sources).get(0).summary();
    long deaths = summary.stream().filter(s -> s.text().contains(" died") || s.text().contains("has died"))
        .count();
    assertEquals(1, deaths, "the death once, then what else the sources report: " + summary);
    assertTrue(summary.stream().noneMatch(s -> s.text().startsWith("She ")),
        "a sentence leaning on a pronoun loses its person beside other sources' sentences: " + summary);
  }
}
