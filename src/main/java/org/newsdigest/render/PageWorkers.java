package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.model.PageSink;

/**
 * Runs page jobs on several threads, the calling one included, and hands each page to the sink
 * as soon as it is made. Threads take the next job from a shared counter, so a slow page never
 * holds up a whole share of the site. A failure (a template error, a sink that cannot store a
 * page) stops every thread before its next job; once all have stopped it is rethrown, as it was
 * thrown, on the calling thread, so no page reaches the sink after {@link #run} returns or
 * throws. The threads live for one call only.
 */
final class PageWorkers {
  private final int threads;

  /** {@code threads} at least 1: how many threads render, the caller's counted. */
  PageWorkers(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("The thread count " + threads + " must be at least 1.");
    }
    this.threads = threads;
  }

  /** As many threads as the machine has processors. */
  static PageWorkers forThisMachine() {
    return new PageWorkers(Runtime.getRuntime().availableProcessors());
  }

  /**
   * Runs every job, or stops at the first failure in job order: a thread takes no job past a
   * failed one, and every job before it was already taken and ends, so when several pages fail
   * the one reported is always the same, whatever the thread timing.
   */
  void run(List<PageJob> jobs, PageSink sink) {
    run(jobs, sink, RenderCosts.off());
  }

  /** As {@link #run(List, PageSink)}, adding what each job took to {@code costs}. */
  void run(List<PageJob> jobs, PageSink sink, RenderCosts costs) {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failedAt = new AtomicInteger(Integer.MAX_VALUE);
    // Written under the lock; read after the joins, which publish it.
    Throwable[] failure = new Throwable[1];
    Object lock = new Object();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < jobs.size() && i < failedAt.get();
          i = next.getAndIncrement()) {
        try {
          PageJob job = jobs.get(i);
          costs.run(job, sink);
        } catch (Throwable t) { // rethrown below on the caller's thread, whatever it is
          synchronized (lock) {
            if (i < failedAt.get()) {
              failedAt.set(i);
              failure[0] = t;
            }
          }
          return;
        }
      }
    };
    int helpers = Math.min(threads, jobs.size()) - 1;
    List<Thread> started = new ArrayList<>();
    for (int n = 1; n <= helpers; n++) {
      Thread thread = new Thread(worker, "newsdigest-render-" + n);
      thread.setDaemon(true);
      thread.start();
      started.add(thread);
    }
    worker.run();
    boolean interrupted = false;
    for (Thread thread : started) {
      while (thread.isAlive()) {
        try {
          thread.join();
        } catch (InterruptedException e) {
          // Keep waiting: returning now would let pages reach the sink after the render ended.
          interrupted = true;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    synchronized (lock) {
      rethrow(failure[0]);
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure == null) {
      return;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException("A page failed: " + failure.getMessage(), failure);
  }
}
