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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

class PublisherTest {
  @TempDir Path dir;

  private final Publisher publisher = new Publisher();

  private static Page page(String path, String text) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void forgetsTheManifestsOfGoneSitesAndOfOtherFormatsOnly() throws IOException {
    Path manifests = dir.resolve("cache/sites");
    for (String name : List.of("kept", "gone")) {
      try (SiteWriter writer = publisher.openIncremental(dir.resolve(name), manifests.resolve(name + ".manifest"))) {
        writer.accept(page("index.html", name));
        writer.commit();
      }
    }
    Files.writeString(manifests.resolve("gone.manifest.pending"), "an update cut short");
    Files.writeString(manifests.resolve("older.manifest"), "a manifest of another format");
    Files.writeString(manifests.resolve("notes.txt"), "not a manifest");
    Files.delete(dir.resolve("gone/index.html"));
    Files.delete(dir.resolve("gone/" + Publisher.MARKER));
    Files.delete(dir.resolve("gone"));

    assertEquals(2, Publisher.forgetManifestsOfGoneSites(manifests));
    try (Stream<Path> left = Files.list(manifests)) {
      assertEquals(List.of("kept.manifest", "notes.txt"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
    assertEquals(0, Publisher.forgetManifestsOfGoneSites(dir.resolve("no such folder")));
  }

  @Test
  void publishesEveryPageWithTheSiteMarker() throws IOException {
    Path out = dir.resolve("site");
    publisher.publish(List.of(page("index.html", "home"), page("events/a.html", "A")), out);
    assertEquals("home", Files.readString(out.resolve("index.html")));
    assertEquals("A", Files.readString(out.resolve("events/a.html")));
    assertTrue(Files.isRegularFile(out.resolve(Publisher.MARKER)));
    assertEquals(List.of("site"), siblings(), "no temporary folder is left behind");
  }

  @Test
  void replacesThePreviousSiteAndDropsStaleFiles() throws IOException {
    Path out = dir.resolve("site");
    publisher.publish(List.of(page("index.html", "v1"), page("events/old.html", "old")), out);
    publisher.publish(List.of(page("index.html", "v2")), out);
    assertEquals("v2", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("events/old.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void aFailedWriteLeavesTheOldSiteIntact() throws IOException {
    Path out = dir.resolve("site");
    publisher.publish(List.of(page("index.html", "v1")), out);
    // "a" as a file, then "a/b.html" needs "a" to be a folder: the second write fails mid-way.
    List<Page> clash = List.of(page("a", "file"), page("a/b.html", "x"), page("index.html", "v2"));
    IOException e = assertThrows(IOException.class, () -> publisher.publish(clash, out));
    assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
    assertEquals("v1", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("site"), siblings(), "the temporary folder is removed");
  }

  @Test
  void refusesAFolderThatIsNotASite() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("thesis.txt"), "precious");
    IOException e = assertThrows(IOException.class,
        () -> publisher.publish(List.of(page("index.html", "x")), home));
    assertTrue(e.getMessage().contains(home.toString()) && e.getMessage().contains(Publisher.MARKER),
        e.getMessage());
    assertEquals("precious", Files.readString(home.resolve("thesis.txt")));
  }

  @Test
  void acceptsAnEmptyFolderAndRefusesAFile() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    publisher.publish(List.of(page("index.html", "x")), empty);
    assertEquals("x", Files.readString(empty.resolve("index.html")));
    Path file = Files.writeString(dir.resolve("file.txt"), "keep");
    IOException e = assertThrows(IOException.class,
        () -> publisher.publish(List.of(page("index.html", "x")), file));
    assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    assertEquals("keep", Files.readString(file));
  }

  @Test
  void cleansLeftoversOfAKilledBuild() throws IOException {
    Path tmp = Files.createDirectories(dir.resolve(".site.newsdigest-tmp-123/events"));
    Files.writeString(tmp.resolve("half.html"), "half");
    Files.createDirectories(dir.resolve(".site.newsdigest-old-456"));
    Path unrelated = Files.createDirectories(dir.resolve(".other.newsdigest-tmp-1"));
    publisher.publish(List.of(page("index.html", "x")), dir.resolve("site"));
    assertEquals(List.of(".other.newsdigest-tmp-1", "site"), siblings());
    assertTrue(Files.isDirectory(unrelated));
  }

  @Test
  void rejectsUnsafeOrDuplicatePagePaths() {
    Path out = dir.resolve("site");
    assertThrows(IllegalArgumentException.class,
        () -> publisher.publish(List.of(page("a.html", "1"), page("a.html", "2")), out));
    assertThrows(IllegalArgumentException.class,
        () -> publisher.publish(List.of(page("a//b.html", "1")), out));
    assertThrows(IllegalArgumentException.class,
        () -> publisher.publish(List.of(page("./a.html", "1")), out));
    assertThrows(IllegalArgumentException.class,
        () -> publisher.publish(List.of(page(Publisher.MARKER, "1")), out));
    assertFalse(Files.exists(out));
  }

  @Test
  void aSiteLeftAsideByABuildKilledMidSwapIsPutBackFirst() throws IOException {
    Path out = dir.resolve("site");
    publisher.publish(List.of(page("index.html", "v1")), out);
    // What a kill between the two renames leaves: no site, the previous one under its old name.
    Files.move(out, dir.resolve(".site.newsdigest-old-789"));
    Files.createDirectories(dir.resolve(".site.newsdigest-tmp-789"));
    List<Page> clash = List.of(page("a", "file"), page("a/b.html", "x"));
    assertThrows(IOException.class, () -> publisher.publish(clash, out));
    assertEquals("v1", Files.readString(out.resolve("index.html")), "restored even when the build fails");
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void aWriteFailureNamesThePageThatDidNotFit() throws IOException {
    Path out = dir.resolve("site");
    IOException e = assertThrows(IOException.class, () -> publisher.publish(
        List.of(page("a", "file"), page("a/b.html", "x")), out));
    assertTrue(e.getMessage().contains("could not write a/b.html"), e.getMessage());
  }
}
