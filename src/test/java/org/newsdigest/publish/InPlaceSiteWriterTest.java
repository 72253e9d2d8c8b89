package org.newsdigest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

class InPlaceSiteWriterTest {
  @TempDir Path dir;

  private final Publisher publisher = new Publisher();

  private static Page page(String path, String text) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static final List<Page> V1 = List.of(
      page("index.html", "<a href=events/a.html>a</a>"),
      page("events/a.html", "event a"),
      page("events/b.html", "event b"),
      page("people/ann/index.html", "Ann"),
      page("people/ann/photo.txt", "photo"),
      page("feed.xml", "<feed/>"));

  /** One page changed, one added in a new folder, a whole nested folder gone. */
  private static final List<Page> V2 = List.of(
      page("index.html", "<a href=events/a.html>a</a><a href=places/paris.html>p</a>"),
      page("events/a.html", "event a"),
      page("events/b.html", "event b"),
      page("places/paris.html", "Paris"),
      page("feed.xml", "<feed/>"));

  private Path site() {
    return dir.resolve("site");
  }

  private Path manifest() {
    return dir.resolve("cache").resolve("site.manifest");
  }

  /** Builds the pages into the site; returns the files the commit created, replaced or deleted. */
  private int build(List<Page> pages) throws IOException {
    return build(pages, site());
  }

  private int build(List<Page> pages, Path out) throws IOException {
    try (SiteWriter writer = publisher.openIncremental(out, manifest())) {
      pages.forEach(writer::accept);
      assertEquals(0, writer.changed(), "nothing is counted before the commit");
      writer.commit();
      assertEquals(pages.size(), writer.pages());
      return writer.changed();
    }
  }

