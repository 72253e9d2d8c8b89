package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.InlineLink;

/** Rules over a document's blocks that every reader shares. */
final class BlockRules {
  private BlockRules() {}

  /** Drops furniture blocks anywhere, and furniture or lone fragments trailing the article. */
  static List<Block> dropBoilerplate(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (Block block : withoutRelatedTail(blocks)) {
      // an image without alt text is still an image; one whose alt is a notice is furniture
      boolean imageWithoutAlt = block.isImage() && block.text().isBlank();
      if (imageWithoutAlt || !Boilerplate.isBoilerplate(block.text())) {
        kept.add(block);
      }
    }
    // A heading with nothing after it introduced something the scraper did not keep; but when
    // headings are all the text there is (a page of captioned images), they are the text.
    boolean onlyHeadings = kept.stream().allMatch(b -> b.isHeading() || b.isImage());
    while (!onlyHeadings && kept.get(kept.size() - 1).isHeading()) {
      kept.remove(kept.size() - 1);
    }
    return kept;
  }

  /**
   * Cuts a "More on this story" / "Related:" section from the second half of the article: a
   * heading label ends the article; a paragraph label does when only short lines follow it.
   */
  private static List<Block> withoutRelatedTail(List<Block> blocks) {
    for (int i = blocks.size() / 2; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (Boilerplate.isAuthorLabel(block.text())) {
        return blocks.subList(0, i);
      }
      if (!Boilerplate.isRelatedLabel(block.text())) {
        continue;
      }
      boolean onlyShortAfter =
          blocks.subList(i + 1, blocks.size()).stream()
              .allMatch(b -> b.isImage() || Texts.wordCount(b.text()) <= 20);
      if (block.isHeading() || onlyShortAfter) {
        return blocks.subList(0, i);
      }
    }
    return blocks;
  }

  /** A name of two or three words, then the verb that opens an author's biography. */
  private static final Pattern BIOGRAPHY_OPENING = Pattern.compile(
      "(?U)(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,2}),?\\s(?:is|was|ist|war|est|es|è|jest|works|writes"
          + "|arbeitet|schreibt|studierte|studied)\\b.*", Pattern.DOTALL);
  /** How many blocks from the end an author's biography may start. */
  private static final int BIOGRAPHY_BLOCKS = 3;

  /**
   * Cuts the author's biography that closes a post ("Inga Buller ist Head of Social &
   * Community bei CHIP. ..."): one of the last blocks opens with a name the byline holds and
   * a verb that introduces a person. Without the byline a closing "John Smith is expected in
   * court" is news, not a biography, so nothing is cut.
   */
  static List<Block> withoutAuthorBiography(List<Block> blocks, String byline) {
    if (byline == null || byline.isBlank()) {
      return blocks;
    }
    for (int i = Math.max(blocks.size() / 2, blocks.size() - BIOGRAPHY_BLOCKS); i < blocks.size(); i++) {
      Matcher m = BIOGRAPHY_OPENING.matcher(blocks.get(i).text());
      if (m.matches() && Texts.normalizeSpace(byline).contains(Texts.normalizeSpace(m.group(1)))) {
        return blocks.subList(0, i);
      }
    }
    return blocks;
  }

  /**
   * Joins a paragraph that stops mid-sentence with the next one when that starts in lower case:
   * scrapers break paragraphs at inline elements ("... while" / "pursuing ...").
   */
  static List<Block> repairBrokenParagraphs(List<Block> blocks) {
    List<Block> out = new ArrayList<>();
    for (Block block : blocks) {
      if (!out.isEmpty()) {
        Block previous = out.get(out.size() - 1);
        if (previous.kind() == BlockKind.PARAGRAPH
            && block.kind() == BlockKind.PARAGRAPH
            && !Texts.endsSentence(previous.text())
            && Texts.startsLowerCase(block.text())) {
          out.set(out.size() - 1, joined(previous, block));
          continue;
        }
      }
      out.add(block);
    }
    return out;
  }

  /** Two paragraphs as one, the second's links moved past the first's text and the space. */
  private static Block joined(Block first, Block second) {
    List<InlineLink> links = new ArrayList<>(first.links());
    int shift = first.text().length() + 1;
    for (InlineLink link : second.links()) {
      links.add(new InlineLink(link.start() + shift, link.end() + shift, link.href()));
    }
    return Block.paragraph(first.text() + " " + second.text()).withLinks(links);
  }

  /**
   * Turns short heading-shaped paragraphs into level-2 headings when a longer paragraph follows.
   * A paragraph ending with ":" that introduces a quote is prose, and the shape rule rejects it.
   */
  static List<Block> markSectionHeadings(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks);
    for (int i = 0; i < out.size() - 1; i++) {
      Block block = out.get(i);
      Block next = out.get(i + 1);
      if (block.kind() == BlockKind.PARAGRAPH
          && next.kind() == BlockKind.PARAGRAPH
          && next.text().length() > block.text().length()
          && (i == 0 || !out.get(i - 1).isHeading())
          && LineShapes.looksLikeSectionHeading(block.text())) {
        out.set(i, Block.heading(block.text(), 2).withLinks(block.links()));
      }
    }
    return out;
  }
}
