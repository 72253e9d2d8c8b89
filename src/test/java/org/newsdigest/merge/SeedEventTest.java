package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;

/**
 * The project's two seed articles (/work/shared/seeds), written by hand as the extract stage
 * should deliver them (abridged bodies), must merge into one event in Paris on 6 January 2026.
 */
class SeedEventTest {

  static final Article SEED_000 =
      ArticleFixture.parse(
          """
          source: 000_df0ed3eab8cf45f6.txt
          people: Emmanuel Macron / Macron = French President; Volodymyr Zelenskyy / Zelenskyy = Ukrainian President; Steve Witkoff; Jared Kushner
          places: Paris; Ukraine; Kyiv; Russia; Moscow
          date: 2026-01-06 | January 6, 2026
          fact: 35 | countries | | 35 countries
          fact: 27 | heads of state | | 27 heads of state
          fact: 20 | percent | approximately | approximately 20%
          quote: Emmanuel Macron | The aim is to ensure that Ukraine receives the security guarantees necessary to prevent future aggression,
          quote: Volodymyr Zelenskyy | I will not sign a peace deal that fails to deter Russia from invading again,
          ---
          Leaders from Ukraine’s top allies gathered in Paris on January 6, 2026, to discuss potential security guarantees for Kyiv amid ongoing peace negotiations with Russia. The high-level meeting brought together representatives from 35 countries, including 27 heads of state, as part of a broader effort to end the nearly four-year conflict through a United States-brokered peace plan.

          # Coalition of the Willing Aims to Strengthen Ukraine’s Security

          The meeting, dubbed the “coalition of the willing,” focused on developing a framework that could provide Ukraine with international guarantees in the event of a ceasefire with Russia. French President Emmanuel Macron, who hosted the meeting, expressed optimism that the talks could lay the groundwork for a lasting solution.

          “The aim is to ensure that Ukraine receives the security guarantees necessary to prevent future aggression,” Macron said during the summit in Paris.

          Senior U.S. negotiators, including Steve Witkoff and Jared Kushner, attended as part of broader efforts to align the positions of Ukraine, European allies, and the United States before taking proposals to Moscow.

          Russia, which currently occupies approximately 20% of Ukraine, continues to push for full control over eastern Ukraine’s Donbas region, particularly Luhansk and parts of Donetsk, where intense fighting continues.

          “I will not sign a peace deal that fails to deter Russia from invading again,” Zelenskyy said, underscoring Kyiv’s firm stance on territorial integrity.
          """);

  static final Article SEED_004 =
      ArticleFixture.parse(
          """
          source: 004_66b5c6b8bcaa92e1.txt
          title: Allies of Ukraine Convene in Paris to Discuss Security Guarantees, Path to Ending War
          published: 2026-01-06
          updated: 2026-01-09
          dateline: Paris, January 06 | Paris | 2026-01-06
          people: Emmanuel Macron / Macron = French President; Volodymyr Zelensky / Zelensky = Ukrainian President; Keir Starmer = UK Prime Minister; Friedrich Merz = German Chancellor; Vladimir Putin = President
          places: Paris; Ukraine; Kyiv; Russia; Washington; Moscow
          orgs: Kremlin
          date: 2026-01-06 | on Tuesday | relative
          fact: 35 | countries | approximately | approximately 35 countries
          fact: 27 | heads of state | | 27 heads of state
          ---
          Paris, January 06 (QNA) – European allies of Ukraine, alongside US envoys, convened in Paris on Tuesday to discuss potential security guarantees for Kyiv and to explore the structure of a multinational force in the event of a ceasefire agreement with Russia.

          The meeting, held under the banner of the “Coalition of the Willing,” represents a key step in European and US efforts to maintain a coordinated approach in supporting Ukraine, while pursuing intensified diplomatic efforts to end the conflict that has continued since 2022.

          French President Emmanuel Macron is scheduled to meet Ukrainian President Volodymyr Zelensky on the sidelines of the summit, alongside US representatives. The discussions will see participation from officials and leaders of approximately 35 countries, including 27 heads of state or government. Macron and Zelensky are expected to hold a joint press conference with UK Prime Minister Keir Starmer and German Chancellor Friedrich Merz at the conclusion of the summit.

          The summit comes amid stalled communications between Kyiv, Washington, and Moscow on key issues, including territorial claims. The Kremlin recently reinforced its positions following allegations of an attempted drone attack on President Vladimir Putin's residence.
          """);

