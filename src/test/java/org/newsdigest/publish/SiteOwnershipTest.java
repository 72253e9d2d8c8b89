package org.newsdigest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

/**
 * A build replaces or deletes only the files newsdigest wrote, the ones the site's marker lists:
 * a deploy repository inside the site, a CNAME, a file copied in by hand all survive every kind
 * of build, and a build that would have to write over one fails before it changes anything.
 */
class SiteOwnershipTest {
  @TempDir Path dir;

  private final Publisher publisher = new Publisher();

  private static Page page(String path, String text) {
    return new Page(path, text.getBytes(StandardCharsets.UTF_8));
  }

  private static final List<Page> V1 = List.of(
      page("index.html", "v1"), page("events/a.html", "a"), page("events/old.html", "old"));
  private static final List<Page> V2 = List.of(
      page("index.html", "v2"), page("events/a.html", "a"), page("events/new.html", "new"));

  private Path site() {
    return dir.resolve("site");
  }

  private Path manifest() {
    return dir.resolve("cache/site.manifest");
  }

  /** What a deploy set-up and a user put into a built site. */
  private Map<String, String> addTheUsersFiles() throws IOException {
    Map<String, String> mine = new TreeMap<>(Map.of(
        ".git/HEAD", "ref: refs/heads/main",
        ".git/objects/ab/cdef", "blob",
        ".nojekyll", "",
        "CNAME", "news.example.org",
        "thesis.txt", "three years of work",
        "events/notes.txt", "my notes"));
    for (Map.Entry<String, String> file : mine.entrySet()) {
      Files.createDirectories(site().resolve(file.getKey()).getParent());
      Files.writeString(site().resolve(file.getKey()), file.getValue());
    }
    return mine;
  }

  private void assertKept(Map<String, String> mine) throws IOException {
    for (Map.Entry<String, String> file : mine.entrySet()) {
      assertEquals(file.getValue(), Files.readString(site().resolve(file.getKey())), file.getKey());
    }
  }

  private List<String> commit(SiteWriter writer, List<Page> pages) throws IOException {
    pages.forEach(writer::accept);
    writer.commit();
    return writer.kept();
  }

  @Test
  void aFreshBuildKeepsEveryFileItDidNotWriteAndDropsItsOwnStalePages() throws IOException {
    publisher.publish(V1, site());
    Map<String, String> mine = addTheUsersFiles();
    List<String> kept;
    try (SiteWriter writer = publisher.open(site())) {
      kept = commit(writer, V2);
    }
    assertKept(mine);
    assertEquals(List.of(".git/", ".nojekyll", "CNAME", "events/notes.txt", "thesis.txt"), kept);
    assertEquals("v2", Files.readString(site().resolve("index.html")));
    assertFalse(Files.exists(site().resolve("events/old.html")), "its own stale page goes");
    assertFalse(Files.readString(site().resolve(Publisher.MARKER)).contains("thesis.txt"),
        "the marker lists only newsdigest's files");
    assertEquals(List.of("site"), siblings(), "nothing left beside the site");
  }

