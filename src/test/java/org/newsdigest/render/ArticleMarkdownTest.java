package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.InlineLink;

/** An article's own links and images reach its page; nothing in their text becomes markup. */
class ArticleMarkdownTest {
  private final ArticleMarkdown markdown = new ArticleMarkdown();

  private static Block linked(String text, String linkedPart, String href) {
    int start = text.indexOf(linkedPart);
    return Block.paragraph(text).withLinks(
        List.of(new InlineLink(start, start + linkedPart.length(), href)));
  }

  @Test
  void aLinkBecomesAnAnchorWithRelAndTheRestStaysText() {
    String md = markdown.markdown(List.of(
        linked("The board published its report [draft] on Monday.", "its report [draft]",
            "https://water.example.org/r.pdf")));
    Element body = Jsoup.parseBodyFragment(markdown.html(md)).body();
    Element a = body.selectFirst("a");
    assertNotNull(a, body.html());
    assertEquals("https://water.example.org/r.pdf", a.attr("href"));
    assertEquals("its report [draft]", a.text());
    assertEquals("nofollow noopener", a.attr("rel"));
    assertEquals("The board published its report [draft] on Monday.", body.text());
  }

  @Test
  void linkTextAndAddressCannotBreakOut() {
    String text = "See ](javascript:alert(1)) <b onclick=x>here</b> now.";
    String md = markdown.markdown(List.of(
        linked(text, "here</b>", "https://x.example.org/a)b(c)")));
    Element body = Jsoup.parseBodyFragment(markdown.html(md)).body();
    assertEquals(1, body.select("a").size(), body.html());
    assertTrue(body.select("b, [onclick]").isEmpty(), body.html());
    assertEquals(text, body.text());
    assertTrue(body.selectFirst("a").attr("href").startsWith("https://x.example.org/a%29b"),
        body.html());
  }

  @Test
  void anImageBecomesALazyImgWithItsAlt() {
    String md = markdown.markdown(List.of(Block.paragraph("The reservoir is low."),
        Block.image("https://img.example.org/res.jpg", "The dry *reservoir*"),
        Block.image("https://img.example.org/plain.jpg", "")));
    assertTrue(md.contains("![The dry \\*reservoir\\*](https://img.example.org/res.jpg)"), md);
    Element body = Jsoup.parseBodyFragment(markdown.html(md)).body();
    List<Element> images = body.select("img");
    assertEquals(2, images.size(), body.html());
    assertEquals("https://img.example.org/res.jpg", images.get(0).attr("src"));
    assertEquals("The dry *reservoir*", images.get(0).attr("alt"));
    assertEquals("lazy", images.get(0).attr("loading"));
    assertEquals("", images.get(1).attr("alt"));
  }

  @Test
  void anImageIsAnHtmlVoidElementWithoutAnXhtmlSlash() {
    String html = markdown.html(markdown.markdown(List.of(
        Block.image("https://img.example.org/a.jpg", "Crews at work"))));
    assertEquals(
        "<p><img src=\"https://img.example.org/a.jpg\" alt=\"Crews at work\" loading=\"lazy\"></p>",
        html.strip());
  }

  @Test
  void blocksWithoutLinksRenderAsBefore() {
    assertEquals("Plain \\[text\\] here.\n",
        markdown.markdown(List.of(Block.paragraph("Plain [text] here."))));
  }

  @Test
  void bodyHeadingsStartBelowTheTitleAndNeverSkipALevel() {
    String md = markdown.markdown(List.of(
        Block.heading("Background", 3), Block.paragraph("One."),
        Block.heading("Detail", 5), Block.paragraph("Two."),
        Block.heading("Reactions", 3), Block.paragraph("Three.")));
    assertEquals("## Background\n\nOne.\n\n### Detail\n\nTwo.\n\n## Reactions\n\nThree.\n", md);
  }

  @Test
  void aDeepHeadingRightAfterTheTitleIsRaisedToH2() {
    String md = markdown.markdown(List.of(
        Block.paragraph("Lead."), Block.heading("Late", 4), Block.heading("Top", 1),
        Block.heading("Sub", 2)));
    // Ranked 1->2, 2->3, 4->4, but "Late" comes first, straight after the title: h2.
    assertEquals("Lead.\n\n## Late\n\n## Top\n\n### Sub\n", md);
  }
}