  /** As {@link #build(List)}, every page streamed to the writer rather than given whole. */
  private int buildStreamed(List<Page> pages) throws IOException {
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      for (Page page : pages) {
        writer.accept(page.path(), out -> out.write(page.content()), page.inputs());
      }
      writer.commit();
      assertEquals(pages.size(), writer.pages());
      return writer.changed();
    }
  }

  private List<String> hiddenFiles() throws IOException {
    try (Stream<Path> walk = Files.walk(site())) {
      return walk.map(p -> p.getFileName().toString())
          .filter(name -> name.startsWith(".newsdigest-part-")).toList();
    }
  }

  /** Every file and folder under {@code root} with the file's text, in path order. */
  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
        String name = root.relativize(path).toString();
        all.put(name, Files.isDirectory(path) ? "<folder>" : Files.readString(path));
      }
    }
    return all;
  }

  private Map<String, String> cleanBuildOf(List<Page> pages) throws IOException {
    Path clean = dir.resolve("clean-" + System.nanoTime());
    publisher.publish(pages, clean);
    return snapshot(clean);
  }

  private static Object identity(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void anUpdateInPlaceLeavesWhatACleanBuildLeaves() throws IOException {
    build(V1);
    Object root = identity(site());
    Object unchanged = identity(site().resolve("events/a.html"));
    Object changed = identity(site().resolve("index.html"));
    FileTime untouched = Files.getLastModifiedTime(site().resolve("events/b.html"));
    assertEquals(4, build(V2), "index.html replaced, places/paris.html created, two people pages deleted");
    assertEquals(cleanBuildOf(V2), snapshot(site()), "same files, same bytes, same marker, no empty folder");
    assertEquals(root, identity(site()), "updated in place, not swapped");
    assertEquals(unchanged, identity(site().resolve("events/a.html")), "an unchanged page is not rewritten");
    assertEquals(untouched, Files.getLastModifiedTime(site().resolve("events/b.html")));
    assertNotEquals(changed, identity(site().resolve("index.html")), "a changed page is replaced by a rename");
    assertFalse(Files.exists(site().resolve("people")), "folders left empty are removed");
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")));
    assertEquals(List.of("cache", "site"), siblings().stream().filter(n -> !n.startsWith("clean-")).toList());
  }

  @Test
  void streamedPagesLeaveWhatWholePagesLeave() throws IOException {
    assertEquals(V1.size(), buildStreamed(V1), "a fresh site, streamed");
    assertEquals(cleanBuildOf(V1), snapshot(site()));
    Object unchanged = identity(site().resolve("events/a.html"));
    assertEquals(4, buildStreamed(V2), "index.html replaced, places/paris.html created, two people pages deleted");
    assertEquals(cleanBuildOf(V2), snapshot(site()));
    assertEquals(unchanged, identity(site().resolve("events/a.html")), "an unchanged page is kept, not replaced");
    assertEquals(List.of(), hiddenFiles());
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")));
  }

  @Test
  void streamedPagesThatDidNotChangeLeaveTheSiteAndNoFlag() throws IOException {
    build(V1);
    Object markerFile = identity(site().resolve(Publisher.MARKER));
    assertEquals(0, buildStreamed(V1));
    assertEquals(markerFile, identity(site().resolve(Publisher.MARKER)));
    assertEquals(List.of(), hiddenFiles());
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")),
        "the flag raised before streaming is cleared, or the next build would start afresh");
    Object root = identity(site());
    build(V2);
    assertEquals(root, identity(site()), "the next build is still in place");
  }

  @Test
  void aStreamThatFailsHalfWayLeavesTheSiteAsItWas() throws IOException {
    build(V1);
    Map<String, String> before = snapshot(site());
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () ->
          writer.accept("feed.xml", out -> {
            out.write("<feed>".getBytes(StandardCharsets.UTF_8));
            throw new IOException("the template's disk is full");
          }, null));
      assertTrue(e.getMessage().contains("feed.xml"), e.getMessage());
      assertThrows(IOException.class, writer::commit);
    }
    assertEquals(before, snapshot(site()));
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")));
  }

  @Test
  void theFirstBuildIsFreshAndWritesTheManifestForTheNext() throws IOException {
    assertFalse(Files.exists(manifest()));
    assertEquals(V1.size(), build(V1), "a fresh site writes every page");
    assertEquals(cleanBuildOf(V1), snapshot(site()));
    assertTrue(Files.isRegularFile(manifest()));
    Object root = identity(site());
    build(V1);
    assertEquals(root, identity(site()), "the second build with the manifest is in place");
  }

  @Test
  void withNothingChangedNothingIsWritten() throws IOException {
    build(V1);
    Path marker = site().resolve(Publisher.MARKER);
    Object markerFile = identity(marker);
    FileTime manifestTime = Files.getLastModifiedTime(manifest());
    List<Page> reordered = new ArrayList<>(V1);
    java.util.Collections.reverse(reordered);
    assertEquals(0, build(reordered));
    assertEquals(markerFile, identity(marker));
    assertEquals(manifestTime, Files.getLastModifiedTime(manifest()));
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")), "no change, no flag");
  }

  @Test
  void oldPagesAreUntouchedAndNewPagesWaitHiddenUntilCommit() throws IOException {
    build(V1);
    Map<String, String> before = snapshot(site());
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      V2.forEach(writer::accept);
      Map<String, String> during = snapshot(site());
      // Before commit: every old page keeps its bytes (so every old link resolves), and the
      // new and the changed page wait in hidden files in their folders.
      for (Map.Entry<String, String> old : before.entrySet()) {
        assertEquals(old.getValue(), during.get(old.getKey()), old.getKey());
      }
      assertFalse(during.containsKey("places/paris.html"));
      assertTrue(during.keySet().stream().anyMatch(p -> p.startsWith("places/.newsdigest-part-")));
      assertTrue(during.keySet().stream().anyMatch(p -> p.startsWith(".newsdigest-part-")));
      assertTrue(Files.exists(manifest().resolveSibling("site.manifest.pending")), "flagged before the first change");
      writer.commit();
    }
    assertEquals(cleanBuildOf(V2), snapshot(site()));
  }

  @Test
  void newPagesComeFirstThenReplacementsThenDeletions() throws Exception {
    // One folder, so the file system reports every change in the order it happened.
    List<Page> v1 = IntStream.range(0, 30).mapToObj(n -> page("p" + n + ".html", "v1 " + n)).toList();
    List<Page> v2 = new ArrayList<>();
    for (int n = 0; n < 40; n++) {
      if (n < 10) {
        v2.add(page("p" + n + ".html", "v2 " + n + " <a href=p" + (n + 30) + ".html>"));
      } else if (n >= 20) {
        v2.add(page("p" + n + ".html", n < 30 ? "v1 " + n : "new " + n));
      }
    }
    build(v1);
    List<String> changes = new ArrayList<>();
    try (java.nio.file.WatchService watcher = site().getFileSystem().newWatchService()) {
      site().register(watcher, java.nio.file.StandardWatchEventKinds.ENTRY_CREATE,
          java.nio.file.StandardWatchEventKinds.ENTRY_DELETE);
      build(v2);
      java.nio.file.WatchKey key;
      while ((key = watcher.poll(200, java.util.concurrent.TimeUnit.MILLISECONDS)) != null) {
        for (java.nio.file.WatchEvent<?> event : key.pollEvents()) {
          String name = String.valueOf(event.context());
          if (name.startsWith("p")) {
            // A rename into place is reported as the creation of the page's name.
            changes.add((event.kind() == java.nio.file.StandardWatchEventKinds.ENTRY_CREATE ? "+" : "-") + name);
          }
        }
        key.reset();
      }
    }
    int lastNew = -1;
    int firstReplaced = Integer.MAX_VALUE;
    int lastReplaced = -1;
    int firstDeleted = Integer.MAX_VALUE;
    for (int i = 0; i < changes.size(); i++) {
      int n = Integer.parseInt(changes.get(i).replaceAll("\\D", ""));
      if (changes.get(i).startsWith("+") && n >= 30) {
        lastNew = i;
      } else if (changes.get(i).startsWith("+") && n < 10) {
        firstReplaced = Math.min(firstReplaced, i);
        lastReplaced = i;
      } else if (changes.get(i).startsWith("-")) {
        firstDeleted = Math.min(firstDeleted, i);
      }
    }
    assertEquals(30, changes.size(), "10 new, 10 replaced, 10 deleted, nothing else: " + changes);
    assertTrue(lastNew < firstReplaced, "a replaced page may link to a new one: " + changes);
    assertTrue(lastReplaced < firstDeleted, "an old page may link to a deleted one: " + changes);
    assertEquals(cleanBuildOf(v2), snapshot(site()));
  }

  @Test
  void abandoningAnUpdateRestoresTheSiteAndKeepsTheManifestValid() throws IOException {
    build(V1);
    Map<String, String> before = snapshot(site());
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      V2.forEach(writer::accept);
    }
    assertEquals(before, snapshot(site()), "new pages and hidden files removed, old pages untouched");
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")));
    Object root = identity(site());
    build(V2);
    assertEquals(root, identity(site()), "the next build is still in place");
    assertEquals(cleanBuildOf(V2), snapshot(site()));
  }

  @Test
  void anUpdateCutShortSendsTheNextBuildToAFreshOne() throws IOException {
    build(V1);
    // What a kill mid-update leaves: the flag, a new page, a hidden half of a changed page.
    SiteWriter killed = publisher.openIncremental(site(), manifest());
    V2.forEach(killed::accept);
    assertTrue(Files.exists(manifest().resolveSibling("site.manifest.pending")));
    Object root = identity(site());
    build(V2);
    assertNotEquals(root, identity(site()), "written afresh");
    assertEquals(cleanBuildOf(V2), snapshot(site()), "no hidden temporary file survives");
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")), "the fresh build clears the flag");
  }

  @Test
  void aCommitThatFailsPartWaySaysSoAndTheNextBuildIsFresh() throws IOException {
    build(V1);
    SiteWriter writer = publisher.openIncremental(site(), manifest());
    V2.forEach(writer::accept);
    // index.html changes in V2; a folder where it stands makes its replacement fail at commit.
    Files.delete(site().resolve("index.html"));
    Files.createDirectories(site().resolve("index.html/held"));
    assertThrows(PartialUpdateException.class, writer::commit);
    writer.close();
    assertTrue(Files.exists(manifest().resolveSibling("site.manifest.pending")), "the flag stays");
    deleteTree(site().resolve("index.html"));
    build(V2);
    assertEquals(cleanBuildOf(V2), snapshot(site()));
    assertFalse(Files.exists(manifest().resolveSibling("site.manifest.pending")));
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Test
  void aSiteChangedByHandIsWrittenAfresh() throws IOException {
    for (String change : List.of("edit", "delete", "folder")) {
      build(V1);
      Path index = site().resolve("index.html");
      switch (change) {
        case "edit" -> {
          // Same length, other bytes, a later time: what an editor leaves.
          String text = Files.readString(index);
          Files.writeString(index, text.toUpperCase(java.util.Locale.ROOT));
          Files.setLastModifiedTime(index, FileTime.fromMillis(Files.getLastModifiedTime(index).toMillis() + 5000));
        }
        case "delete" -> Files.delete(site().resolve("feed.xml"));
        // An empty folder may be what an update cut short left: nothing in it is lost.
        default -> Files.createDirectories(site().resolve("drafts"));
      }
      Object root = identity(site());
      build(V1);
      assertNotEquals(root, identity(site()), change + ": written afresh");
      assertEquals(cleanBuildOf(V1), snapshot(site()), change);
    }
  }

  @Test
  void aManifestOfAnotherSiteOrUnreadableIsNotUsed() throws IOException {
    build(V1);
    Path other = dir.resolve("other");
    publisher.publish(V2, other);
    Object root = identity(other);
    build(V2, other);
    assertNotEquals(root, identity(other), "the manifest describes 'site', not 'other'");
    assertEquals(cleanBuildOf(V2), snapshot(other));

    build(V1);
    Files.write(manifest(), new byte[] {1, 2, 3});
    root = identity(site());
    build(V2);
    assertNotEquals(root, identity(site()));
    assertEquals(cleanBuildOf(V2), snapshot(site()));
  }

  @Test
  void aFileBecomingAFolderAndAFolderBecomingAFileMatchACleanBuild() throws IOException {
    List<Page> before = List.of(page("a", "file a"), page("x/y.html", "y"), page("index.html", "i"));
    List<Page> after = List.of(page("a/b.html", "b"), page("x", "file x"), page("index.html", "i2"));
    build(before);
    Object root = identity(site());
    build(after);
    assertEquals(root, identity(site()));
    assertEquals(cleanBuildOf(after), snapshot(site()));
  }

  @Test
  void manyThreadsUpdateInPlace() throws Exception {
    List<Page> v1 = IntStream.range(0, 600).mapToObj(n -> page("d" + n % 7 + "/p" + n + ".html", "v1 " + n)).toList();
    // Every third page changes, every fifth goes, 100 come in new folders.
    List<Page> v2 = new ArrayList<>();
    for (int n = 0; n < 700; n++) {
      if (n < 600 && n % 5 == 0) {
        continue;
      }
      String folder = n < 600 ? "d" + n % 7 : "n" + n % 4;
      v2.add(page(folder + "/p" + n + ".html", (n % 3 == 0 ? "v2 " : "v1 ") + n));
    }
    build(v1);
    Object root = identity(site());
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      v2.parallelStream().forEach(writer::accept);
      assertEquals(v2.size(), writer.pages());
      writer.commit();
    }
    assertEquals(root, identity(site()));
    assertEquals(cleanBuildOf(v2), snapshot(site()));
  }

  @Test
  void duplicateAndUnsafePathsAreRefusedInPlaceToo() throws IOException {
    build(V1);
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      writer.accept(page("index.html", "x"));
      assertThrows(IllegalArgumentException.class, () -> writer.accept(page("index.html", "y")));
      assertThrows(IllegalArgumentException.class, () -> writer.accept(page("a/../b.html", "y")));
      assertThrows(IllegalArgumentException.class, () -> writer.accept(page(".newsdigest-part-x", "y")));
    }
    assertEquals(cleanBuildOf(V1), snapshot(site()));
  }

  @Test
  void theManifestMustLiveOutsideTheSite() {
    assertThrows(IllegalArgumentException.class,
        () -> publisher.openIncremental(site(), site().resolve("cache/manifest")));
  }

  @Test
  void aNonSiteFolderIsRefusedAsByAFreshBuild() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("thesis.txt"), "precious");
    IOException e = assertThrows(IOException.class, () -> publisher.openIncremental(home, manifest()));
    assertTrue(e.getMessage().contains(Publisher.MARKER), e.getMessage());
    assertEquals("precious", Files.readString(home.resolve("thesis.txt")));
  }
}
