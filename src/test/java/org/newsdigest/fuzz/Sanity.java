package org.newsdigest.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Fact;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Quote;
import org.newsdigest.model.Sentence;

/**
 * What every Document and Article must satisfy whatever bytes they came from: the properties
 * the fuzz targets assert on each input. A failure names the field, so a crash file explains
 * itself.
 */
final class Sanity {
  private Sanity() {}

  /**
   * A reader bug wrapped by the ingester: thrown as "unreadable" but really a crash. A shape
   * refused on purpose ("nested too deeply") is not one, though its message reads alike.
   */
  static boolean isHiddenCrash(UnreadableInputException unreadable) {
    return unreadable.kind() == UnreadableInputException.Kind.READER_FAILED;
  }

  /** An analysis that threw inside the extractor and was turned into a warning. */
  static boolean isHiddenCrashWarning(String warning) {
    return warning.startsWith("could not extract ");
  }

  static void checkDocuments(String source, List<Document> documents) {
    assertNotNull(documents, "documents");
    assertFalse(documents.isEmpty(), "a readable file gives at least one document");
    for (Document d : documents) {
      checkDocument(source, d);
    }
    assertEquals(
        documents.size(),
        documents.stream().map(Document::source).distinct().count(),
        "document sources are unique");
  }

  static void checkDocument(String source, Document d) {
    assertTrue(
        d.source().equals(source) || d.source().startsWith(source + "#"),
        "source key '" + d.source() + "' comes from '" + source + "'");
    assertNotNull(d.format(), "format");
    if (d.title() != null) {
      checkLine("title", d.title());
    }
    DocumentMetadata m = d.metadata();
    assertNotNull(m, "metadata");
    for (String field :
        new String[] {m.outlet(), m.byline(), m.published(), m.updated(), m.url(), m.language()}) {
      if (field != null) {
        checkLine("metadata field", field);
      }
    }
    for (String tag : m.tags()) {
      checkLine("tag", tag);
    }
    for (Block b : d.blocks()) {
      checkText("block text", b.text());
    }
    for (String w : d.warnings()) {
      checkText("warning", w);
    }
  }

  static void checkArticle(Document document, Article a) {
    assertEquals(document.source(), a.source(), "source");
    assertEquals(document.format(), a.format(), "format");
    checkLine("title", a.title());
    assertFalse(a.title().isBlank(), "the title is never blank");
    for (String w : a.warnings()) {
      if (isHiddenCrashWarning(w)) {
        fail("an analysis crashed: " + w);
      }
    }
    List<Block> blocks = a.blocks();
    for (Sentence s : a.sentences()) {
      checkBlock(blocks, s.block(), "sentence");
      assertFalse(s.text().isBlank(), "a sentence is never blank");
      assertTrue(blocks.get(s.block()).text().contains(s.text()), "a sentence is in its block");
    }
    for (Mention m : a.mentions()) {
      checkBlock(blocks, m.block(), "mention");
      String text = blocks.get(m.block()).text();
      assertTrue(
          0 <= m.start() && m.start() < m.end() && m.end() <= text.length(),
          "mention span [" + m.start() + ", " + m.end() + ") inside " + text.length() + " chars");
      assertEquals(text.substring(m.start(), m.end()), m.text(), "mention text is its span");
      assertTrue(
          a.entities().stream().anyMatch(e -> e.key().equals(m.entityKey())),
          "mention refers to a known entity " + m.entityKey());
    }
    for (Entity e : a.entities()) {
      checkLine("entity name", e.name());
      assertFalse(e.name().isBlank(), "an entity name is never blank");
    }
    for (Quote q : a.quotes()) {
      checkBlock(blocks, q.block(), "quote");
      assertNotNull(q.text(), "quote text");
    }
    for (Fact f : a.facts()) {
      checkBlock(blocks, f.block(), "fact");
      assertNotNull(f.value(), "fact value");
    }
    for (DateMention d : a.dates()) {
      checkBlock(blocks, d.block(), "date");
      assertNotNull(d.date(), "date of a date mention");
    }
    if (a.dateline() != null) {
      assertTrue(
          blocks.stream().anyMatch(b -> b.text().startsWith(a.dateline().text())),
          "the dateline '" + a.dateline().text() + "' opens a block");
    }
    if (a.published() != null) {
      assertNotNull(a.published().iso(), "published prints as ISO 8601");
    }
    if (a.outlet() != null) {
      checkLine("outlet", a.outlet());
    }
    if (a.byline() != null) {
      checkLine("byline", a.byline());
    }
  }

  private static void checkBlock(List<Block> blocks, int index, String what) {
    assertTrue(0 <= index && index < blocks.size(), what + " block index " + index + " in range");
  }

  /** One-line text shown on a page: no control character at all, not even a newline. */
  static void checkLine(String what, String s) {
    checkText(what, s);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      assertFalse(c == '\n' || c == '\r' || c == '\t', what + " is one line: " + quoted(s));
    }
  }

  /** Text kept from the input: no NUL or other control character but line breaks and tabs, and
   * no half of a surrogate pair (it cannot be written as UTF-8). */
  static void checkText(String what, String s) {
    assertNotNull(s, what);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7f
          || (c >= 0x80 && c < 0xa0);
      assertFalse(control, what + " has control character U+"
          + Integer.toHexString(c) + " at " + i + ": " + quoted(s));
      if (Character.isHighSurrogate(c)) {
        assertTrue(i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)),
            what + " has a lone high surrogate at " + i);
        i++;
      } else {
        assertFalse(Character.isLowSurrogate(c), what + " has a lone low surrogate at " + i);
      }
    }
  }

  private static String quoted(String s) {
    String head = s.length() > 120 ? s.substring(0, 120) + "…" : s;
    StringBuilder out = new StringBuilder("\"");
    head.codePoints().forEach(cp -> {
      if (cp < 0x20 || cp == 0x7f || (cp >= 0x80 && cp < 0xa0)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return out.append('"').toString();
  }
}
