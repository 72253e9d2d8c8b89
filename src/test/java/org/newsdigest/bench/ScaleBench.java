package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadResult;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.merge.MergeProbe;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Measurement, not a unit test: grows the development articles (read once through the real
 * ingest and extract) into corpora of the sizes asked for ({@link CorpusGrower}) and merges
 * each, in one JVM, smallest first. Runs only through the {@code bench-scale} profile:
 *
 * <pre>./mvnw -q -Pbench-scale test [-Ddataset=FOLDER] [-Dsizes=1000,10000,100000]
 *     [-Dgrowth=story]</pre>
 *
 * <p>{@code -Dgrowth=story} grows one long running story instead of new events of each kind:
 * copies keep every name and word and move by whole weeks ({@link CorpusGrower}), as a folder
 * that follows one story for a year holds it.
 *
 * <p>Columns, per size:
 *
 * <ul>
 *   <li>{@code merge s}: wall time of {@link EventMerger#merge} on the grown corpus;
 *   <li>{@code cpu s}: CPU time of the whole JVM during the merge, all threads (the merge's
 *       own, the garbage collectors', the compiler's): the work done, which unlike wall time
 *       hardly depends on what else the machine runs;
 *   <li>{@code gc s}: the time the garbage collectors report spending during the merge (pauses
 *       and, for concurrent collectors, their concurrent work), part of {@code merge s};
 *   <li>{@code peak MB}: the most heap in use at any one moment during that merge ({@link
 *       HeapWatch}: total heap sampled every 5 ms and read before every collection), everything
 *       in the JVM included: the development articles, the grown corpus and the merge's own
 *       working state and garbage not yet collected, so it shows how close the merge comes to
 *       the heap limit, not what it needs;
 *   <li>{@code live MB}: heap in use after a full collection right after the merge, with the
 *       corpus and the events still referenced: what the result costs to keep;
 *   <li>{@code corpus MB}: the grown corpus's own live size before merging (live heap with it
 *       less live heap before it was grown);
 *   <li>{@code pairs}: the candidate pairs blocking gave (what scoring and clustering pay for);
 *   <li>{@code B3 F1}: B-cubed F1 against the grown gold;
 *   <li>{@code largest}: the most articles one event holds (below each row, how many events of
 *       each size);
 *   <li>{@code exponent}: growth of merge time from the previous size, log(t2/t1) / log(n2/n1):
 *       1 is linear, n log n shows as about 1.1 here;
 *   <li>{@code digest}: the first hex digits of a SHA-256 over every event's full content, so a
 *       change meant only for speed can show it left the events as they were.
 * </ul>
 *
 * <p>Below each row, the wall seconds of each step of that merge. Fails when an article is not
 * in exactly one event.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.scale", matches = "true")
class ScaleBench {
  private static final long SEED = 20260106L;

  private final PrintStream out = System.out;

