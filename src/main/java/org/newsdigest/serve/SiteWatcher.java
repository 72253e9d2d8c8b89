package org.newsdigest.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Watches folders (seeds/, templates/) and their sub-folders, and runs one action once changes
 * stop for a quiet period: an editor's save or a copied folder is many events, and should give
 * one rebuild, after the last of them. Folders created later are watched too. The action runs on
 * the watcher's own thread, one at a time; an exception from it is printed and watching goes on.
 */
public final class SiteWatcher implements AutoCloseable {
  private final WatchService watchService;
  private final Duration quiet;
  private final Runnable onChange;
  private final PrintWriter err;
  private final Thread thread;

  private SiteWatcher(WatchService watchService, Duration quiet, Runnable onChange, PrintWriter err) {
    this.watchService = watchService;
    this.quiet = quiet;
    this.onChange = onChange;
    this.err = err;
    this.thread = new Thread(this::run, "newsdigest-watch");
    this.thread.setDaemon(true);
  }

  /**
   * Starts watching every existing folder of {@code roots} (missing ones are skipped).
   *
   * @param quiet how long no change must follow the last one before {@code onChange} runs
   * @param err where a failing action or an unwatchable folder is reported
   */
  public static SiteWatcher start(List<Path> roots, Duration quiet, Runnable onChange, PrintWriter err)
      throws IOException {
    SiteWatcher watcher = register(roots, quiet, onChange, err);
    watcher.start();
    return watcher;
  }

  /**
   * Watches every existing folder of {@code roots} from now on, but acts only once {@link
   * #start()} is called: changes made in between are kept and then cause one {@code onChange}.
   * So a first build run between the two cannot miss an edit made while it runs.
   */
  public static SiteWatcher register(
      List<Path> roots, Duration quiet, Runnable onChange, PrintWriter err) throws IOException {
    if (quiet.isNegative()) {
      throw new IllegalArgumentException("The quiet period '" + quiet + "' must not be negative.");
    }
    WatchService service = FileSystems.getDefault().newWatchService();
    SiteWatcher watcher = new SiteWatcher(service, quiet, onChange, err);
    try {
      for (Path root : roots) {
        if (Files.isDirectory(root)) {
          watcher.registerTree(root);
        }
      }
    } catch (IOException | RuntimeException e) {
      service.close();
      throw e;
    }
    return watcher;
  }

  /** Starts acting on changes, those since {@link #register} included; call once. */
  public void start() {
    thread.start();
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
        dir.register(watchService, StandardWatchEventKinds.ENTRY_CREATE,
            StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  private void run() {
    try {
      while (true) {
        handle(watchService.take());
        // Debounce: keep taking events until none comes for the quiet period.
        WatchKey next;
        while ((next = watchService.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          handle(next);
        }
        runAction();
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: the server is stopping
    }
  }

  private void handle(WatchKey key) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)) {
          try {
            registerTree(created);
          } catch (IOException e) {
            report("cannot watch " + created + ": " + e.getMessage());
          }
        }
      }
    }
    key.reset();
  }

  private void runAction() {
    try {
      onChange.run();
    } catch (RuntimeException e) {
      report("rebuild failed: " + e);
    }
  }

  private void report(String message) {
    synchronized (err) {
      err.println("newsdigest: " + message);
      err.flush();
    }
  }

  @Override
  public void close() {
    try {
      watchService.close();
    } catch (IOException e) {
      report("closing the watcher failed: " + e.getMessage());
    }
    thread.interrupt();
  }
}
