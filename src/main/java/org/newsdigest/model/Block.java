package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of an article's body, as plain text (no markup), with the links the article made
 * in it and, for an image, the image's address.
 *
 * <p>Invariants, checked on construction: every link's span lies within {@code text}, links are
 * in order and do not overlap, and every href and {@code src} is an absolute http or https
 * address ({@link InlineLink#isWebAddress}). An {@link BlockKind#IMAGE} block has a {@code src}
 * and no links; every other kind has no {@code src}. Image blocks are not body text: {@link
 * Article#bodyText()}, {@link Article#paragraphs()} and the extract stage's analyses skip them.
 *
 * @param kind what the block is
 * @param text the block's text, whitespace normalised, never blank except for an image without
 *     alt text (for an image: its alt text)
 * @param level heading level 1..6 for headings, 0 for every other kind
 * @param links the article's own links inside {@code text}, in order; empty when none
 * @param src the image's address for an image block, null for every other kind
 */
public record Block(BlockKind kind, String text, int level, List<InlineLink> links, String src) {
  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    links = links == null ? List.of() : List.copyOf(links);
    int previousEnd = 0;
    for (InlineLink link : links) {
      if (link.start() < previousEnd || link.end() > text.length()) {
        throw new IllegalArgumentException("The link " + link + " lies outside the text of "
            + text.length() + " characters or overlaps the one before.");
      }
      previousEnd = link.end();
    }
    if (kind == BlockKind.IMAGE) {
      if (!InlineLink.isWebAddress(src)) {
        throw new IllegalArgumentException(
            "The image src '" + src + "' is not an absolute http or https address.");
      }
      if (!links.isEmpty()) {
        throw new IllegalArgumentException("An image block has no links.");
      }
    } else if (src != null) {
      throw new IllegalArgumentException("Only an image block has a src, not a " + kind + ".");
    }
  }

  /** A block without links or image: how every reader of plain text makes blocks. */
  public Block(BlockKind kind, String text, int level) {
    this(kind, text, level, List.of(), null);
  }

  public static Block paragraph(String text) {
    return new Block(BlockKind.PARAGRAPH, text, 0);
  }

  public static Block heading(String text, int level) {
    return new Block(BlockKind.HEADING, text, level);
  }

  /** An image of the article at {@code src}, with its alt text or caption (may be empty). */
  public static Block image(String src, String alt) {
    return new Block(BlockKind.IMAGE, alt == null ? "" : alt, 0, List.of(), src);
  }

  /** This block with {@code links} instead of its own. */
  public Block withLinks(List<InlineLink> links) {
    return new Block(kind, text, level, links, src);
  }

  public boolean isHeading() {
    return kind == BlockKind.HEADING;
  }

  /** True for an image: it shows something, but its alt text is not part of the body text. */
  public boolean isImage() {
    return kind == BlockKind.IMAGE;
  }
}
