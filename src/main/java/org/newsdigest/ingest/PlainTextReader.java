package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

/**
 * Reads plain-text article dumps: metadata lines near the top, an optional headline, body
 * paragraphs separated either by line breaks or by blank lines (possibly hard-wrapped), with
 * page furniture dropped, broken paragraphs joined and section headings recognised.
 */
final class PlainTextReader implements FormatReader {
  private static final Pattern MARKDOWN_HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LIST_ITEM = Pattern.compile("^\\s*(?:[-*•▪◦]|\\d{1,2}[.)])\\s+(.+)$");
  /** Lines in the head of a file, before this many body lines, may be metadata. */
  private static final int HEAD_BODY_LINES = 2;
  private static final int HEAD_MAX_LINES = 15;

  private enum Role { BLANK, META, JUNK, TITLE, CONTENT }

  @Override
  public InputFormat format() {
    return InputFormat.TEXT;
  }

  @Override
  public List<Document> read(String source, String text, List<String> warnings) {
    List<String> notes = new ArrayList<>(warnings);
    MetadataCollector metadata = new MetadataCollector();
    List<String> lines = new ArrayList<>();
    List<Role> roles = new ArrayList<>();
    classify(text, lines, roles, metadata);
    dropRelatedList(lines, roles);
    int width = wrapWidth(chunks(lines, roles));
    String title = takeTitle(lines, roles, width);
    List<Block> blocks = buildBlocks(chunks(lines, roles), width);
    blocks = BlockRules.dropBoilerplate(blocks);
    blocks = BlockRules.repairBrokenParagraphs(blocks);
    blocks = BlockRules.markSectionHeadings(blocks);
    if (title == null) {
      notes.add("no title found");
    }
    if (blocks.isEmpty()) {
      notes.add("no body text found");
    }
    return List.of(new Document(source, InputFormat.TEXT, title, metadata.build(), blocks, notes));
  }

  private static void classify(
      String text, List<String> lines, List<Role> roles, MetadataCollector metadata) {
    int bodyLines = 0;
    int nonBlank = 0;
    for (String raw : text.split("\n", -1)) {
      String line = raw.stripTrailing();
      String flat = Boilerplate.flattenMarkdownLinks(line);
      boolean lostLink = !flat.equals(line) && placeholderLeft(flat);
      lines.add(flat);
      if (flat.isBlank() && !lostLink) {
        roles.add(Role.BLANK);
        continue;
      }
      nonBlank++;
      boolean nearTop = bodyLines < HEAD_BODY_LINES && nonBlank <= HEAD_MAX_LINES;
      if (lostLink) {
        roles.add(Role.JUNK);
      } else if (MetadataLines.accept(flat, nearTop, metadata)) {
        roles.add(Role.META);
      } else if (Boilerplate.isBoilerplate(flat)) {
        roles.add(Role.JUNK);
      } else {
        roles.add(Role.CONTENT);
        if (flat.length() > 100 || Texts.endsSentence(flat) && Texts.wordCount(flat) > 8) {
          bodyLines++;
        }
      }
    }
  }

  /** What is left of a line after its placeholder links went: nothing, or a dangling label. */
  private static boolean placeholderLeft(String flat) {
    String t = Texts.normalizeSpace(flat);
    return t.isEmpty() || t.endsWith(":") && Texts.wordCount(t) <= 6;
  }

  /** A "Related:" label in the last part of the file, followed only by short lines: a link list. */
  private static void dropRelatedList(List<String> lines, List<Role> roles) {
    int start = lines.size() / 2;
    for (int i = start; i < lines.size(); i++) {
      if (roles.get(i) != Role.CONTENT || !Boilerplate.isRelatedLabel(lines.get(i))) {
        continue;
      }
      boolean onlyShortAfter = true;
      for (int j = i + 1; j < lines.size(); j++) {
        if (roles.get(j) == Role.CONTENT && Texts.wordCount(lines.get(j)) > 20) {
          onlyShortAfter = false;
          break;
        }
      }
      if (onlyShortAfter) {
        for (int j = i; j < lines.size(); j++) {
          if (roles.get(j) == Role.CONTENT) {
            roles.set(j, Role.JUNK);
          }
        }
        return;
      }
    }
  }

