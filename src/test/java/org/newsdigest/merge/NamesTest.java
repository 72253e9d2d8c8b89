package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NamesTest {

  @Test
  void foldsAsciiTextToLowerCaseWordsWithDecimalPoints() {
    assertEquals("the 2.5 km run ended at 10 a m",
        Names.fold("  The 2.5-km RUN ended... at 10 a.m. "));
    assertEquals("", Names.fold(" -- "));
    assertEquals("", Names.fold(null));
  }

  @Test
  void foldsAccentsAndTypographicPunctuation() {
    assertEquals("zelenskyy s office", Names.fold("Zelenskyy’s  Office"));
    assertEquals("sao paulo", Names.fold("São Paulo"));
  }

  /**
   * The ASCII fast path must give what the general path gives: a trailing no-break space sends
   * the same text through the general path and folds to nothing.
   */
  @Test
  void asciiFastPathAgreesWithTheGeneralPath() {
    List<String> texts = List.of(
        "PARIS (Reuters) - Ukraine's allies met on Tuesday, Jan. 6, 2026.",
        "3.14.15 x.5 5. .5 1.2.", "A", "", " ", "\t\nTabs\rand\u000Bcontrols\u0001here",
        "ALL CAPS AND_under_scores [brackets] {braces} @at #hash $4.99 50%");
    for (String text : texts) {
      assertEquals(Names.fold(text + "\u00A0"), Names.fold(text), text);
    }
  }
}
