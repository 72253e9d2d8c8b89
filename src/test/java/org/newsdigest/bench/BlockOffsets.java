package org.newsdigest.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each block of an article stands in the file it was read from, character by character, so
 * that a {@link org.newsdigest.model.Mention} (block-relative) can be compared with gold offsets
 * into the file. Blocks are found in order; a run of whitespace in a block matches any run of
 * whitespace in the file (the reader joins lines a scraper broke, "the Red Sox\n\nhave made").
 * A block that cannot be found (a stated title, text the reader rewrote) has no offsets.
 */
final class BlockOffsets {
  /** Per block: the file offset of each of its characters, or null when not found. */
  private final List<int[]> maps;

  private BlockOffsets(List<int[]> maps) {
    this.maps = maps;
  }

  /** Aligns {@code blocks} (their texts, in order) with {@code file}. */
  static BlockOffsets align(String file, List<String> blocks) {
    List<int[]> maps = new ArrayList<>();
    int cursor = 0;
    for (String block : blocks) {
      int[] map = find(file, block, cursor);
      if (map == null) {
        map = find(file, block, 0);
      }
      maps.add(map);
      if (map != null && map.length > 0 && map[map.length - 1] >= cursor) {
        cursor = map[map.length - 1] + 1;
      }
    }
    return new BlockOffsets(maps);
  }

  /** How many blocks were not found in the file. */
  int unaligned() {
    return (int) maps.stream().filter(m -> m == null).count();
  }

  /**
   * The file span {@code [start, end)} of the block's characters {@code [start, end)}, or null
   * when the block was not found or the span is empty.
   */
  int[] span(int block, int start, int end) {
    if (block < 0 || block >= maps.size() || maps.get(block) == null) {
      return null;
    }
    int[] map = maps.get(block);
    if (start < 0 || end > map.length || start >= end) {
      return null;
    }
    return new int[] {map[start], map[end - 1] + 1};
  }

  private static int[] find(String file, String block, int from) {
    int lead = 0;
    while (lead < block.length() && space(block.charAt(lead))) {
      lead++;
    }
    String text = block.strip();
    if (text.isEmpty()) {
      return null;
    }
    int firstSpace = firstWhitespace(text);
    String anchor = firstSpace < 0 ? text : text.substring(0, firstSpace);
    for (int at = file.indexOf(anchor, from); at >= 0; at = file.indexOf(anchor, at + 1)) {
      int[] stripped = alignAt(file, at, text);
      if (stripped != null) {
        // Leading and trailing whitespace of the block (normally none) take their neighbour's.
        int[] map = new int[block.length()];
        for (int i = 0; i < block.length(); i++) {
          map[i] = stripped[Math.min(Math.max(i - lead, 0), stripped.length - 1)];
        }
        return map;
      }
    }
    return null;
  }

  private static int firstWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (space(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** The file offset of each character of {@code text} when it stands at {@code at}, or null. */
  private static int[] alignAt(String file, int at, String text) {
    int[] map = new int[text.length()];
    int i = 0;
    int j = at;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (space(c)) {
        if (j >= file.length() || !space(file.charAt(j))) {
          return null;
        }
        while (i < text.length() && space(text.charAt(i))) {
          map[i++] = j;
        }
        while (j < file.length() && space(file.charAt(j))) {
          j++;
        }
        continue;
      }
      if (j >= file.length() || file.charAt(j) != c) {
        return null;
      }
      map[i++] = j++;
    }
    return map;
  }
}
