package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

/** The benchmark's stress set: events years apart packed into a few weeks. */
class RedatedTest {

  @Test
  void eventsMoveByWholeWeeksIntoTheWindowEachWithAllItsReports() {
    List<Article> articles = new ArrayList<>();
    Map<String, String> gold = new TreeMap<>();
    String[] days = {"2010-05-03", "2013-11-20", "2019-01-02"};
    for (int e = 0; e < days.length; e++) {
      for (int r = 0; r < 2; r++) {
        String source = "e" + e + "-r" + r + ".txt";
        LocalDate day = LocalDate.parse(days[e]).plusDays(r);
        articles.add(ArticleFixture.parse("source: " + source + "\ntitle: Report\npublished: "
            + day + "\ndateline: PARIS, x | Paris | " + day + "\ndate: " + day
            + " | on Monday | relative\n---\nSomething happened on Monday.\n"));
        gold.put(source, "event-" + e);
      }
    }
    List<Article> packed = Redated.packed(articles, gold, 2);
    LocalDate first = LocalDate.parse(days[0]);
    for (int i = 0; i < articles.size(); i++) {
      Article before = articles.get(i);
      Article after = packed.get(i);
      long moved = ChronoUnit.DAYS.between(before.published().date(), after.published().date());
      assertEquals(0, moved % 7, "whole weeks, so weekdays still agree: " + after.source());
      assertEquals(moved, ChronoUnit.DAYS.between(before.dateline().date(),
          after.dateline().date()));
      assertEquals(moved, ChronoUnit.DAYS.between(before.dates().get(0).date(),
          after.dates().get(0).date()));
      assertTrue(!after.published().date().isBefore(first)
          && after.published().date().isBefore(first.plusWeeks(2).plusDays(7)),
          after.source() + " lands in the two weeks: " + after.published());
      // both reports of an event move together
      assertEquals(1, ChronoUnit.DAYS.between(packed.get(i - i % 2).published().date(),
          packed.get(i - i % 2 + 1).published().date()));
    }
  }
}
