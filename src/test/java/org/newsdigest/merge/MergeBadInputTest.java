package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Event;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Sentence;

/**
 * Bad input from issue 4: articles with no date, no entities, no body or identical text,
 * thousands with one headline, one huge article. The merge must keep every article in exactly
 * one event and stay bounded (no timing assertions: a quadratic merge would take minutes here).
 */
class MergeBadInputTest {
  private final EventMerger merger = new EventMerger();

  private static Article article(String source, LocalDate published, String title, String body) {
    List<Block> blocks = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    if (!body.isEmpty()) {
      blocks.add(Block.paragraph(body));
      sentences.add(new Sentence(body, 0));
    }
    return new Article(source, InputFormat.TEXT, title, false, null, null,
        published == null ? null : Moment.ofDay(published), null, null, null, null, List.of(),
        blocks, sentences, List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private static void assertEveryArticleOnce(List<Article> articles, List<Event> events) {
    Set<String> seen = new TreeSet<>();
    int total = 0;
    for (Event event : events) {
      for (Article a : event.articles()) {
        assertTrue(seen.add(a.source()), a.source() + " is in two events");
        total++;
      }
    }
    assertEquals(articles.size(), total);
    assertEquals(articles.size(), seen.size());
  }

  @Test
  void noDateNoEntitiesNoBodyAndIdenticalTextEachLandOnce() {
    String text = "The council approved the new budget after a long debate on schools.";
    List<Article> articles = List.of(
        article("undated.txt", null, "Council approves budget", text),
        article("copy-a.txt", LocalDate.of(2025, 3, 4), "Council approves budget", text),
        article("copy-b.txt", LocalDate.of(2025, 3, 4), "Council approves budget", text),
        article("empty.txt", LocalDate.of(2025, 3, 4), "Untitled", ""),
        article("empty-undated.txt", null, "Untitled", ""));
    List<Event> events = merger.merge(articles);
    assertEveryArticleOnce(articles, events);
    Event copies = events.stream()
        .filter(e -> e.articles().stream().anyMatch(a -> a.source().equals("copy-a.txt")))
        .findFirst().orElseThrow();
    assertTrue(copies.articles().stream().anyMatch(a -> a.source().equals("copy-b.txt")),
        "identical dated texts are one event");
  }

  @Test
  void thousandsOfArticlesWithOneHeadlineFinish() {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      // one headline, one date; bodies differ in one number only
      articles.add(article(String.format("same/%04d.txt", i), LocalDate.of(2025, 1, 1 + i % 28),
          "Breaking news update", "Officials gave update number " + i + " to reporters."));
    }
    List<Event> events = merger.merge(articles);
    assertEveryArticleOnce(articles, events);
  }

  @Test
  void oneHugeArticleAmongOrdinaryOnes() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      huge.append("word").append(i).append(i % 7 == 0 ? ". " : " ");
    }
    List<Article> articles = List.of(
        article("huge.txt", LocalDate.of(2025, 6, 1), "A very long report", huge.toString()),
        article("small-a.txt", LocalDate.of(2025, 6, 1), "Bridge reopens", "The bridge reopened."),
        article("small-b.txt", LocalDate.of(2025, 6, 1), "Bridge reopens", "The bridge reopened."));
    List<Event> events = merger.merge(articles);
    assertEveryArticleOnce(articles, events);
    assertEquals(2, events.size(), "the huge article stands alone, the two bridge reports join");
  }

  @Test
  void twoHundredVerbatimCopiesOfOneArticleAreOneEvent() {
    // more copies than the blocking's posting cap: every word of the text is "common"
    String text = "Firefighters contained a warehouse blaze in the harbour district overnight.";
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      articles.add(article(String.format("wire/%03d.txt", i), LocalDate.of(2025, 5, 2),
          "Warehouse blaze contained", text));
    }
    articles.add(article("other.txt", LocalDate.of(2025, 5, 2), "Council approves budget",
        "The council approved the budget after a long debate on schools."));
    List<Event> events = merger.merge(articles);
    assertEveryArticleOnce(articles, events);
    assertEquals(2, events.size(), "the copies are one event, the other article its own");
    assertTrue(events.stream().anyMatch(e -> e.articles().size() == 200));
  }

  @Test
  void twoMegabyteArticleStandsAloneAndTheOthersStillMerge() {
    StringBuilder huge = new StringBuilder();
    for (int i = 0; huge.length() < 2_000_000; i++) {
      huge.append("Paragraph ").append(i).append(" reports item ").append(i % 5000)
          .append(" of the inventory audit. ");
    }
    List<Article> articles = List.of(
        article("huge.txt", LocalDate.of(2025, 6, 1), "Inventory audit", huge.toString()),
        article("a.txt", LocalDate.of(2025, 6, 1), "Ferry strike ends", "The ferry strike ended."),
        article("b.txt", LocalDate.of(2025, 6, 1), "Ferry strike ends", "The ferry strike ended."));
    List<Event> events = merger.merge(articles);
    assertEveryArticleOnce(articles, events);
    assertEquals(2, events.size());
  }
}
