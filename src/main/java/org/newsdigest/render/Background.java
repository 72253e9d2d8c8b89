package org.newsdigest.render;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value worked out on a thread of its own while the calling thread does something else: the
 * render's search index while the rest of the site is planned, or a memo written to the cache
 * while the build's later stages run (on a machine of few cores those are otherwise one thread
 * while the others wait). The work must only read what nothing writes meanwhile. Closing waits
 * for it, so that, in a try-with-resources, nothing outlives the block that started it.
 */
public final class Background<T> implements AutoCloseable {
  private final FutureTask<T> task;

  private Background(Supplier<T> work, String name) {
    this.task = new FutureTask<>(work::get);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true); // a render that fails before get() leaves nothing running
    thread.start();
  }

  /** Starts {@code work} on a new thread named {@code name}. */
  public static <T> Background<T> start(String name, Supplier<T> work) {
    return new Background<>(work, name);
  }

  /**
   * The value, once worked out; what the work threw is thrown here, as it was thrown. Waits
   * through an interrupt (the thread's interrupt status is kept), as the render's workers do.
   */
  public T get() {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof Error error) {
            throw error;
          }
          throw new IllegalStateException(cause); // a Supplier throws nothing checked
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** Waits for the work to end, as {@link #get} does, throwing what it threw. */
  @Override
  public void close() {
    get();
  }
}
