package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's scores must be right, or every number it prints is wrong. */
class TextScoresTest {
  @Test
  void tokensAreUnicodeWordRuns() {
    assertEquals(List.of("Zürich", "s", "café", "2026", "東京"),
        TextScores.tokens("Zürich's café — 2026, 東京!"));
  }

  @Test
  void identicalTextsScorePerfectlyAndDisjointOnesZero() {
    String text = "the council voted to extend the tram line on Tuesday";
    assertEquals(1.0, TextScores.body(text, text).f1(), 1e-9);
    assertEquals(0.0, TextScores.body(text, "completely different words appear right here").f1());
    assertEquals(1.0, TextScores.body("", "").precision(), 1e-9);
  }

  @Test
  void extraTextLowersPrecisionAndMissingTextLowersRecall() {
    String expected = "one two three four five six";
    // 3 shingles expected; the extra word adds one shingle that is not expected.
    TextScores.PrecisionRecall extra = TextScores.body(expected, expected + " seven");
    assertEquals(0.75, extra.precision(), 1e-9);
    assertEquals(1.0, extra.recall(), 1e-9);
    TextScores.PrecisionRecall missing = TextScores.body(expected, "one two three four five");
    assertEquals(1.0, missing.precision(), 1e-9);
    assertEquals(2.0 / 3, missing.recall(), 1e-9);
  }

  @Test
  void fieldsMatchExactlyAfterWhitespaceAndScoreTokenF1() {
    assertTrue(TextScores.exact("欲張りなイヌ\u3000＜福娘＞", " 欲張りなイヌ ＜福娘＞"));
    assertFalse(TextScores.exact("Jane Doe", "Jane  Roe"));
    assertEquals(1.0, TextScores.tokenF1("By Jane Doe", "by jane doe"), 1e-9);
    assertEquals(0.8, TextScores.tokenF1("By Jane Doe", "Jane Doe"), 1e-9);
    assertEquals(0.0, TextScores.tokenF1("Jane Doe", null), 1e-9);
  }
}
