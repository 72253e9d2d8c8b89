package org.newsdigest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

/**
 * A site updated in place keeps a page without it being made again only when the manifest says
 * the page there was made from the same inputs by the same maker (code, templates, settings).
 */
class KeptPagesTest {
  @TempDir Path dir;

  private final Publisher publisher = new Publisher();

  private static final String MAKER = "a".repeat(64);
  private static final String OTHER_MAKER = "b".repeat(64);

  private static byte[] inputs(String name) {
    byte[] bytes = new byte[Hash128.BYTES];
    byte[] text = name.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(text, 0, bytes, 0, Math.min(text.length, bytes.length));
    return bytes;
  }

  private static Page page(String path, String text, String inputs) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8), inputs(inputs));
  }

  private static final List<Page> SITE = List.of(
      page("index.html", "<a href=events/a.html>a</a>", "index v1"),
      page("events/a.html", "event a", "a v1"),
      page("events/b.html", "event b", "b v1"));

  private Path site() {
    return dir.resolve("site");
  }

  private Path manifest() {
    return dir.resolve("cache/site.manifest");
  }

  private SiteWriter open(String maker) throws IOException {
    return publisher.openIncremental(site(), manifest(), maker);
  }

  /** The first build: written afresh, the manifest remembering each page's inputs. */
  private void firstBuild(String maker) throws IOException {
    try (SiteWriter writer = open(maker)) {
      assertEquals(!maker.isEmpty(), writer.remembersInputs());
      assertFalse(writer.keep("events/a.html", inputs("a v1")), "nothing to keep in a new site");
      SITE.forEach(writer::accept);
      writer.commit();
    }
  }

  @Test
  void aPageMadeFromTheSameInputsByTheSameMakerIsKept() throws IOException {
    firstBuild(MAKER);
    try (SiteWriter writer = open(MAKER)) {
      assertTrue(writer.remembersInputs());
      assertTrue(writer.keep("events/a.html", inputs("a v1")));
      assertFalse(writer.keep("events/b.html", inputs("b v2")), "other inputs: made again");
      assertFalse(writer.keep("events/c.html", inputs("c v1")), "no such page before");
      writer.accept(page("events/b.html", "event b, updated", "b v2"));
      writer.accept(page("events/c.html", "event c", "c v1"));
      assertThrows(IllegalArgumentException.class,
          () -> writer.keep("events/a.html", inputs("a v1")), "a path is given once");
      assertThrows(IllegalArgumentException.class,
          () -> writer.accept(page("events/a.html", "event a", "a v1")), "kept counts as given");
      // index.html is neither kept nor given: the commit deletes it.
      writer.commit();
      assertEquals(3, writer.pages());
      assertEquals(3, writer.changed(), "b replaced, c added, index deleted; a untouched");
    }
    assertEquals("event a", Files.readString(site().resolve("events/a.html")));
    assertEquals("event b, updated", Files.readString(site().resolve("events/b.html")));
    assertFalse(Files.exists(site().resolve("index.html")));
    try (SiteWriter writer = open(MAKER)) {
      assertTrue(writer.keep("events/a.html", inputs("a v1")), "still remembered");
      assertTrue(writer.keep("events/b.html", inputs("b v2")), "the new inputs remembered");
      assertTrue(writer.keep("events/c.html", inputs("c v1")));
      writer.commit();
      assertEquals(0, writer.changed());
    }
  }

  @Test
  void anotherMakerKeepsNothingUntilItHasMadeThePagesItself() throws IOException {
    firstBuild(MAKER);
    try (SiteWriter writer = open(OTHER_MAKER)) {
      assertFalse(writer.keep("events/a.html", inputs("a v1")), "new code or templates");
      // The new maker makes the same bytes: no file changes, but the manifest learns the maker.
      SITE.forEach(writer::accept);
      writer.commit();
      assertEquals(0, writer.changed());
    }
    try (SiteWriter writer = open(OTHER_MAKER)) {
      assertTrue(writer.keep("events/a.html", inputs("a v1")));
    }
    try (SiteWriter writer = open(MAKER)) {
      assertFalse(writer.keep("events/a.html", inputs("a v1")), "the manifest names the latest maker");
    }
  }

  @Test
  void anUnknownMakerNeitherRemembersNorKeeps() throws IOException {
    firstBuild("");
    try (SiteWriter writer = open("")) {
      assertFalse(writer.remembersInputs());
      assertFalse(writer.keep("events/a.html", inputs("a v1")));
    }
    try (SiteWriter writer = open(MAKER)) {
      assertFalse(writer.keep("events/a.html", inputs("a v1")),
          "pages of an unknown maker have no inputs to match");
    }
  }

  @Test
  void aSiteChangedByHandIsWrittenAfreshSoNothingIsKept() throws IOException {
    firstBuild(MAKER);
    Files.writeString(site().resolve("events/a.html"), "edited by hand");
    try (SiteWriter writer = open(MAKER)) {
      assertFalse(writer.keep("events/a.html", inputs("a v1")),
          "the manifest no longer describes the site");
      SITE.forEach(writer::accept);
      writer.commit();
    }
    assertEquals("event a", Files.readString(site().resolve("events/a.html")));
  }

  @Test
  void aPlainSiteWriterNeverKeeps() throws IOException {
    try (SiteWriter writer = publisher.open(site())) {
      assertFalse(writer.remembersInputs());
      assertFalse(writer.keep("events/a.html", inputs("a v1")));
    }
  }
}
