package org.newsdigest.render;

import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;

/**
 * An article body as Markdown with every block's text escaped, and the HTML CommonMark makes of
 * it, so the .md and .html pages of an article say the same thing and input never becomes markup.
 */
final class ArticleMarkdown {
  private final Parser parser = Parser.builder().build();
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

  /** Body headings move one level down: the article's title is the page's only h1. */
  String markdown(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    BlockKind previous = null;
    for (Block block : blocks) {
      String text = MarkdownEscaper.escape(block.text());
      if (text.isBlank()) {
        continue;
      }
      if (previous != null) {
        // Consecutive list items form one tight list; anything else is its own block.
        out.append(previous == BlockKind.LIST_ITEM && block.kind() == BlockKind.LIST_ITEM ? "\n" : "\n\n");
      }
      switch (block.kind()) {
        case HEADING -> out.append("#".repeat(Math.min(6, Math.max(1, block.level()) + 1)))
            .append(' ').append(text);
        case QUOTE -> out.append("> ").append(text);
        case LIST_ITEM -> out.append("- ").append(text);
        case PARAGRAPH -> out.append(text);
      }
      previous = block.kind();
    }
    return out.append('\n').toString();
  }

  String html(String markdown) {
    return renderer.render(parser.parse(markdown));
  }
}
