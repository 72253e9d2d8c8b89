package org.newsdigest.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWatcherTest {
  @TempDir Path dir;
  private final StringWriter errors = new StringWriter();
  private final AtomicInteger runs = new AtomicInteger();
  private final Semaphore ran = new Semaphore(0);

  private SiteWatcher watch(Path... roots) throws Exception {
    return SiteWatcher.start(List.of(roots), Duration.ofMillis(200), () -> {
      runs.incrementAndGet();
      ran.release();
    }, new PrintWriter(errors));
  }

  @Test
  void aChangedFileInASubFolderRunsTheActionOnce() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds/wire"));
    Files.writeString(seeds.resolve("a.txt"), "first");
    try (SiteWatcher watcher = watch(dir.resolve("seeds"))) {
      Files.writeString(seeds.resolve("a.txt"), "second");
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "no rebuild after a change");
      Thread.sleep(500);
      assertEquals(1, runs.get());
    }
  }

  @Test
  void aChangeBeforeStartIsActedOnOnceStarted() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "first");
    try (SiteWatcher watcher = SiteWatcher.register(List.of(seeds), Duration.ofMillis(200), () -> {
      runs.incrementAndGet();
      ran.release();
    }, new PrintWriter(errors))) {
      // What serve --watch does: the first build runs here, and an article is edited meanwhile.
      Files.writeString(seeds.resolve("a.txt"), "edited during the first build");
      Thread.sleep(400);
      assertEquals(0, runs.get(), "nothing happens before start");
      watcher.start();
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "the edit made before start was lost");
      Thread.sleep(500);
      assertEquals(1, runs.get());
    }
  }

  @Test
  void aBurstOfChangesGivesOneRunAfterTheLast() throws Exception {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    try (SiteWatcher watcher = watch(templates)) {
      for (int i = 0; i < 5; i++) {
        Files.writeString(templates.resolve("t" + i + ".ftlh"), "x" + i);
        Thread.sleep(20);
      }
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "no rebuild after the burst");
      Thread.sleep(600);
      assertEquals(1, runs.get(), "one rebuild for one burst");
    }
  }

  @Test
  void aFolderCreatedWhileWatchingIsWatchedToo() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    try (SiteWatcher watcher = watch(seeds)) {
      Path fresh = Files.createDirectories(seeds.resolve("new"));
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "creating the folder is a change");
      Files.writeString(fresh.resolve("b.txt"), "article");
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "a file in the new folder is a change");
    }
  }

  @Test
  void aFailingActionIsReportedAndWatchingGoesOn() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    try (SiteWatcher watcher = SiteWatcher.start(List.of(seeds), Duration.ofMillis(100), () -> {
      ran.release();
      throw new IllegalStateException("template broken");
    }, new PrintWriter(errors))) {
      Files.writeString(seeds.resolve("a.txt"), "one");
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS));
      Files.writeString(seeds.resolve("b.txt"), "two");
      assertTrue(ran.tryAcquire(10, TimeUnit.SECONDS), "still watching after a failure");
    }
    assertTrue(errors.toString().contains("template broken"), errors.toString());
  }
}
