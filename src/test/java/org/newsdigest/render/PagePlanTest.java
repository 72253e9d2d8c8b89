package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Event;

/** Page names: the slug of the headline, dated for events, numbered when taken. */
class PagePlanTest {
  @Test
  void planGivesDuplicateTitlesStableSuffixes() {
    Article a = DigestFixture.article("a.txt", "Same title", null, null, null, List.of(Block.paragraph("x")), List.of());
    Article b = DigestFixture.article("b.txt", "Same title", null, null, null, List.of(Block.paragraph("y")), List.of());
    Article c = DigestFixture.article("dir/c.txt", "!!!", null, null, null, List.of(Block.paragraph("z")), List.of());
    LocalDate day = LocalDate.of(2026, 1, 6);
    Event first = event("Same title", day, a);
    Event second = event("Same title", day, b);
    Event third = event("???", null, c);
    PagePlan plan = new PagePlan(new Digest(List.of(first, second, third)));
    assertEquals("2026-01-06-same-title", plan.eventId(first));
    assertEquals("2026-01-06-same-title-2", plan.eventId(second));
    assertEquals("event", plan.eventId(third));
    assertEquals("articles/same-title.html", plan.articlePage("a.txt", ".html"));
    assertEquals("articles/same-title-2.html", plan.articlePage("b.txt", ".html"));
    assertEquals("articles/c.md", plan.articlePage("dir/c.txt", ".md"));
  }

  private static Event event(String title, LocalDate date, Article article) {
    return new Event(title, date, null, null, List.of(), List.of(article), List.of(), List.of(),
        List.of(), List.of(), List.of(), null, null);
  }
}
