package org.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextWordsTest {

  @Test
  void foldsAsciiTextToLowerCaseWordsWithDecimalPoints() {
    assertEquals("the 2.5 km run ended at 10 a m",
        TextWords.fold("  The 2.5-km RUN ended... at 10 a.m. "));
    assertEquals("", TextWords.fold(" -- "));
    assertEquals("", TextWords.fold(null));
  }

  @Test
  void foldsAccentsAndTypographicPunctuation() {
    assertEquals("zelenskyy s office", TextWords.fold("Zelenskyy’s  Office"));
    assertEquals("sao paulo", TextWords.fold("São Paulo"));
  }

  /**
   * The fast path for ASCII and typographic punctuation must give what the general path gives:
   * a trailing "é" sends the same text through the general path and adds one word "e".
   */
  @Test
  void fastPathAgreesWithTheGeneralPath() {
    List<String> texts = List.of(
        "PARIS (Reuters) - Ukraine's allies met on Tuesday, Jan. 6, 2026.",
        "“We won’t stop,” she said — twice… «non» 2\u2009500\u00A0km 3.5\u2013\u20144.5",
        "3.14.15 x.5 5. .5 1.2.", "A", "", " ", "\t\nTabs\rand\u000Bcontrols\u0001here",
        "zero\u200Bwidth\u2060joiner\u2000quad\u2001quad",
        "ALL CAPS AND_under_scores [brackets] {braces} @at #hash $4.99 50%");
    for (String text : texts) {
      assertEquals((TextWords.fold(text) + " e").strip(), TextWords.fold(text + " \u00E9"), text);
    }
  }
}
