package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;

class MarkdownEscaperTest {
  private final ArticleMarkdown markdown = new ArticleMarkdown();

  private String roundTrip(String text) {
    return markdown.html(MarkdownEscaper.escape(text)).strip();
  }

  @Test
  void escapedTextRendersAsTheSameText() {
    assertEquals("<p>*not emphasis* and _this_ [not](a link) &lt;b&gt;</p>",
        roundTrip("*not emphasis* and _this_ [not](a link) <b>"));
    assertEquals("<p>1. not a list</p>", roundTrip("1. not a list"));
    assertEquals("0.73 stays readable", MarkdownEscaper.escape("0.73 stays readable"));
    assertEquals("<p>- not an item</p>", roundTrip("- not an item"));
    assertEquals("<p># not a heading</p>", roundTrip("# not a heading"));
    assertEquals("<p>&amp;amp; stays text</p>", roundTrip("&amp; stays text"));
  }

  @Test
  void bodyBlocksBecomeStructure() {
    String md = markdown.markdown(List.of(Block.heading("Top", 1), Block.paragraph("Text")));
    assertEquals("## Top\n\nText\n", md);
  }
}