  @Test
  void mergeAtScale() throws IOException {
    Path root = Path.of(System.getProperty("dataset", "../shared/datasets/ecbplus-dev"));
    String sizes = System.getProperty("sizes", "1000,10000,100000");
    Map<String, String> goldOf = Gold.read(root.resolve("gold.tsv"));
    ReadResult read =
        new ArticleReader(new Ingester(), new Extractor()).readTree(root.resolve("articles"));
    boolean oneStory = "story".equals(System.getProperty("growth"));
    CorpusGrower grower = new CorpusGrower(read.articles(), goldOf, SEED, oneStory);
    out.printf(Locale.ROOT, "dataset %s (%s): %d articles read, %d cores, max heap %d MB%n",
        root.toAbsolutePath().normalize(),
        oneStory ? "grown as one story, copies a week apart" : "grown with renamed copies",
        read.articles().size(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    long baseLive = HeapWatch.liveBytes();
    out.printf(Locale.ROOT, "%8s %8s %7s %6s %8s %8s %9s %9s %7s %7s %7s %8s %13s%n",
        "articles", "merge s", "cpu s", "gc s", "peak MB", "live MB", "corpus MB", "pairs",
        "B3 F1", "events", "largest", "exponent", "digest");
    EventMerger merger = new EventMerger();
    double previousN = 0;
    double previousT = 0;
    for (String s : sizes.split(",")) {
      int n = Integer.parseInt(s.strip());
      CorpusGrower.Grown grown = grower.grow(n);
      long pairs = MergeProbe.candidatePairs(grown.articles());
      long corpus = HeapWatch.liveBytes() - baseLive;
      MergeProbe.Timed timed;
      double seconds;
      long peak;
      long gcBefore = HeapWatch.collectionMillis();
      long cpuBefore = processCpuNanos();
      try (HeapWatch watch = new HeapWatch()) {
        long start = System.nanoTime();
        timed = MergeProbe.timedMerge(merger, grown.articles());
        seconds = (System.nanoTime() - start) / 1e9;
        peak = watch.peakBytes();
      }
      double gcSeconds = (HeapWatch.collectionMillis() - gcBefore) / 1e3;
      double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
      List<Event> events = timed.events();
      long live = HeapWatch.liveBytes(); // corpus and events are both used below: still live
      List<List<String>> clusters = new ArrayList<>();
      for (Event e : events) {
        clusters.add(e.articles().stream().map(Article::source).toList());
      }
      assertEquals(grown.gold().keySet(), everySourceOnce(clusters),
          "every article in exactly one event");
      String exponent = previousN == 0 ? "-"
          : String.format(Locale.ROOT, "%.2f",
              Math.log(seconds / previousT) / Math.log(n / previousN));
      out.printf(Locale.ROOT, "%8d %8.2f %7.2f %6.2f %8d %8d %9d %9d %7.3f %7d %7d %8s %13s%n",
          n, seconds, cpuSeconds, gcSeconds, peak >> 20, live >> 20, corpus >> 20, pairs,
          bcubedF1(clusters, grown.gold()), events.size(),
          clusters.stream().mapToInt(List::size).max().orElse(0), exponent, digest(events));
      out.println("   event sizes: " + sizeDistribution(clusters));
      StringBuilder steps = new StringBuilder("   steps:");
      timed.stageSeconds().forEach((step, t) ->
          steps.append(String.format(Locale.ROOT, " %s %.2f;", step, t)));
      out.println(steps);
      previousN = n;
      previousT = seconds;
    }
  }

  /** How many events hold 1, 2, 3-5, 6-10, 11-20, 21-50, 51-100 and more articles. */
  static String sizeDistribution(List<List<String>> clusters) {
    int[] upper = {1, 2, 5, 10, 20, 50, 100, Integer.MAX_VALUE};
    String[] names = {"1", "2", "3-5", "6-10", "11-20", "21-50", "51-100", ">100"};
    int[] count = new int[upper.length];
    for (List<String> c : clusters) {
      int b = 0;
      while (c.size() > upper[b]) {
        b++;
      }
      count[b]++;
    }
    StringBuilder text = new StringBuilder();
    for (int b = 0; b < upper.length; b++) {
      text.append(b == 0 ? "" : ", ").append(names[b]).append(": ").append(count[b]);
    }
    return text.toString();
  }

  private static java.util.Set<String> everySourceOnce(List<List<String>> clusters) {
    java.util.Set<String> seen = new java.util.TreeSet<>();
    for (List<String> c : clusters) {
      for (String source : c) {
        if (!seen.add(source)) {
          throw new AssertionError(source + " is in two events");
        }
      }
    }
    return seen;
  }

  /** B-cubed F1 (Bagga and Baldwin 1998), averaged over items. */
  static double bcubedF1(List<List<String>> clusters, Map<String, String> gold) {
    Map<String, Integer> goldSize = new TreeMap<>();
    gold.values().forEach(g -> goldSize.merge(g, 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    for (List<String> cluster : clusters) {
      Map<String, Integer> shared = new TreeMap<>();
      cluster.forEach(item -> shared.merge(gold.get(item), 1, Integer::sum));
      for (String item : cluster) {
        int both = shared.get(gold.get(item));
        precision += both / (double) cluster.size();
        recall += both / (double) goldSize.get(gold.get(item));
      }
    }
    precision /= gold.size();
    recall /= gold.size();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  /** CPU nanoseconds the JVM process has used so far, or 0 where the platform does not say. */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** SHA-256 over each event's full record text, in order; its first 12 hex digits. */
  private static String digest(List<Event> events) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Event e : events) {
        sha.update(e.toString().getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
