package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.SummarySentence;

class EventMergerTest {
  private final EventMerger merger = new EventMerger();

  private static Article article(String source, String published, String title, String body) {
    return ArticleFixture.parse("source: " + source + "\n"
        + (published == null ? "" : "published: " + published + "\n")
        + "title: " + title + "\n---\n" + body + "\n");
  }

  @Test
  void eventsNewestFirstUndatedLast() {
    List<Event> events = merger.merge(List.of(
        article("old.txt", "2020-01-01", "Volcano erupts on remote island", "Lava poured from the volcano for hours."),
        article("none.txt", null, "Orchestra announces new conductor", "The orchestra named a young conductor."),
        article("new.txt", "2024-05-05", "Marathon record falls in Berlin", "A runner broke the course record in Berlin.")));
    assertEquals(List.of("new.txt", "old.txt", "none.txt"),
        events.stream().map(e -> e.articles().get(0).source()).toList());
    assertNull(events.get(2).date());
    assertTrue(events.get(0).links().isEmpty(), "an event of one article has no links");
    assertTrue(events.get(0).exclusives().isEmpty());
  }

  @Test
  void emptyInputGivesNoEventsAndBadInputIsNamed() {
    assertTrue(merger.merge(List.of()).isEmpty());
    Article a = article("a.txt", null, "Title here", "Body text.");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> merger.merge(List.of(a, a)));
    assertTrue(e.getMessage().contains("a.txt"));
  }

  @Test
  void summaryIsVerbatimSkipsQuestionsAndFragments() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        title: Storm floods coastal towns in Brittany
        published: 2023-11-02
        ---
        A violent storm flooded several coastal towns in Brittany on Thursday, cutting power to thousands of homes.

        # What happens next?

        Will the sea walls hold? Short line here. Emergency crews evacuated residents from low-lying streets as waves broke over the sea walls.

        Forecasters expect the storm to weaken by Friday evening as it moves east.
        """);
    List<SummarySentence> summary = merger.merge(List.of(a)).get(0).summary();
    assertFalse(summary.isEmpty());
    assertTrue(summary.size() <= 4);
    for (SummarySentence s : summary) {
      assertTrue(a.bodyText().contains(s.text()), s.text());
      assertFalse(s.text().endsWith("?"));
      assertTrue(SentenceFilter.wordCount(s.text()) >= 6);
      assertEquals("a.txt", s.source());
    }
    assertTrue(summary.get(0).text().startsWith("A violent storm"), "the lead is most central");
  }
}
