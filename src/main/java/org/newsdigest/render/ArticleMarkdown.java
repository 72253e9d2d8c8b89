package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlRenderer;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.InlineLink;

/**
 * An article body as Markdown with every block's text escaped, and the HTML CommonMark makes of
 * it, so the .md and .html pages of an article say the same thing and input never becomes markup.
 */
final class ArticleMarkdown {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true)
          .attributeProviderFactory(context -> new ArticleAttributes())
          .nodeRendererFactory(ImageTag::new).build();

  /**
   * The article's links lead off the site to pages nobody here vouches for; its images load
   * only when scrolled to.
   */
  private static final class ArticleAttributes implements AttributeProvider {
    @Override
    public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
      if (node instanceof Link) {
        attributes.put("rel", "nofollow noopener");
      } else if (node instanceof Image) {
        attributes.put("loading", "lazy");
      }
    }
  }

  /**
   * An image as an HTML {@code <img>} without CommonMark's XHTML-style {@code " />"}: in HTML a
   * trailing slash on a void element means nothing, and the HTML checker warns about it on every
   * image. Source, alt text, title and attributes are as CommonMark's own renderer makes them.
   */
  private static final class ImageTag implements NodeRenderer {
    private final HtmlNodeRendererContext context;

    ImageTag(HtmlNodeRendererContext context) {
      this.context = context;
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
      return Set.of(Image.class);
    }

    @Override
    public void render(Node node) {
      Image image = (Image) node;
      String src = image.getDestination();
      if (context.shouldSanitizeUrls()) {
        src = context.urlSanitizer().sanitizeImageUrl(src);
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      attributes.put("src", context.encodeUrl(src));
      attributes.put("alt", altText(image));
      if (image.getTitle() != null) {
        attributes.put("title", image.getTitle());
      }
      context.getWriter().tag("img", context.extendAttributes(image, "img", attributes));
    }

    /** The image description as plain text, the way CommonMark writes an alt attribute. */
    private static String altText(Image image) {
      StringBuilder alt = new StringBuilder();
      image.accept(new AbstractVisitor() {
        @Override
        public void visit(Text text) {
          alt.append(text.getLiteral());
        }

        @Override
        public void visit(Code code) {
          alt.append(code.getLiteral());
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
          alt.append('\n');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
          alt.append('\n');
        }
      });
      return alt.toString();
    }
  }

  /**
   * Body headings sit below the title, the page's only h1: the body's top heading level becomes
   * h2 and no heading is more than one level deeper than the one before, since a skipped level
   * (h1 then h3) breaks the outline that screen readers navigate and the HTML checker reports it.
   */
  String markdown(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    BlockKind previous = null;
    List<Integer> levels = headingLevels(blocks);
    int heading = 0;
    for (Block block : blocks) {
      String text = block.isImage() ? image(block) : withLinks(block);
      if (text.isBlank()) {
        continue;
      }
      if (previous != null) {
        // Consecutive list items form one tight list; anything else is its own block.
        out.append(previous == BlockKind.LIST_ITEM && block.kind() == BlockKind.LIST_ITEM ? "\n" : "\n\n");
      }
      switch (block.kind()) {
        case HEADING -> out.append("#".repeat(levels.get(heading++))).append(' ').append(text);
        case QUOTE -> out.append("> ").append(text);
        case LIST_ITEM -> out.append("- ").append(text);
        case PARAGRAPH, IMAGE -> out.append(text);
      }
      previous = block.kind();
    }
    return out.append('\n').toString();
  }

  /**
   * The page level (2 to 6) of each heading block with text, in order: source levels ranked
   * (the body's highest becomes 2, the next distinct one 3, ...), then each one at most one
   * level deeper than the heading before it, the title counting as level 1.
   */
  private static List<Integer> headingLevels(List<Block> blocks) {
    List<Block> headings = blocks.stream()
        .filter(b -> b.kind() == BlockKind.HEADING && !withLinks(b).isBlank())
        .toList();
    List<Integer> distinct = headings.stream().map(Block::level).distinct().sorted().toList();
    List<Integer> levels = new ArrayList<>();
    int before = 1;
    for (Block block : headings) {
      int ranked = Math.min(6, 2 + distinct.indexOf(block.level()));
      int level = Math.min(ranked, before + 1);
      levels.add(level);
      before = level;
    }
    return levels;
  }

  /**
   * The block's text escaped, its links as {@code [text](href)}: only absolute http(s) hrefs,
   * with the characters that could end the destination early percent-encoded.
   */
  private static String withLinks(Block block) {
    String text = block.text();
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (InlineLink link : block.links()) {
      String href = Links.httpUrl(link.href());
      if (href == null || link.start() < at || link.end() > text.length()) {
        continue;
      }
      out.append(MarkdownEscaper.escapePart(text.substring(at, link.start()), at == 0, false));
      out.append('[')
          .append(MarkdownEscaper.escapePart(text.substring(link.start(), link.end()), false, false))
          .append("](").append(Links.forMarkdownDestination(href)).append(')');
      at = link.end();
    }
    return out.append(MarkdownEscaper.escapePart(text.substring(at), at == 0, true)).toString();
  }

  /** An image as {@code ![alt](src)}; nothing when its address is not http(s). */
  private static String image(Block block) {
    String src = Links.httpUrl(block.src());
    if (src == null) {
      return "";
    }
    return "![" + MarkdownEscaper.escape(block.text()) + "]("
        + Links.forMarkdownDestination(src) + ")";
  }

  String html(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
