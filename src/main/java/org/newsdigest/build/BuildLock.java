package org.newsdigest.build;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * One build per output folder and per cache at a time: an operating-system lock on a lock file
 * beside the output ({@code .<out>.newsdigest-lock}) and one in the cache ({@code lock}), held
 * for the whole build and released when the process ends, however it ends. Two builds into one
 * folder at once would each clear away the other's temporary folder, or mix their pages; the
 * second one waits instead, or, asked not to, fails at once.
 *
 * <p>The output is locked first and the cache second, always, so two builds never wait on each
 * other. The lock files are never deleted: a deleted lock file lets a third build lock a new
 * file while the second still holds the old one. The operating system's lock belongs to the whole
 * process, so builds in one process (tests, {@code serve --watch}) also take an in-process lock
 * on the same file first.
 */
public final class BuildLock implements AutoCloseable {
  private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();

  private final List<Held> held;

  private BuildLock(List<Held> held) {
    this.held = held;
  }

  /** Raised instead of waiting when the lock is held by another build. */
  public static final class BusyException extends IOException {
    public BusyException(String message) {
      super(message);
    }
  }

  /** What a build does when another holds a lock it needs. */
  public interface Waiting {
    /** Waits, telling no one. */
    Waiting QUIETLY = lockFile -> {};

    /**
     * Called once, before the build starts waiting for {@code lockFile}; throwing a {@link
     * BusyException} gives up instead.
     */
    void before(Path lockFile) throws BusyException;
  }

  /** The lock file of the output folder {@code out}, beside it. */
  public static Path lockFileOf(Path out) {
    Path site = out.toAbsolutePath().normalize();
    Path parent = site.getParent() == null ? site : site.getParent();
    return parent.resolve("." + site.getFileName() + ".newsdigest-lock");
  }

  /**
   * Locks the output folder {@code out} and, when not null, the cache folder {@code cache}.
   *
   * @throws BusyException when {@code waiting} gives up
   * @throws IOException naming the lock file when it cannot be created or locked
   */
  public static BuildLock acquire(Path out, Path cache, Waiting waiting) throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(lockFileOf(out));
    if (cache != null) {
      files.add(cache.toAbsolutePath().normalize().resolve("lock"));
    }
    List<Held> held = new ArrayList<>();
    Waiting once = new Once(waiting);
    try {
      for (Path file : files) {
        held.add(Held.lock(file, once));
      }
    } catch (IOException | RuntimeException e) {
      new BuildLock(held).close();
      throw e;
    }
    return new BuildLock(held);
  }

  @Override
  public void close() {
    for (int i = held.size() - 1; i >= 0; i--) {
      held.get(i).release();
    }
  }

  /** Tells the caller about waiting at most once, whichever lock it waits for. */
  private static final class Once implements Waiting {
    private final Waiting waiting;
    private boolean told;

    Once(Waiting waiting) {
      this.waiting = waiting;
    }

    @Override
    public void before(Path lockFile) throws BusyException {
      if (!told) {
        told = true;
        waiting.before(lockFile);
      }
    }
  }

  /** One lock file, locked by this process and by this build within it. */
  private record Held(Semaphore inProcess, FileChannel channel, FileLock lock) {
    static Held lock(Path file, Waiting waiting) throws IOException {
      Semaphore inProcess = IN_PROCESS.computeIfAbsent(file, key -> new Semaphore(1));
      if (!inProcess.tryAcquire()) {
        waiting.before(file);
        inProcess.acquireUninterruptibly();
      }
      FileChannel channel = null;
      try {
        channel = open(file);
        FileLock lock = channel.tryLock();
        if (lock == null) {
          waiting.before(file);
          lock = channel.lock();
        }
        return new Held(inProcess, channel, lock);
      } catch (BusyException | OpenFailed e) {
        giveUp(channel, inProcess);
        throw e;
      } catch (IOException | RuntimeException e) {
        giveUp(channel, inProcess);
        throw new IOException("Could not lock '" + file + "', which keeps two builds from"
            + " writing the same folder at once: " + reason(e), e);
      }
    }

    /** The lock file, made with its folder when missing. */
    private static FileChannel open(Path file) throws OpenFailed {
      try {
        Files.createDirectories(file.getParent());
      } catch (IOException e) {
        throw new OpenFailed("Could not create the folder '" + file.getParent() + "' that holds"
            + " the lock file: " + reason(e), e);
      }
      try {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      } catch (AccessDeniedException e) {
        throw new OpenFailed("Could not lock '" + file + "': the folder '" + file.getParent()
            + "' does not accept a new file (permission denied)", e);
      } catch (IOException e) {
        throw new OpenFailed("Could not lock '" + file + "': " + reason(e), e);
      }
    }

    /** The lock file could not be made or opened; the message says which and why. */
    private static final class OpenFailed extends IOException {
      OpenFailed(String message, IOException cause) {
        super(message, cause);
      }
    }

    private static void giveUp(FileChannel channel, Semaphore inProcess) throws IOException {
      try {
        if (channel != null) {
          channel.close();
        }
      } finally {
        inProcess.release();
      }
    }

    void release() {
      try {
        channel.close(); // releases the lock
      } catch (IOException e) {
        // The process's end releases it anyway.
      } finally {
        inProcess.release();
      }
    }

    private static String reason(Exception e) {
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