  @Test
  void anInPlaceUpdateKeepsThemTooAndStaysInPlace() throws IOException {
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      commit(writer, V1);
    }
    Map<String, String> mine = addTheUsersFiles();
    Object root = identity(site());
    List<String> kept;
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      kept = commit(writer, V2);
      assertEquals(3, writer.changed(), "index replaced, new page added, old page deleted");
    }
    assertEquals(root, identity(site()), "files someone added do not force a fresh site");
    assertKept(mine);
    assertEquals(List.of(".git/", ".nojekyll", "CNAME", "events/notes.txt", "thesis.txt"), kept);
    assertFalse(Files.exists(site().resolve("events/old.html")));
  }

  @Test
  void aCopiedOrEmptyMarkerMakesNoFileTheTools() throws IOException {
    // The marker of a real site copied into a folder of someone's files, and an empty one.
    publisher.publish(V1, dir.resolve("other"));
    for (String marker : List.of(Files.readString(dir.resolve("other").resolve(Publisher.MARKER)), "")) {
      Path folder = Files.createDirectories(dir.resolve("work-" + marker.length()));
      Files.writeString(folder.resolve("thesis.txt"), "three years of work");
      Files.createDirectories(folder.resolve(".git"));
      Files.writeString(folder.resolve(".git/HEAD"), "ref");
      Files.writeString(folder.resolve(Publisher.MARKER), marker);
      publisher.publish(List.of(page("about.html", "about")), folder);
      assertEquals("three years of work", Files.readString(folder.resolve("thesis.txt")));
      assertEquals("ref", Files.readString(folder.resolve(".git/HEAD")));
      assertEquals("about", Files.readString(folder.resolve("about.html")));
    }
  }

  @Test
  void aBuildThatWouldWriteOverAFileItDidNotWriteFailsBeforeChangingAnything() throws IOException {
    publisher.publish(V1, site());
    Files.writeString(site().resolve("about.html"), "mine");
    Files.createDirectories(site().resolve("people"));
    Files.writeString(site().resolve("people/list.txt"), "mine too");
    List<Page> v2 = List.of(page("index.html", "v2"), page("about.html", "theirs"),
        page("people/ann.html", "Ann"));
    IOException e = assertThrows(IOException.class, () -> publisher.publish(v2, site()));
    assertTrue(e.getMessage().contains("'about.html'") && e.getMessage().contains("'people/'")
        && e.getMessage().contains(site().toString()), e.getMessage());
    assertEquals("mine", Files.readString(site().resolve("about.html")));
    assertEquals("v1", Files.readString(site().resolve("index.html")), "the old site is as it was");
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void anInPlaceUpdateThatWouldWriteOverOneFailsBeforeChangingAnything() throws IOException {
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      commit(writer, V1);
    }
    Files.writeString(site().resolve("events/new.html"), "mine");
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> V2.forEach(writer::accept));
      assertTrue(e.getMessage().contains("'events/new.html'"), e.getMessage());
    }
    assertEquals("mine", Files.readString(site().resolve("events/new.html")));
    assertEquals("v1", Files.readString(site().resolve("index.html")));
  }

  @Test
  void filesLeftInASiteMovedAsideByAKilledBuildAreCarriedIntoTheSiteByTheNext() throws IOException {
    // What a build killed after the swap leaves: the new site in place, the old one aside with
    // the user's file still in it.
    publisher.publish(V1, site());
    Files.writeString(site().resolve("thesis.txt"), "three years of work");
    Path aside = dir.resolve(".site.newsdigest-old-1");
    Files.move(site(), aside);
    publisher.publish(V2, dir.resolve("new"));
    Files.move(dir.resolve("new"), site());
    publisher.publish(V2, site());
    assertEquals("three years of work", Files.readString(site().resolve("thesis.txt")));
    assertEquals(List.of("site"), siblings(), "the old site went once nothing of the user's was in it");
  }

  @Test
  void theFilesOfAnUpdateCutShortAreTheToolsNotTheUsers() throws IOException {
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      commit(writer, V1);
    }
    // An update killed after its new pages were placed, before the marker was replaced: the
    // pages were listed first, so the next build replaces them instead of keeping them.
    try (SiteWriter writer = publisher.openIncremental(site(), manifest())) {
      V2.forEach(writer::accept);
      Path marker = site().resolve(Publisher.MARKER);
      Files.writeString(marker, "events/new.html\n", java.nio.file.StandardOpenOption.APPEND);
      Files.writeString(site().resolve("events/new.html"), "half");
      Files.writeString(site().resolve("events/.newsdigest-part-x"), "half");
      Files.createDirectories(site().resolve("places"));
      Files.writeString(site().resolve("places/.newsdigest-part-y"), "half");
    }
    List<String> kept;
    try (SiteWriter writer = publisher.open(site())) {
      kept = commit(writer, V2);
    }
    assertEquals(List.of(), kept);
    assertEquals("new", Files.readString(site().resolve("events/new.html")));
    assertFalse(Files.exists(site().resolve("places")));
  }

  private List<String> siblings() throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("cache")).sorted().toList();
    }
  }

  private static Object identity(Path path) throws IOException {
    return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
  }
}
