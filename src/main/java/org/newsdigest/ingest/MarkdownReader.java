package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InlineLink;
import org.newsdigest.model.InputFormat;

/** Reads Markdown with optional YAML front matter; CommonMark gives the block structure. */
final class MarkdownReader implements FormatReader {
  /** Deeper than any article nests block quotes; the parser and our visitor recurse per level. */
  static final int MAX_QUOTE_DEPTH = 64;

  /** More emphasis delimiters in one paragraph than any article uses; each may nest a level. */
  static final int MAX_DELIMITERS = 1_000;

  private final Parser parser = Parser.builder().build();

  @Override
  public InputFormat format() {
    return InputFormat.MARKDOWN;
  }

  @Override
  public List<Document> read(String source, String text, List<String> warnings)
      throws UnreadableInputException {
    List<String> notes = new ArrayList<>(warnings);
    FrontMatter.Split split = FrontMatter.split(text);
    if (nestedTooDeeply(split.body())) {
      throw new UnreadableInputException(
          UnreadableInputException.Kind.REFUSED, "could not read as markdown: nested too deeply");
    }
    if (split.problem() != null) {
      notes.add(split.problem());
    }
    MetadataCollector metadata = new MetadataCollector();
    String title = applyFields(split.fields(), metadata);

    List<Block> blocks = new ArrayList<>();
    parser.parse(split.body()).accept(new BlockCollector(blocks));
    blocks = takeMetadataParagraphs(blocks, metadata);
    if (title == null) {
      int h1 = indexOfHeading(blocks, null);
      if (h1 >= 0 && h1 == firstNonHeadingOr(blocks, h1)) {
        title = blocks.remove(h1).text();
      }
    } else {
      int same = indexOfHeading(blocks, title);
      if (same >= 0) {
        blocks.remove(same);
      }
    }
    blocks = BlockRules.dropBoilerplate(blocks);
    blocks = BlockRules.repairBrokenParagraphs(blocks);
    if (title == null) {
      notes.add("no title found");
    }
    if (blocks.isEmpty()) {
      notes.add("no body text found");
    }
    return List.of(new Document(source, InputFormat.MARKDOWN, title, metadata.build(), blocks, notes));
  }

  /** Files the known front matter keys; returns the title. Unknown keys are ignored. */
  private static String applyFields(Map<String, Object> fields, MetadataCollector metadata) {
    for (String key : List.of("date", "published", "publishdate", "pubdate", "published_at")) {
      metadata.published(FrontMatter.text(fields.get(key)));
    }
    for (String key : List.of("updated", "lastmod", "modified", "updated_at")) {
      metadata.updated(FrontMatter.text(fields.get(key)));
    }
    for (String key : List.of("source", "outlet", "publisher", "site")) {
      metadata.outlet(FrontMatter.text(fields.get(key)));
    }
    for (String key : List.of("author", "byline", "authors")) {
      List<String> names = FrontMatter.items(fields.get(key));
      if (!names.isEmpty()) {
        metadata.byline(joinNames(names));
      }
    }
    for (String key : List.of("url", "link", "canonical", "canonicalurl")) {
      metadata.url(FrontMatter.text(fields.get(key)));
    }
    for (String key : List.of("lang", "language")) {
      metadata.language(FrontMatter.text(fields.get(key)));
    }
    for (String key : List.of("tags", "categories", "category", "keywords")) {
      Object value = fields.get(key);
      if (value instanceof String s) {
        metadata.tagList(s);
      } else {
        FrontMatter.items(value).forEach(metadata::tag);
      }
    }
    return FrontMatter.text(fields.get("title"));
  }

  /** "Jane Doe", "Jane Doe and John Roe", "A, B and C": how a byline line would say it. */
  private static String joinNames(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and " + names.get(names.size() - 1);
  }

  /** Bylines and date lines at the top of the body are metadata, as in a text file. */
  private static List<Block> takeMetadataParagraphs(List<Block> blocks, MetadataCollector metadata) {
    List<Block> out = new ArrayList<>();
    boolean head = true;
    for (Block block : blocks) {
      if (head && block.kind() == BlockKind.PARAGRAPH
          && MetadataLines.accept(block.text(), true, metadata)) {
        continue;
      }
      if (block.kind() == BlockKind.PARAGRAPH && block.text().length() > 100) {
        head = false;
      }
      out.add(block);
    }
    return out;
  }

