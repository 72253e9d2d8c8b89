package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InlineLink;
import org.newsdigest.model.InputFormat;

class MarkdownReaderTest {
  @Test
  void frontMatterFieldsWithListsAndADateThatStaysText() throws Exception {
    Document doc = Fixtures.readOne("posts/a.md", """
        ---
        title: "Allies Meet in Paris"
        date: 2026-01-06
        lastmod: 2026-01-07T10:00:00Z
        publisher: Example News
        authors: [Jane Doe, John Roe]
        canonical: https://example.org/allies
        tags: [Ukraine, Diplomacy, ukraine]
        categories: World
        lang: en
        draft: true
        ---
        Leaders met in Paris on Tuesday to discuss security guarantees for Kyiv.
        """);
    assertEquals(InputFormat.MARKDOWN, doc.format());
    assertEquals("Allies Meet in Paris", doc.title());
    assertEquals("2026-01-06", doc.metadata().published());
    assertEquals("2026-01-07T10:00:00Z", doc.metadata().updated());
    assertEquals("Example News", doc.metadata().outlet());
    assertEquals("Jane Doe and John Roe", doc.metadata().byline());
    assertEquals("https://example.org/allies", doc.metadata().url());
    assertEquals("en", doc.metadata().language());
    assertEquals(List.of("Ukraine", "Diplomacy", "World"), doc.metadata().tags());
    assertEquals(
        List.of(Block.paragraph(
            "Leaders met in Paris on Tuesday to discuss security guarantees for Kyiv.")),
        doc.blocks());
    assertEquals(List.of(), doc.warnings());
  }

  @Test
  void malformedFrontMatterWarnsAndTheBodyIsStillRead() throws Exception {
    Document doc = Fixtures.readOne("a.md", "---\ntitle: [unclosed\n---\nBody text of the article.\n");
    assertTrue(doc.warnings().stream().anyMatch(w -> w.startsWith("front matter is not valid YAML")),
        doc.warnings().toString());
    assertEquals("Body text of the article.", Fixtures.body(doc));
  }

  @Test
  void commonMarkBlocksAreFlattenedToText() throws Exception {
    Document doc = Fixtures.readOne("a.md", """
        # Allies Meet in Paris

        Leaders **met** in [Paris](https://example.org/paris) on *Tuesday*.
        ![a photo](photo.jpg)

        ## What was agreed

        > “We will stand by Kyiv,” the host said.

        - A monitoring mission
        - Air defence support

        <div class="ad">Buy now</div>

        Show on website : [Click Here](#)

        Talks continue in March with a [](https://example.org/empty) follow-up.
        """);
    assertEquals("Allies Meet in Paris", doc.title());
    assertEquals(
        List.of(
            // the link's text keeps its address; the relative image has none to keep
            Block.paragraph("Leaders met in Paris on Tuesday.")
                .withLinks(List.of(new InlineLink(15, 20, "https://example.org/paris"))),
            Block.heading("What was agreed", 2),
            new Block(BlockKind.QUOTE, "“We will stand by Kyiv,” the host said.", 0),
            new Block(BlockKind.LIST_ITEM, "A monitoring mission", 0),
            new Block(BlockKind.LIST_ITEM, "Air defence support", 0),
            Block.paragraph("Talks continue in March with a follow-up.")),
        doc.blocks());
  }

  @Test
  void anH1EqualToTheFrontMatterTitleIsNotRepeated() throws Exception {
    Document doc = Fixtures.readOne("a.md",
        "---\ntitle: Allies Meet\n---\n# Allies Meet\n\nBody text here.\n");
    assertEquals("Allies Meet", doc.title());
    assertFalse(doc.blocks().stream().anyMatch(Block::isHeading));
  }

  @Test
  void withoutTitleOrH1TheTitleIsNull() throws Exception {
    Document doc = Fixtures.readOne("a.md", "Just a paragraph of text.\n\nAnd another.\n");
    assertNull(doc.title());
    assertTrue(doc.warnings().contains("no title found"));
  }
}
