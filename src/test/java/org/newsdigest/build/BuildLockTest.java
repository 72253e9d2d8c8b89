package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One build per output folder and cache, across threads and across processes. */
class BuildLockTest {
  @TempDir Path dir;

  private static BuildLock.Waiting giveUp(List<Path> told) {
    return lockFile -> {
      told.add(lockFile);
      throw new BuildLock.BusyException("busy: " + lockFile);
    };
  }

  @Test
  void aSecondBuildOfTheSameOutputWaitsOrGivesUp() throws Exception {
    Path site = dir.resolve("site");
    List<Path> told = new ArrayList<>();
    CountDownLatch second = new CountDownLatch(1);
    try (BuildLock first = BuildLock.acquire(site, null, BuildLock.Waiting.QUIETLY)) {
      assertThrows(BuildLock.BusyException.class, () -> BuildLock.acquire(site, null, giveUp(told)));
      assertEquals(List.of(dir.resolve(".site.newsdigest-lock")), told, "told once, naming the lock file");
      Thread waiter = new Thread(() -> {
        try (BuildLock lock = BuildLock.acquire(site, null, BuildLock.Waiting.QUIETLY)) {
          second.countDown();
        } catch (IOException e) {
          throw new IllegalStateException(e);
        }
      });
      waiter.start();
      assertFalse(second.await(300, TimeUnit.MILLISECONDS), "the second build waits while the first holds the lock");
    }
    assertTrue(second.await(10, TimeUnit.SECONDS), "and goes on once it is released");
  }

  @Test
  void buildsOfOtherOutputsWaitOnlyForASharedCache() throws Exception {
    Path cache = dir.resolve("cache");
    try (BuildLock first = BuildLock.acquire(dir.resolve("one"), null, BuildLock.Waiting.QUIETLY)) {
      BuildLock.acquire(dir.resolve("two"), cache, BuildLock.Waiting.QUIETLY).close();
    }
    try (BuildLock first = BuildLock.acquire(dir.resolve("one"), cache, BuildLock.Waiting.QUIETLY)) {
      List<Path> told = new ArrayList<>();
      assertThrows(BuildLock.BusyException.class,
          () -> BuildLock.acquire(dir.resolve("two"), cache, giveUp(told)));
      assertEquals(List.of(cache.resolve("lock")), told);
      // Giving up on the cache let go of the output it had already locked.
      BuildLock.acquire(dir.resolve("two"), null, giveUp(told)).close();
    }
  }

  @Test
  void aLockHeldByAnotherProcessIsSeenAndGoesWithThatProcessWhenItIsKilled() throws Exception {
    Path site = dir.resolve("site");
    Process holder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
        "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), site.toString())
        .redirectErrorStream(true).start();
    try {
      BufferedReader said = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", said.readLine());
      List<Path> told = new ArrayList<>();
      assertThrows(BuildLock.BusyException.class, () -> BuildLock.acquire(site, null, giveUp(told)));
      assertEquals(1, told.size());
    } finally {
      holder.destroyForcibly(); // SIGKILL: no chance to release anything itself
      holder.waitFor();
    }
    List<Path> told = new ArrayList<>();
    BuildLock.acquire(site, null, giveUp(told)).close();
    assertEquals(List.of(), told);
  }

  /** Holds the lock of the output folder given as its argument until it is killed. */
  public static final class LockHolder {
    public static void main(String[] args) throws Exception {
      try (BuildLock lock = BuildLock.acquire(Path.of(args[0]), null, BuildLock.Waiting.QUIETLY)) {
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(120_000);
      }
    }
  }
}
