package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mentions of the extractor are placed in the file the gold offsets count in. */
class BlockOffsetsTest {
  private static final String FILE = "Headline: Sox Make Offer\n\n"
      + "Michael Silverman reports that the Red Sox\n\nhave made an offer.\n\nThe Red Sox declined.\n";

  @Test
  void blocksJoinedFromBrokenLinesAreFound() {
    BlockOffsets offsets = BlockOffsets.align(FILE, List.of(
        "Michael Silverman reports that the Red Sox have made an offer.", "The Red Sox declined."));
    assertEquals(0, offsets.unaligned());
    int[] sox = offsets.span(0, 35, 42);
    assertEquals("Red Sox", FILE.substring(sox[0], sox[1]));
    int[] offer = offsets.span(0, 43, 62);
    assertEquals("have made an offer.", FILE.substring(offer[0], offer[1]));
    // The second block's "Red Sox" is the later one, not the first occurrence in the file.
    int[] later = offsets.span(1, 4, 11);
    assertArrayEquals(new int[] {FILE.lastIndexOf("Red Sox"), FILE.lastIndexOf("Red Sox") + 7}, later);
  }

  @Test
  void aBlockNotInTheFileHasNoOffsets() {
    BlockOffsets offsets = BlockOffsets.align(FILE, List.of("Something the reader wrote."));
    assertEquals(1, offsets.unaligned());
    assertNull(offsets.span(0, 0, 9));
    assertNull(offsets.span(5, 0, 1));
  }
}