  /** The first content line is the headline when it looks like one and more text follows. */
  private static String takeTitle(List<String> lines, List<Role> roles, int width) {
    int first = roles.indexOf(Role.CONTENT);
    if (first < 0 || roles.subList(first + 1, roles.size()).indexOf(Role.CONTENT) < 0) {
      return null;
    }
    String line = lines.get(first);
    int next = first + 1 + roles.subList(first + 1, roles.size()).indexOf(Role.CONTENT);
    boolean adjacent = next == first + 1;
    boolean wrappedOn = width > 0 && adjacent && line.strip().length() >= width * 0.55;
    if (wrappedOn || adjacent && Texts.startsLowerCase(lines.get(next))) {
      // The line runs on into the next one: it is the start of a paragraph, not a headline.
      return null;
    }
    Matcher heading = MARKDOWN_HEADING.matcher(line.strip());
    String candidate = heading.matches() ? heading.group(2) : line;
    if ((heading.matches() && heading.group(1).length() == 1)
        || LineShapes.looksLikeHeadline(candidate)) {
      roles.set(first, Role.TITLE);
      return Texts.normalizeSpace(candidate);
    }
    return null;
  }

  /** Runs of content lines with no blank, metadata or furniture line between them. */
  private static List<List<String>> chunks(List<String> lines, List<Role> roles) {
    List<List<String>> chunks = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (roles.get(i) == Role.CONTENT) {
        current.add(lines.get(i));
      } else if (!current.isEmpty()) {
        chunks.add(current);
        current = new ArrayList<>();
      }
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  private static List<Block> buildBlocks(List<List<String>> chunks, int width) {
    List<Block> blocks = new ArrayList<>();
    for (List<String> chunk : chunks) {
      StringBuilder paragraph = new StringBuilder();
      for (String line : chunk) {
        Block special = specialLine(line);
        if (special != null) {
          flush(paragraph, blocks);
          blocks.add(special);
          continue;
        }
        paragraph.append(' ').append(line);
        // Without wrapping every line is a paragraph; with it, a short line ends one.
        if (width == 0 || line.strip().length() < width * 0.55) {
          flush(paragraph, blocks);
        }
      }
      flush(paragraph, blocks);
    }
    return blocks;
  }

  /** A Markdown heading or a list item written into a text file. */
  private static Block specialLine(String line) {
    Matcher heading = MARKDOWN_HEADING.matcher(line.strip());
    if (heading.matches() && !heading.group(2).isBlank()) {
      return Block.heading(Texts.normalizeSpace(heading.group(2)), heading.group(1).length());
    }
    Matcher item = LIST_ITEM.matcher(line);
    if (item.matches()) {
      return new Block(BlockKind.LIST_ITEM, Texts.normalizeSpace(item.group(1)), 0);
    }
    return null;
  }

  private static void flush(StringBuilder paragraph, List<Block> blocks) {
    String text = Texts.normalizeSpace(paragraph.toString());
    if (!text.isEmpty()) {
      blocks.add(Block.paragraph(text));
    }
    paragraph.setLength(0);
  }

  /**
   * The line width a hard-wrapped file was wrapped at, or 0 when lines are paragraphs. A file is
   * wrapped when its lines are all short and the lines inside multi-line chunks mostly run to
   * near the full width without ending a sentence.
   */
  private static int wrapWidth(List<List<String>> chunks) {
    int width = 0;
    for (List<String> chunk : chunks) {
      for (String line : chunk) {
        width = Math.max(width, line.strip().length());
      }
    }
    if (width == 0 || width > 120) {
      return 0;
    }
    int inner = 0;
    int full = 0;
    int sentenceEnds = 0;
    for (List<String> chunk : chunks) {
      for (int i = 0; i < chunk.size() - 1; i++) {
        String line = chunk.get(i).strip();
        inner++;
        if (line.length() >= width * 0.55) {
          full++;
        }
        if (Texts.endsSentence(line)) {
          sentenceEnds++;
        }
      }
    }
    boolean wrapped = inner > 0 && full * 10 >= inner * 7 && sentenceEnds * 2 <= inner;
    return wrapped ? width : 0;
  }
}
