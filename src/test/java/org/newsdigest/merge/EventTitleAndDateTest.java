package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.Event;

/**
 * The event's title and date come from the evidence of all its sources, not from whichever
 * article was published first: here the first report carries the outlying headline and date.
 */
class EventTitleAndDateTest {

  /** Published first, with a side-story headline and a dateline a day off. */
  private static final String FIRST =
      """
      source: a-first.txt
      title: Residents count the cost in mountain villages
      published: 2025-08-11
      dateline: SANTIAGO, Aug 10 | Santiago | 2025-08-10
      places: Santiago; Chile; Talca
      ---
      SANTIAGO, Aug 10 – A strong earthquake of magnitude 6.1 shook central Chile, killing two people near Talca and damaging hundreds of homes, officials said.

      Emergency services said power was cut across the Maule region and several roads were blocked by landslides.

      In the villages above Talca, families slept outdoors for fear of aftershocks.
      """;

  private static final String SECOND =
      """
      source: b-second.txt
      title: Magnitude 6.1 earthquake strikes central Chile, killing two
      published: 2025-08-12
      places: Chile; Talca
      date: 2025-08-11 | on Monday | relative
      ---
      A magnitude 6.1 earthquake struck central Chile on Monday, killing two people near Talca and damaging hundreds of homes, the emergency office said.

      Power was cut across the Maule region and landslides blocked several roads, emergency services said.
      """;

  private static final String THIRD =
      """
      source: c-third.txt
      title: Earthquake kills two in central Chile
      published: 2025-08-12
      places: Chile; Talca
      date: 2025-08-11 | on Monday | relative
      ---
      An earthquake of magnitude 6.1 killed two people in central Chile on Monday and damaged hundreds of homes around Talca, officials said.

      Landslides blocked roads in the Maule region, where power was cut for hours, emergency services said.
      """;

  private static Event onlyEvent(String... articles) {
    List<Event> events = new EventMerger().merge(
        java.util.Arrays.stream(articles).map(ArticleFixture::parse).toList());
    assertEquals(1, events.size(), "reports of one earthquake");
    return events.get(0);
  }

  @Test
  void theTitleIsTheMostCentralStatedHeadlineNotTheFirstPublished() {
    Event event = onlyEvent(FIRST, SECOND, THIRD);
    assertEquals("a-first.txt", event.articles().get(0).source(), "the outlier is published first");
    assertFalse(event.title().startsWith("Residents"), event.title());
    assertTrue(event.title().contains("arthquake"), event.title());
  }

  @Test
  void theDateIsTheOneMostEvidenceAgreesOnWithItsEvidenceInWords() {
    Event event = onlyEvent(FIRST, SECOND, THIRD);
    assertEquals(LocalDate.of(2025, 8, 11), event.date(),
        "two lead dates (2 + 2) outweigh one dateline (3)");
    assertEquals(new DateEvidence(DateEvidence.Kind.LEAD, "on Monday", LocalDate.of(2025, 8, 12), 2, 3, false),
        event.dateEvidence());
  }

  @Test
  void onEqualWeightTheDateMoreSourcesGiveWins() {
    // The dateline (3) against a lead date (2) plus a publication day (1): a tie in weight,
    // which two sources break against one, whatever the calendar order.
    String undatedThird = THIRD.replace("date: 2025-08-11 | on Monday | relative\n", "")
        .replace("published: 2025-08-12", "published: 2025-08-11");
    Event event = onlyEvent(FIRST, SECOND, undatedThird);
    assertEquals(LocalDate.of(2025, 8, 11), event.date(), String.valueOf(event.dateEvidence()));
    assertEquals(2, event.dateEvidence().agreeing());
    assertEquals(3, event.dateEvidence().sources());
  }

  @Test
  void aStatedHeadlineOfSensibleLengthBeatsALabel() {
    String label = SECOND.replace(
        "title: Magnitude 6.1 earthquake strikes central Chile, killing two", "title: Chile quake");
    Event event = onlyEvent(label, THIRD);
    assertEquals("Earthquake kills two in central Chile", event.title());
    assertTrue(EventAssembler.sensibleLength("Earthquake kills two in central Chile"));
    assertFalse(EventAssembler.sensibleLength("Chile quake"));
  }

  @Test
  void aStatedHeadlineBeatsADerivedOne() {
    String derived = SECOND.replace(
        "title: Magnitude 6.1 earthquake strikes central Chile, killing two\n", "");
    Event event = onlyEvent(derived, THIRD);
    assertEquals("Earthquake kills two in central Chile", event.title());
  }
}
