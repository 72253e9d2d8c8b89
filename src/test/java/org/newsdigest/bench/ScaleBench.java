package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * <pre>./mvnw -q -Pbench-scale test [-Ddataset=FOLDER] [-Dsizes=1000,10000,100000]</pre>
 *
 * <p>Per size: merge wall time, peak heap while merging (the heap pools' peaks, reset after a
 * GC before the merge; the grown corpus itself is part of it), B-cubed F1 against the grown
 * gold, the candidate pairs blocking gave, and the growth exponent of time from the previous
 * size (log(t2/t1) / log(n2/n1): 1 is linear, n log n shows as about 1.1 here). Fails when an
 * article is not in exactly one event.
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
    CorpusGrower grower = new CorpusGrower(read.articles(), goldOf, SEED);
    out.printf(Locale.ROOT, "dataset %s: %d articles read, %d cores, max heap %d MB%n",
        root.toAbsolutePath().normalize(), read.articles().size(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    out.printf(Locale.ROOT, "%8s %9s %9s %11s %7s %8s %9s%n",
        "articles", "merge s", "heap MB", "pairs", "B3 F1", "events", "exponent");
    EventMerger merger = new EventMerger();
    double previousN = 0;
    double previousT = 0;
    for (String s : sizes.split(",")) {
      int n = Integer.parseInt(s.strip());
      CorpusGrower.Grown grown = grower.grow(n);
      long pairs = MergeProbe.candidatePairs(grown.articles());
      System.gc();
      ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      List<Event> events = merger.merge(grown.articles());
      double seconds = (System.nanoTime() - start) / 1e9;
      long heap = peakHeapBytes();
      List<List<String>> clusters = new ArrayList<>();
      for (Event e : events) {
        clusters.add(e.articles().stream().map(Article::source).toList());
      }
      assertEquals(grown.gold().keySet(), everySourceOnce(clusters),
          "every article in exactly one event");
      String exponent = previousN == 0 ? "-"
          : String.format(Locale.ROOT, "%.2f",
              Math.log(seconds / previousT) / Math.log(n / previousN));
      out.printf(Locale.ROOT, "%8d %9.2f %9d %11d %7.3f %8d %9s%n", n, seconds, heap >> 20,
          pairs, bcubedF1(clusters, grown.gold()), events.size(), exponent);
      previousN = n;
      previousT = seconds;
    }
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

  private static long peakHeapBytes() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
