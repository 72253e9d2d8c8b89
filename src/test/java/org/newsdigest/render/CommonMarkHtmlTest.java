package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article body left as Markdown in its view model prints as the HTML CommonMark makes of it,
 * as the HTML itself did, and fingerprints as its Markdown.
 */
class CommonMarkHtmlTest {
  @TempDir Path dir;

  private static final String BODY = "A *first* paragraph with <script>x</script> & more.\n\n"
      + "## A heading\n\n[a link](https://example.org/a?b=1&c=2)\n";

  @Test
  void printsAsTheHtmlOfItsMarkdownWithoutEscapingItTwice() throws IOException {
    Files.writeString(dir.resolve("page.ftlh"), "<main>${body}</main>${plain}");
    TemplateEngine engine = new TemplateEngine(dir, new MarkdownOutputFormat(), TemplateLimits.DEFAULT);
    Markup markup = new Markup(new MarkdownOutputFormat());
    String html = new ArticleMarkdown().html(BODY);
    String expected = engine.render("page.ftlh",
        Map.of("body", markup.html(html), "plain", "<b>"));
    assertEquals(expected, engine.render("page.ftlh",
        Map.of("body", new CommonMarkHtml(BODY), "plain", "<b>")));
    assertEquals("<main>" + html + "</main>&lt;b&gt;", expected);
  }

  @Test
  void fingerprintsAsItsMarkdown() {
    Markup markup = new Markup(new MarkdownOutputFormat());
    assertArrayEquals(PageFingerprint.of("a.ftlh", Map.of("body", new CommonMarkHtml(BODY))),
        PageFingerprint.of("a.ftlh", Map.of("body", new CommonMarkHtml(BODY))));
    byte[] other = PageFingerprint.of("a.ftlh", Map.of("body", new CommonMarkHtml(BODY + "x")));
    assertFalse(Arrays.equals(other,
        PageFingerprint.of("a.ftlh", Map.of("body", new CommonMarkHtml(BODY)))));
    // Not the fingerprint of the same text as a string, nor as HTML or Markdown markup.
    for (Object sameText : new Object[] {BODY, markup.html(BODY), markup.markdown(BODY)}) {
      assertFalse(Arrays.equals(PageFingerprint.of("a.ftlh", Map.of("body", sameText)),
          PageFingerprint.of("a.ftlh", Map.of("body", new CommonMarkHtml(BODY)))));
    }
  }
}