  private static int indexOfHeading(List<Block> blocks, String text) {
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      if (block.isHeading() && block.level() == 1
          && (text == null || Texts.normalizeSpace(text).equalsIgnoreCase(block.text()))) {
        return i;
      }
    }
    return -1;
  }

  /** The H1 becomes the title only when no paragraph precedes it. */
  private static int firstNonHeadingOr(List<Block> blocks, int h1) {
    for (int i = 0; i < h1; i++) {
      if (!blocks.get(i).isHeading()) {
        return i;
      }
    }
    return h1;
  }

  /** Walks the CommonMark tree and emits one block per heading, paragraph, quote or list item. */
  private static final class BlockCollector extends AbstractVisitor {
    private final List<Block> blocks;
    private BlockKind container = BlockKind.PARAGRAPH;

    BlockCollector(List<Block> blocks) {
      this.blocks = blocks;
    }

    @Override
    public void visit(Heading heading) {
      add(BlockKind.HEADING, InlineText.of(heading), heading.getLevel());
    }

    @Override
    public void visit(Paragraph paragraph) {
      add(container, InlineText.of(paragraph), 0);
    }

    /** The block, then the images it held, each an image block of its own. */
    private void add(BlockKind kind, InlineText inline, int level) {
      Block block = inline.text.toBlock(kind, level);
      if (block != null) {
        blocks.add(block);
      }
      blocks.addAll(inline.images);
    }

    @Override
    public void visit(BlockQuote quote) {
      BlockKind outer = container;
      container = BlockKind.QUOTE;
      visitChildren(quote);
      container = outer;
    }

    @Override
    public void visit(ListItem item) {
      BlockKind outer = container;
      container = outer == BlockKind.QUOTE ? BlockKind.QUOTE : BlockKind.LIST_ITEM;
      visitChildren(item);
      container = outer;
    }

    @Override
    public void visit(FencedCodeBlock code) {
      add(container, code.getLiteral(), 0);
    }

    @Override
    public void visit(IndentedCodeBlock code) {
      add(container, code.getLiteral(), 0);
    }

    @Override
    public void visit(HtmlBlock html) {
      // Embeds, widgets and comments: never article text.
    }

    private void add(BlockKind kind, String text, int level) {
      String normal = Texts.normalizeSpace(text);
      if (!normal.isEmpty()) {
        blocks.add(new Block(kind, normal, kind == BlockKind.HEADING ? level : 0));
      }
    }
  }

  /**
   * The plain text of inline content: markup flattened, empty links dropped, links to absolute
   * http(s) addresses kept as spans, images with such an address collected apart.
   */
  private static final class InlineText extends AbstractVisitor {
    private final LinkedText text = new LinkedText();
    private final List<Block> images = new ArrayList<>();
    /** Where text goes: the block's, or an image's alt text while inside one. */
    private StringBuilder out = null;

    static InlineText of(Node node) {
      InlineText visitor = new InlineText();
      node.accept(visitor);
      return visitor;
    }

    private void append(String chars) {
      if (out != null) {
        out.append(chars);
      } else {
        text.append(chars);
      }
    }

    @Override
    public void visit(Text literal) {
      append(literal.getLiteral());
    }

    @Override
    public void visit(Code code) {
      append(code.getLiteral());
    }

    @Override
    public void visit(SoftLineBreak lineBreak) {
      append(" ");
    }

    @Override
    public void visit(HardLineBreak lineBreak) {
      append(" ");
    }

    @Override
    public void visit(Image image) {
      // Images carry no article text: their alt text goes with the image, not the paragraph.
      if (out != null) {
        return;
      }
      out = new StringBuilder();
      visitChildren(image);
      String alt = Texts.normalizeSpace(out.toString());
      out = null;
      String src = image.getDestination() == null ? "" : image.getDestination().strip();
      if (InlineLink.isWebAddress(src)) {
        images.add(Block.image(src, alt));
      }
    }

    @Override
    public void visit(HtmlInline html) {
      // Inline tags are markup, not text.
    }

    @Override
    public void visit(Link link) {
      String destination = link.getDestination() == null ? "" : link.getDestination().strip();
      if (destination.isEmpty() || destination.equals("#")) {
        return;
      }
      int start = text.length();
      visitChildren(link);
      if (out == null) {
        text.link(start, text.length(), destination);
      }
    }
  }

  /**
   * Whether the text nests deeper than the parser can follow on any stack. Checked up front, by
   * counting, so the outcome never depends on the JVM's stack size or how warm its JIT is: a
   * line opening more than {@link #MAX_QUOTE_DEPTH} block quotes, or a paragraph holding more
   * than {@link #MAX_DELIMITERS} emphasis delimiters.
   */
  static boolean nestedTooDeeply(String body) {
    int quotes = 0;
    int delimiters = 0;
    boolean lineStart = true;
    boolean blankLine = true;
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\n') {
        if (blankLine) {
          delimiters = 0; // a blank line ends the paragraph
        }
        lineStart = true;
        blankLine = true;
        quotes = 0;
        continue;
      }
      if (lineStart && (c == '>' || c == ' ' || c == '\t')) {
        if (c == '>' && ++quotes > MAX_QUOTE_DEPTH) {
          return true;
        }
        continue;
      }
      lineStart = false;
      blankLine = false;
      if ((c == '*' || c == '_') && ++delimiters > MAX_DELIMITERS) {
        return true;
      }
    }
    return false;
  }
}
