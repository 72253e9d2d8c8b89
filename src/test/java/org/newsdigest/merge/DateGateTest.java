package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

/**
 * One happening, one date: the gate over articles with given event dates. Sure dates come from
 * a dateline, publication-only dates are known but not sure.
 */
class DateGateTest {
  private static final MergeSettings SETTINGS = MergeSettings.defaults(); // 2 / 30 days, 75 %

  /** An article with a sure event date (a dateline) or only a publication day. */
  private static Article report(int n, String day, boolean sure) {
    String header = "source: " + n + ".txt\ntitle: Report " + n + "\npublished: " + day + "\n"
        + (sure ? "dateline: PARIS, x | Paris | " + day + "\n" : "");
    return ArticleFixture.parse(header + "---\nSomething happened in the city.\n");
  }

  private static DateGate.Days days(List<Article> articles) {
    Corpus corpus = new Corpus(articles);
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < corpus.size(); i++) {
      all.add(i);
    }
    return DateGate.Days.of(corpus, all);
  }

  @Test
  void sureDatesTwoDaysApartAgreeThreeDaysApartDoNot() {
    DateGate.Days two = days(List.of(report(0, "2024-03-01", true), report(1, "2024-03-03", true)));
    DateGate.Days three =
        days(List.of(report(0, "2024-03-01", true), report(1, "2024-03-04", true)));
    assertTrue(two.agree(List.of(0), List.of(1), SETTINGS));
    assertFalse(three.agree(List.of(0), List.of(1), SETTINGS));
  }

  @Test
  void publicationDaysOnlyBoundTheHappeningLoosely() {
    DateGate.Days near =
        days(List.of(report(0, "2024-03-01", false), report(1, "2024-03-20", false)));
    DateGate.Days far =
        days(List.of(report(0, "2024-03-01", false), report(1, "2024-04-15", false)));
    assertTrue(near.agree(List.of(0), List.of(1), SETTINGS));
    assertFalse(far.agree(List.of(0), List.of(1), SETTINGS));
  }

  @Test
  void oneMisreadDateDoesNotKeepAGroupFromItsEvent() {
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      articles.add(report(n, "2024-03-10", true));
    }
    articles.add(report(4, "2024-03-04", true)); // a misread weekday
    articles.add(report(5, "2024-03-10", true));
    DateGate.Days days = days(articles);
    assertTrue(days.agree(List.of(0, 1, 2, 3, 4), List.of(5), SETTINGS));
  }

  @Test
  void aGroupWhoseDatesAllLieOutsideTheSpanNeverJoins() {
    // four reports of one day outvote a fifth report five days later (4 of 5 is over 75 %), but
    // that report's own date is outside the span: it is another happening, not a misreading.
    List<Article> articles = new ArrayList<>();
    for (int n = 0; n < 4; n++) {
      articles.add(report(n, "2024-03-10", true));
    }
    articles.add(report(4, "2024-03-15", true));
    DateGate.Days days = days(articles);
    assertFalse(days.agree(List.of(0, 1, 2, 3), List.of(4), SETTINGS));
  }

  @Test
  void reportsOutBeforeAHappeningCannotReportIt() {
    // Two reports known only by their publication day, five days before the sure date of two
    // others: within the thirty days any dates may span, but they came out before it happened.
    List<Article> articles = List.of(report(0, "2024-03-05", false),
        report(1, "2024-03-05", false), report(2, "2024-03-10", true),
        report(3, "2024-03-10", true), report(4, "2024-03-11", false));
    DateGate.Days days = days(articles);
    assertFalse(days.agree(List.of(0, 1), List.of(2, 3), SETTINGS));
    // published the day after: it may well report it
    assertTrue(days.agree(List.of(4), List.of(2, 3), SETTINGS));
  }

  @Test
  void anUndatedReportAgreesWithAnyDate() {
    List<Article> articles = List.of(report(0, "2024-03-10", true),
        ArticleFixture.parse("source: undated.txt\ntitle: Undated\n---\nSomething happened.\n"));
    assertTrue(days(articles).agree(List.of(0), List.of(1), SETTINGS));
  }
}
