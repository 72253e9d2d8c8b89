package org.newsdigest.render;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageSink;

/**
 * Sums, per kind of output, the files a render makes (and those the sink kept as they were),
 * their bytes and the CPU time spent making them and handing them to the sink (which writes them,
 * in a build), so {@code build --timings} can say which outputs cost the most: a file's writing
 * costs about the same whatever its kind, so kinds of many small files can cost more to write
 * than to render. Thread-safe: page jobs add to it from every render thread. {@link #off()}
 * measures nothing and costs nothing, so a build without --timings reads no clock.
 *
 * <p>CPU time, not wall time, because jobs run side by side on every processor: the wall time
 * of one page includes waiting for the others. Where the JVM cannot tell a thread's CPU time,
 * wall time stands in.
 */
public final class RenderCosts {
  private static final RenderCosts OFF = new RenderCosts(false);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final boolean on;
  private final Map<String, Tally> tallies = new ConcurrentHashMap<>();

  private RenderCosts(boolean on) {
    this.on = on;
  }

  /** A fresh tally, for one render. */
  public static RenderCosts measured() {
    return new RenderCosts(true);
  }

  /** Measures nothing: {@link #run} only runs the job. */
  public static RenderCosts off() {
    return OFF;
  }

  /**
   * Makes the job's page and hands it to the sink, adding the times and bytes to its kind when
   * measuring. When the sink remembers what pages are made from, the page's inputs are told
   * first: a page the sink keeps is not made at all.
   */
  void run(PageJob job, PageSink sink) {
    long start = now();
    PageJob.Source source = job.source().get();
    byte[] inputs = sink.remembersInputs() ? source.inputs() : null;
    if (inputs != null && sink.keep(job.path(), inputs)) {
      if (on) {
        Tally tally = tally(job);
        tally.kept.increment();
        tally.render.add(now() - start);
      }
      return;
    }
    if (job.large()) {
      stream(job, source, inputs, sink, start);
      return;
    }
    byte[] content = source.content();
    long made = now();
    sink.accept(new Page(job.path(), content, inputs));
    if (on) {
      Tally tally = tally(job);
      tally.files.increment();
      tally.bytes.add(content.length);
      tally.render.add(made - start);
      tally.write.add(now() - made);
    }
  }

  /**
   * Streams a large page to the sink. Making and writing its bytes interleave, so all of the
   * time counts as rendering.
   */
  private void stream(PageJob job, PageJob.Source source, byte[] inputs, PageSink sink, long start) {
    long[] bytes = {0};
    sink.accept(job.path(), out -> source.writeTo(on ? counting(out, bytes) : out), inputs);
    if (on) {
      Tally tally = tally(job);
      tally.files.increment();
      tally.bytes.add(bytes[0]);
      tally.render.add(now() - start);
    }
  }

  /** {@code out}, adding the bytes written through it to {@code count[0]}. */
  private static OutputStream counting(OutputStream out, long[] count) {
    return new FilterOutputStream(out) {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
        count[0]++;
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        count[0] += length;
      }
    };
  }

  private Tally tally(PageJob job) {
    return tallies.computeIfAbsent(job.kind(), kind -> new Tally());
  }

  /** Every kind seen, the costliest (render and write) first; ties by name. */
  public List<OutputCost> byCost() {
    return tallies.entrySet().stream()
        .map(e -> e.getValue().cost(e.getKey()))
        .sorted(Comparator.comparingLong(OutputCost::cpuNanos).reversed()
            .thenComparing(OutputCost::kind))
        .toList();
  }

  private long now() {
    if (!on) {
      return 0; // a build without --timings reads no clock
    }
    return THREADS.isCurrentThreadCpuTimeSupported()
        ? THREADS.getCurrentThreadCpuTime()
        : System.nanoTime();
  }

  private static final class Tally {
    final LongAdder files = new LongAdder();
    final LongAdder kept = new LongAdder();
    final LongAdder bytes = new LongAdder();
    final LongAdder render = new LongAdder();
    final LongAdder write = new LongAdder();

    OutputCost cost(String kind) {
      return new OutputCost(kind, files.intValue(), kept.intValue(), bytes.sum(), render.sum(),
          write.sum());
    }
  }
}
