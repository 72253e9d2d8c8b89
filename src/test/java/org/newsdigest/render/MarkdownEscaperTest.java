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
  void ordinaryPunctuationStaysUnescaped() {
    assertEquals("AT&T and Procter & Gamble | Q&A! Ukraine's #1 issue, snake_case_name",
        MarkdownEscaper.escape("AT&T and Procter & Gamble | Q&A! Ukraine's #1 issue, snake_case_name"));
    assertEquals("a > b, 5 - 3 + 2 = 4", MarkdownEscaper.escape("a > b, 5 - 3 + 2 = 4"));
  }

  @Test
  void markupThatWouldChangeTheTextIsStillNeutralised() {
    assertEquals("<p>&amp;amp; and &amp;#169; stay text</p>", roundTrip("&amp; and &#169; stay text"));
    assertEquals("<p>![alt](https://x.example/i.png) _emphasis_ ~~gone~~</p>",
        roundTrip("![alt](https://x.example/i.png) _emphasis_ ~~gone~~"));
    assertEquals("<p>&gt; not a quote</p>", roundTrip("> not a quote"));
    assertEquals("<p>#hashtag</p>", roundTrip("#hashtag"));
    assertEquals("<h1>Vote #</h1>", markdown.html("# " + MarkdownEscaper.escape("Vote #")).strip(),
        "a trailing # is not read as the heading's closing sequence");
    // A label ending in "](javascript:...)" cannot close the link the template opens around it.
    String link = "[" + MarkdownEscaper.escape("x](javascript:alert(1)) [y") + "](../a.html)";
    assertEquals("<p><a rel=\"nofollow noopener\" href=\"../a.html\">x](javascript:alert(1)) [y</a></p>", markdown.html(link).strip());
  }

  @Test
  void bodyBlocksBecomeStructure() {
    String md = markdown.markdown(List.of(Block.heading("Top", 1), Block.paragraph("Text")));
    assertEquals("## Top\n\nText\n", md);
  }
}
