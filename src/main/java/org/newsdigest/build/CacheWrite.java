package org.newsdigest.build;

/**
 * Something kept in the cache for the next build, written on a thread of its own while this
 * build goes on (a memo is written while the stages after it run, on a core they leave idle);
 * closing waits for it, so a build never ends, nor lets go of its lock, with a write unfinished.
 * The write must catch what it can fail with: keeping a memo is never a reason to fail a build.
 */
final class CacheWrite implements AutoCloseable {
  private static final CacheWrite NONE = new CacheWrite(null);

  private final Thread thread;

  private CacheWrite(Thread thread) {
    this.thread = thread;
  }

  /** Starts {@code write} on a new thread named {@code name}. */
  static CacheWrite start(String name, Runnable write) {
    Thread thread = new Thread(write, name);
    thread.setDaemon(true); // a process that exits mid-write leaves only a temporary file
    thread.start();
    return new CacheWrite(thread);
  }

  /** Nothing to write. */
  static CacheWrite none() {
    return NONE;
  }

  /** Waits for the write to finish, through interrupts (the thread's interrupt status is kept). */
  @Override
  public void close() {
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
