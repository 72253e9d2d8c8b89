package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

/** Which articles blocking lets the merge compare. */
class CandidatePairsTest {

  /**
   * Sixty reports of one long story, each headline naming the "shutdown" (a word too common over
   * the corpus to be a key) and otherwise words of its own; one a week.
   */
  private static List<Article> story() {
    List<Article> articles = new ArrayList<>();
    LocalDate start = LocalDate.of(2019, 1, 7);
    for (int i = 0; i < 60; i++) {
      String day = start.plusWeeks(i).toString();
      String own = "word" + (char) ('a' + i % 26) + (char) ('a' + i / 26);
      articles.add(ArticleFixture.parse("source: " + String.format("r%02d", i) + ".txt\ntitle: "
          + "Shutdown " + own + " continues\npublished: " + day + "\ndateline: WASHINGTON, x |"
          + " Washington | " + day + "\n---\nThe " + own + " report.\n"));
    }
    return articles;
  }

  private static boolean paired(CandidatePairs.Pairs pairs, int i, int j) {
    for (int p = 0; p < pairs.size(); p++) {
      if (pairs.first()[p] == Math.min(i, j) && pairs.second()[p] == Math.max(i, j)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void aHeadlineWordCommonOverTheCorpusPairsReportsOfTheSameOrNextWeekOnly() {
    Corpus corpus = new Corpus(story());
    CandidatePairs.Pairs pairs = new CandidatePairs().of(corpus);
    // r00 and r01 are a week apart; r00 and r03 three weeks
    assertTrue(paired(pairs, 0, 1));
    assertFalse(paired(pairs, 0, 3));
  }
}
