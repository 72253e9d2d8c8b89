package org.newsdigest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

class FreshSiteWriterTest {
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

  /** Runs {@code task} on {@code threads} threads released at the same instant. */
  private static void together(int threads, java.util.function.IntConsumer task) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          start.await();
          task.accept(thread);
          return null;
        }));
      }
      start.countDown();
      for (Future<?> future : done) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void pagesFromManyThreadsAllLandInSharedFolders() throws Exception {
    Path out = dir.resolve("site");
    try (SiteWriter site = publisher.open(out)) {
      // Every thread writes into the same few nested folders, which none of them created yet.
      together(6, thread -> {
        for (int i = 0; i < 200; i++) {
          int n = thread * 200 + i;
          site.accept(page("f" + n % 5 + "/g" + n % 3 + "/p" + n + ".html", "page " + n));
        }
      });
      assertEquals(1200, site.pages());
      assertFalse(Files.exists(out), "nothing is visible before commit");
      site.commit();
    }
    for (int n = 0; n < 1200; n++) {
      assertEquals("page " + n, Files.readString(out.resolve("f" + n % 5 + "/g" + n % 3 + "/p" + n + ".html")));
    }
    try (Stream<Path> files = Files.walk(out)) {
      assertEquals(1201, files.filter(Files::isRegularFile).count(), "the pages and the marker");
    }
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void theSiteFolderGetsThePermissionsOfAnyNewFolder() throws Exception {
    Path out = dir.resolve("site");
    try (SiteWriter site = publisher.open(out)) {
      site.accept(page("index.html", "home"));
      site.accept(page("events/a.html", "event"));
      site.commit();
    }
    // what the umask gives a folder and a file made the ordinary way (0755 / 0644 under 022)
    var folder = Files.getPosixFilePermissions(Files.createDirectory(dir.resolve("plain")));
    var file = Files.getPosixFilePermissions(Files.writeString(dir.resolve("plain.txt"), "x"));
    assertEquals(folder, Files.getPosixFilePermissions(out), "the site root");
    assertEquals(folder, Files.getPosixFilePermissions(out.resolve("events")));
    assertEquals(file, Files.getPosixFilePermissions(out.resolve("index.html")));
  }

  @Test
  void aPathGivenTwiceAtOnceIsAcceptedExactlyOnce() throws Exception {
    Path out = dir.resolve("site");
    AtomicInteger refused = new AtomicInteger();
    try (SiteWriter site = publisher.open(out)) {
      together(4, thread -> {
        try {
          site.accept(page("index.html", "from " + thread));
        } catch (IllegalArgumentException e) {
          assertTrue(e.getMessage().contains("'index.html' appears twice"), e.getMessage());
          refused.incrementAndGet();
        }
      });
      site.commit();
    }
    assertEquals(3, refused.get());
    assertTrue(Files.readString(out.resolve("index.html")).startsWith("from "));
  }

  @Test
  void unsafeAndReservedPathsAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path out = dir.resolve("site");
    try (SiteWriter site = publisher.open(out)) {
      for (String path : List.of("a//b.html", "./a.html", "a/./b.html", "c:x.html", Publisher.MARKER,
          "events/.newsdigest-part-1")) {
        assertThrows(IllegalArgumentException.class, () -> site.accept(page(path, "x")), path);
      }
      assertEquals(0, site.pages());
    }
    assertEquals(List.of(), siblings(), "the abandoned temporary folder is removed");
  }

  @Test
  void closingWithoutCommitLeavesThePreviousSite() throws IOException {
    Path out = dir.resolve("site");
    publisher.publish(List.of(page("index.html", "v1")), out);
    try (SiteWriter site = publisher.open(out)) {
      site.accept(page("index.html", "v2"));
      site.accept(page("new.html", "new"));
    }
    assertEquals("v1", Files.readString(out.resolve("index.html")));
    assertFalse(Files.exists(out.resolve("new.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void aPageThatCannotBeWrittenFailsTheCommitAndNamesIt() throws IOException {
    Path out = dir.resolve("site");
    publisher.publish(List.of(page("index.html", "v1")), out);
    try (SiteWriter site = publisher.open(out)) {
      site.accept(page("a", "a file"));
      UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> site.accept(page("a/b.html", "x")));
      assertTrue(e.getMessage().contains("Could not write the site for '" + out + "': could not write a/b.html"),
          e.getMessage());
      site.accept(page("index.html", "v2"));
      assertThrows(IOException.class, site::commit, "a site missing a page is never swapped in");
    }
    assertEquals("v1", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("site"), siblings());
  }

  @Test
  void theFolderIsCheckedWhenOpenedNotAfterRendering() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve("thesis.txt"), "precious");
    IOException e = assertThrows(IOException.class, () -> publisher.open(home));
    assertTrue(e.getMessage().contains("does not look like a site"), e.getMessage());
    assertEquals(List.of("home"), siblings(), "no temporary folder was made");
  }

  @Test
  void theMarkerNamesTheSiteDigestWhateverTheOrderPagesCameIn() throws IOException {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    publisher.publish(List.of(page("a.html", "A"), page("b/c.html", "C")), one);
    publisher.publish(List.of(page("b/c.html", "C"), page("a.html", "A")), two);
    String marker = Files.readString(one.resolve(Publisher.MARKER));
    assertTrue(marker.matches("(?s).*site-digest: sha256:[0-9a-f]{64}\nfiles:\na.html\nb/c.html\n"), marker);
    assertEquals(marker, Files.readString(two.resolve(Publisher.MARKER)));
    Path three = dir.resolve("three");
    publisher.publish(List.of(page("a.html", "A"), page("b/c.html", "C!")), three);
    assertFalse(marker.equals(Files.readString(three.resolve(Publisher.MARKER))), "other bytes, other digest");
  }

  @Test
  void acceptAfterCommitIsRefused() throws IOException {
    Path out = dir.resolve("site");
    try (SiteWriter site = publisher.open(out)) {
      site.accept(page("index.html", "x"));
      site.commit();
      assertThrows(IllegalStateException.class, () -> site.accept(page("late.html", "x")));
      assertThrows(IllegalStateException.class, site::commit);
    }
    assertEquals("x", Files.readString(out.resolve("index.html")));
  }
}
