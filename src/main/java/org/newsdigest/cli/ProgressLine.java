package org.newsdigest.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.newsdigest.build.BuildProgress;

/**
 * One self-updating line on a terminal's error stream while a build runs: the stage, its count
 * when it has one, and the time so far ("reading files 1,204/5,000 · 3.2 s", "writing pages
 * 20,311/60,709 · 9.0 s"). Redrawn four times a
 * second, so the clock moves through a long stage that does not count; cleared when the build
 * ends, so the summary is the only line that stays. Only for a terminal: a log or a pipe gets
 * nothing but the summary.
 */
final class ProgressLine implements BuildProgress, AutoCloseable {
  private static final long REDRAW_MILLIS = 250;
  /** Wide enough for every line this draws; the rest of a shorter line is blanked. */
  private static final int WIDTH = 72;

  private final PrintWriter err;
  private final long started = System.nanoTime();
  private final ScheduledExecutorService clock;
  private volatile String stage = "starting";
  private volatile int done;
  private volatile int total = -1;

  ProgressLine(PrintWriter err) {
    this.err = err;
    this.clock = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "newsdigest-progress");
      thread.setDaemon(true);
      return thread;
    });
    clock.scheduleAtFixedRate(this::draw, 0, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** A progress line on {@code err} when it is a terminal and the user did not ask for quiet; else none. */
  static BuildProgress onTerminal(PrintWriter err, boolean quiet) {
    return quiet || System.console() == null ? BuildProgress.NONE : new ProgressLine(err);
  }

  /** Ends the line {@code progress} drew, if it drew one. */
  static void end(BuildProgress progress) {
    if (progress instanceof ProgressLine line) {
      line.close();
    }
  }

  @Override
  public void stage(String stage, int done, int total) {
    this.stage = stage;
    this.done = done;
    this.total = total;
  }

  synchronized void draw() {
    double seconds = (System.nanoTime() - started) / 1e9;
    String count = total < 0 ? "" : String.format(Locale.ROOT, " %,d/%,d", done, total);
    String line = String.format(Locale.ROOT, "%s%s · %.1f s", stage, count, seconds);
    err.print("\r" + pad(line));
    err.flush();
  }

  @Override
  public synchronized void close() {
    clock.shutdownNow();
    err.print("\r" + pad("") + "\r");
    err.flush();
  }

  private static String pad(String line) {
    return line.length() >= WIDTH ? line.substring(0, WIDTH) : line + " ".repeat(WIDTH - line.length());
  }
}
