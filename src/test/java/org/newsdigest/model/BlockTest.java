package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A block's links and image address are web addresses within its text, or it is not built. */
class BlockTest {
  @Test
  void onlyAbsoluteHttpAddressesAreLinks() {
    for (String bad : List.of("javascript:alert(1)", "data:text/html,x", "vbscript:x",
        "mailto:a@b.c", "/relative", "//host.example/x", "java\tscript:x", "https://", "")) {
      assertThrows(IllegalArgumentException.class, () -> new InlineLink(0, 1, bad), bad);
      assertThrows(IllegalArgumentException.class, () -> Block.image(bad, "alt"), bad);
    }
    assertEquals("HTTPS://a.example/x", new InlineLink(0, 1, "HTTPS://a.example/x").href());
  }

  @Test
  void linksLieWithinTheTextInOrder() {
    Block block = Block.paragraph("abc def");
    assertThrows(IllegalArgumentException.class,
        () -> block.withLinks(List.of(new InlineLink(4, 8, "https://a.example/"))));
    assertThrows(IllegalArgumentException.class, () -> block.withLinks(List.of(
        new InlineLink(0, 3, "https://a.example/"), new InlineLink(2, 5, "https://b.example/"))));
    assertThrows(IllegalArgumentException.class, () -> new InlineLink(2, 2, "https://a.example/"));
  }

  @Test
  void imagesAreNotBodyTextAndTheOldConstructorStillWorks() {
    Block image = Block.image("https://img.example.org/a.jpg", "A photo");
    assertThrows(IllegalArgumentException.class,
        () -> new Block(BlockKind.PARAGRAPH, "x", 0, List.of(), "https://img.example.org/a.jpg"));
    Block paragraph = new Block(BlockKind.PARAGRAPH, "Text.", 0);
    assertTrue(paragraph.links().isEmpty());
    Article article = new Article("a.html", InputFormat.HTML, "T", false, null, null, null, null,
        null, null, null, List.of(), List.of(paragraph, image), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of());
    assertEquals("Text.", article.bodyText());
    assertEquals(List.of(paragraph), article.paragraphs());
  }
}