  private final Event event = onlyEvent(new EventMerger().merge(List.of(SEED_004, SEED_000)));

  private static Event onlyEvent(List<Event> events) {
    assertEquals(1, events.size(), "the two seeds report one meeting");
    return events.get(0);
  }

  @Test
  void oneEventInParisOnTheSixthWithBothSources() {
    assertEquals(LocalDate.of(2026, 1, 6), event.date());
    assertEquals("Paris", event.place());
    assertEquals(DateEvidence.Kind.DATELINE, event.dateEvidence().kind());
    assertTrue(event.dateEvidence().quoted().startsWith("Paris, January 06"), String.valueOf(event.dateEvidence()));
    assertEquals("Allies of Ukraine Convene in Paris to Discuss Security Guarantees, Path to Ending War",
        event.title(), "the stated headline wins over the derived one");
    // Published first; the undated seed last.
    assertEquals(List.of("004_66b5c6b8bcaa92e1.txt", "000_df0ed3eab8cf45f6.txt"),
        event.articles().stream().map(Article::source).toList());
    assertEquals("2026-01-06", event.firstReported().iso());
    assertEquals("2026-01-09", event.lastUpdated().iso());
  }

  @Test
  void linkExplainsTheMerge() {
    assertEquals(1, event.links().size());
    MergeLink link = event.links().get(0);
    assertEquals(LocalDate.of(2026, 1, 6), link.evidence().firstDate(), link.evidence().toString());
    assertEquals(LocalDate.of(2026, 1, 6), link.evidence().secondDate());
    assertEquals("Paris", link.evidence().bothIn());
    assertEquals(List.of("Emmanuel Macron", "Volodymyr Zelenskyy"), link.evidence().people());
    assertTrue(link.evidence().textSimilarity() > 0 && link.evidence().textSimilarity() < 1);
  }

  @Test
  void zelenskyAndZelenskyyAreOneParticipant() {
    List<Participant> zelensky = event.participantsOf(EntityType.PERSON).stream()
        .filter(p -> p.name().startsWith("Volodymyr")).toList();
    assertEquals(1, zelensky.size());
    assertEquals(2, zelensky.get(0).sources().size());
    assertEquals("Ukrainian President", zelensky.get(0).role());
    assertTrue(zelensky.get(0).aliases().contains("Volodymyr Zelensky"));
  }

  @Test
  void theCountsOfCountriesAndOfHeadsOfStateAgree() {
    AlignedFact countries = fact("countries");
    assertEquals(2, countries.reports().size());
    assertFalse(countries.differs(), "35 countries and approximately 35 countries can both be true");
    AlignedFact heads = fact("heads of state");
    assertEquals(2, heads.reports().size());
    assertFalse(heads.differs());
    AlignedFact percent = fact("percent");
    assertEquals(1, percent.reports().size());
    assertFalse(percent.differs());
  }

  @Test
  void quotesGroupedBySpeaker() {
    List<String> speakers = event.quotes().stream().map(SpeakerQuotes::speaker).toList();
    assertEquals(List.of("Emmanuel Macron", "Volodymyr Zelenskyy"), speakers);
    assertEquals("French President", event.quotes().get(0).role());
  }

  @Test
  void summaryAndExclusivesComeFromBothSources() {
    assertTrue(event.summary().size() >= 2 && event.summary().size() <= 4);
    assertTrue(event.summary().stream().allMatch(s ->
        (s.source().startsWith("000") ? SEED_000 : SEED_004).bodyText().contains(s.text())),
        "summary sentences are verbatim");
    assertFalse(event.exclusives().isEmpty());
    assertTrue(event.exclusives().stream().allMatch(e -> e.sentences().size() <= 3));
  }

  private AlignedFact fact(String unit) {
    return event.facts().stream().filter(f -> f.unit().equals(unit)).findFirst().orElseThrow();
  }
}
