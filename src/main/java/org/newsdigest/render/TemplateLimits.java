package org.newsdigest.render;

import freemarker.core.Environment;
import freemarker.core.TemplateElement;
import freemarker.core._CoreAPI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds on one page's render, so a template from a user cannot hang the build or exhaust its
 * memory: a page may take at most {@link #time} and grow to at most {@link #characters}. A
 * watchdog thread interrupts a render that runs too long; FreeMarker notices at the next loop
 * pass or macro call (the checks {@link GuardedConfiguration} adds to every template) or at the
 * next write. Where the render was when it was stopped is taken from FreeMarker's instruction
 * stack, so the message names the template and line of the loop that did not end.
 *
 * @param time longest render of one page
 * @param characters longest page, in characters
 */
record TemplateLimits(Duration time, long characters) {
  /** A page renders in milliseconds; twenty seconds is a template that does not end. */
  static final TemplateLimits DEFAULT = new TemplateLimits(Duration.ofSeconds(20), 100_000_000L);

  private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

  private static ScheduledThreadPoolExecutor watchdog() {
    ScheduledThreadPoolExecutor watchdog = new ScheduledThreadPoolExecutor(1, runnable -> {
      Thread thread = Executors.defaultThreadFactory().newThread(runnable);
      thread.setName("newsdigest-template-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    // A page rendered in time cancels its alarm: the queue holds only pages being rendered.
    watchdog.setRemoveOnCancelPolicy(true);
    return watchdog;
  }

  /** Starts the clock on the render of one page on the current thread, in {@code env}. */
  Alarm start(Environment env) {
    Alarm alarm = new Alarm(Thread.currentThread(), env);
    alarm.future = WATCHDOG.schedule(alarm::ring, time.toMillis(), TimeUnit.MILLISECONDS);
    return alarm;
  }

  /** "took longer than 20 s" */
  String timeText() {
    long seconds = time.toSeconds();
    return "took longer than " + (seconds > 0 ? seconds + " s" : time.toMillis() + " ms");
  }

  /** The clock of one page's render. */
  static final class Alarm {
    private final Thread thread;
    private final Environment env;
    private ScheduledFuture<?> future;
    private boolean stopped;
    private boolean rang;
    private String where;

    private Alarm(Thread thread, Environment env) {
      this.thread = thread;
      this.env = env;
    }

    private synchronized void ring() {
      if (stopped) {
        return;
      }
      rang = true;
      where = position(env);
      thread.interrupt();
    }

    /** Whether the render was stopped for taking too long. */
    synchronized boolean rang() {
      return rang;
    }

    /** "Template 'x.ftlh' line 3, column 1: " where the render was when it was stopped, or null. */
    synchronized String where() {
      return where;
    }

    /** Stops the clock; the render's thread is not interrupted any more after this. */
    void stop() {
      future.cancel(false);
      boolean interrupted;
      synchronized (this) {
        stopped = true;
        interrupted = rang;
      }
      if (interrupted) {
        Thread.interrupted(); // the pool thread renders the next page with a clear flag
      }
    }
  }

  /**
   * "Template 'x' line 3, column 1: " for the innermost instruction FreeMarker is running, read
   * from another thread: the stack of a render that does not end is stable enough to name. Uses
   * FreeMarker's internal API, so any failure just leaves the position out.
   */
  static String position(Environment env) {
    try {
      TemplateElement[] stack = _CoreAPI.getInstructionStackSnapshot(env);
      if (stack == null || stack.length == 0 || stack[0] == null) {
        return null;
      }
      TemplateElement top = stack[0];
      return "Template '" + top.getTemplate().getSourceName() + "' line " + top.getBeginLine()
          + ", column " + top.getBeginColumn() + ": ";
    } catch (RuntimeException e) {
      return null;
    }
  }

  /** Thrown by a page's writer when the page outgrows the limit, naming where it was written. */
  static final class PageTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** "Template 'x' line 3, column 1: ", or null when FreeMarker does not say. */
    final String where;

    PageTooLarge(long characters) {
      super("the page grew past " + String.format(java.util.Locale.ROOT, "%,d", characters)
          + " characters (a loop that does not end?)");
      this.where = position(Environment.getCurrentEnvironment());
    }
  }
}
