package org.newsdigest.model;

import java.util.Objects;

/**
 * One block of an article's body, as plain text (no markup).
 *
 * @param kind what the block is
 * @param text the block's text, whitespace normalised, never blank
 * @param level heading level 1..6 for headings, 0 for every other kind
 */
public record Block(BlockKind kind, String text, int level) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static Block paragraph(String text) {
    return new Block(BlockKind.PARAGRAPH, text, 0);
  }

  public static Block heading(String text, int level) {
    return new Block(BlockKind.HEADING, text, level);
  }

  public boolean isHeading() {
    return kind == BlockKind.HEADING;
  }
}
