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
}
