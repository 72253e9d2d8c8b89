package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.model.SyndicatedCopy;

/**
 * A wire story, the same story republished by a second outlet under its own headline with a
 * paragraph of its own, and an independent report: one event where the copy is coverage but not
 * a second witness.
 */
class SyndicatedCopiesTest {

  static final String WIRE_BODY =
      """
      TALLINN, May 14 (Baltic Wire) – A fire broke out on a passenger ferry crossing from Tallinn to Helsinki on Tuesday, forcing the crew to evacuate 412 passengers onto lifeboats in calm seas.

      The coast guard said all passengers were rescued within two hours and taken to the port of Tallinn, where 9 people were treated for smoke inhalation.

      "The crew acted quickly and nobody was seriously hurt," coast guard spokesman Mart Kask told reporters.

      The ferry operator said the fire started in the engine room and the cause was under investigation, adding that the vessel would stay out of service for at least a week.
      """;

  static final Article WIRE =
      ArticleFixture.parse(
          """
          source: wire/ferry.txt
          title: Ferry fire forces evacuation of 412 passengers off Estonia
          outlet: Baltic Wire
          published: 2025-05-14
          dateline: TALLINN, May 14 (Baltic Wire) | Tallinn | 2025-05-14
          people: Mart Kask = coast guard spokesman
          places: Tallinn; Helsinki
          fact: 412 | passengers | | 412 passengers
          fact: 9 | people | | 9 people
          quote: Mart Kask | The crew acted quickly and nobody was seriously hurt,
          ---
          """ + WIRE_BODY);

  /** The wire text with a new headline, a day later, and one paragraph of the outlet's own. */
  static final Article COPY =
      ArticleFixture.parse(
          """
          source: daily/ferry-evacuated.txt
          title: Hundreds rescued as blaze hits Helsinki ferry
          outlet: Helsinki Daily
          published: 2025-05-15
          dateline: TALLINN, May 14 (Baltic Wire) | Tallinn | 2025-05-14
          people: Mart Kask = coast guard spokesman
          places: Tallinn; Helsinki
          fact: 412 | passengers | | 412 passengers
          fact: 9 | people | | 9 people
          quote: Mart Kask | The crew acted quickly and nobody was seriously hurt,
          ---
          """ + WIRE_BODY
              + """

          Several Finnish travellers booked on the return crossing said they were offered refunds by the operator's helpline in Helsinki.
          """);

  static final Article INDEPENDENT =
      ArticleFixture.parse(
          """
          source: post/ferry.txt
          title: Passengers evacuated after ferry catches fire in Gulf of Finland
          outlet: Nordic Post
          published: 2025-05-14
          people: Mart Kask = coast guard spokesman
          places: Tallinn; Helsinki
          date: 2025-05-14 | on Tuesday | relative
          fact: 412 | passengers | about | about 412 passengers
          fact: 9 | people | | 9 people
          quote: Mart Kask | The crew acted quickly and nobody was seriously hurt
          ---
          Rescuers took about 412 passengers off a burning ferry in the Gulf of Finland on Tuesday after a fire broke out below deck on its way to Helsinki.

          Nine of them, 9 people in all, needed treatment in Tallinn for breathing in smoke, hospital officials said.

          Mart Kask of the coast guard said: "The crew acted quickly and nobody was seriously hurt."

          Investigators boarded the ship on Tuesday evening and the operator cancelled the next three sailings.
          """);

  private final Event event = onlyEvent(List.of(COPY, INDEPENDENT, WIRE));

  private static Event onlyEvent(List<Article> articles) {
    List<Event> events = new EventMerger().merge(articles);
    assertEquals(1, events.size(), "three reports of one ferry fire");
    return events.get(0);
  }

  @Test
  void theRepublishedWireStoryIsACopyOfTheWire() {
    assertEquals(1, event.copies().size());
    SyndicatedCopy copy = event.copies().get(0);
    assertEquals("daily/ferry-evacuated.txt", copy.source());
    assertEquals("wire/ferry.txt", copy.original());
    assertTrue(copy.containment() >= 0.95, "the whole wire text is in the copy");
    assertEquals("wire/ferry.txt", event.originalOf("daily/ferry-evacuated.txt"));
    assertEquals(List.of("post/ferry.txt", "wire/ferry.txt"),
        event.independentArticles().stream().map(Article::source).toList());
  }

  @Test
  void aCopyAddsNoAgreementToFacts() {
    AlignedFact people = event.facts().stream().filter(f -> f.unit().equals("people"))
        .findFirst().orElseThrow();
    assertEquals(List.of("post/ferry.txt", "wire/ferry.txt"),
        people.reports().stream().map(r -> r.source()).toList(),
        "two independent sources agree, not three");
    assertFalse(people.differs());
    AlignedFact passengers = event.facts().stream().filter(f -> f.unit().equals("passengers"))
        .findFirst().orElseThrow();
    assertEquals(2, passengers.reports().size(), "a copy that changed the number reports it");
    assertFalse(passengers.differs(), "412 and about 412 can both be true");
  }

  @Test
  void aQuoteInTheCopyIsNotASecondSource() {
    List<EventQuote> quotes = event.quotes().get(0).quotes();
    assertEquals(1, quotes.size());
    assertEquals(List.of("post/ferry.txt", "wire/ferry.txt"), quotes.get(0).sources());
  }

  @Test
  void theCopyHasNoExclusivesAndTheWireKeepsItsOwn() {
    List<String> withExclusives = event.exclusives().stream().map(Exclusive::source).toList();
    assertFalse(withExclusives.contains("daily/ferry-evacuated.txt"), withExclusives.toString());
    assertTrue(withExclusives.contains("wire/ferry.txt"),
        "the copy carries the wire's text but must not take away what only the wire reports");
  }

  @Test
  void theSummaryNeverQuotesTheCopy() {
    assertFalse(event.summary().isEmpty());
    for (SummarySentence s : event.summary()) {
      assertFalse(s.source().equals("daily/ferry-evacuated.txt"), s.text());
    }
    long distinct = event.summary().stream().map(SummarySentence::text).distinct().count();
    assertEquals(event.summary().size(), distinct);
  }

  @Test
  void theDateCountsIndependentSourcesOnly() {
    assertEquals("2025-05-14", event.date().toString());
    assertEquals(2, event.dateEvidence().agreeing());
    assertEquals(2, event.dateEvidence().sources());
    assertTrue(event.dateEvidence().independentOnly(), "copies are not counted as sources");
  }

  @Test
  void withoutItsOriginalTheCopyIsOrdinaryCoverage() {
    Event pair = onlyEvent(List.of(COPY, INDEPENDENT));
    assertTrue(pair.copies().isEmpty());
    assertEquals(2, pair.independentArticles().size());
  }
}
