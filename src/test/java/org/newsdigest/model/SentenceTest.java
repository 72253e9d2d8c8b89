package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A sentence is a stretch of its block's text; it equals a sentence of the same text and block. */
class SentenceTest {
  private static final String BLOCK = "A storm closed the harbour. Ships waited outside.";

  @Test
  void aStretchReadsAsItsTextAndSharesTheBlock() {
    Sentence second = Sentence.in(BLOCK, 28, BLOCK.length(), 3);
    assertEquals("Ships waited outside.", second.text());
    assertEquals(3, second.block());
    assertEquals(28, second.startIn(BLOCK));
    assertEquals(-1, second.startIn(new String(BLOCK)), "a stretch of that very string only");
    assertEquals(new Sentence("Ships waited outside.", 3), second);
    assertEquals(new Sentence("Ships waited outside.", 3).hashCode(), second.hashCode());
    assertNotEquals(new Sentence("Ships waited outside.", 4), second);
    assertEquals(second, second.inBlock(5).inBlock(3));
    assertEquals(5, second.inBlock(5).block());
  }

  @Test
  void aWholeBlockIsItsOwnTextAndABadStretchIsRefused() {
    assertSame(BLOCK, Sentence.in(BLOCK, 0, BLOCK.length(), 0).text());
    assertThrows(IllegalArgumentException.class, () -> Sentence.in(BLOCK, 10, 5, 0));
    assertThrows(IllegalArgumentException.class, () -> Sentence.in(BLOCK, 0, BLOCK.length() + 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Sentence.in(BLOCK, -1, 3, 0));
  }
}
