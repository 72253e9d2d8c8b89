package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextCutTest {

  @Test
  void flatJoinsLinesAndTreatsNullAsEmpty() {
    assertEquals("a b c", TextCut.flat("  a\n\tb   c "));
    assertEquals("", TextCut.flat(null));
  }

  @Test
  void headAtWordCutsAtTheLastSpaceBeforeTheLimit() {
    assertEquals("alpha beta", TextCut.headAtWord("alpha beta gamma", 14));
  }

  @Test
  void headAtWordCutsMidWordWhenTheLastSpaceIsTooEarly() {
    assertEquals("a bcdefgh", TextCut.headAtWord("a bcdefghijklmnop", 10));
  }

  @Test
  void pageDescriptionsEndInAnEllipsisWithinTheirLength() {
    String description = PageFrame.shorten("word ".repeat(100));
    assertTrue(description.endsWith("word…"), description);
    assertTrue(description.length() <= 200, description);
  }
}
