package org.newsdigest.merge;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadResult;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Merge quality over the real pipeline: reads {@code DATASET/articles} with the build's {@link
 * ArticleReader} (ingest and extract as {@code newsdigest build} runs them), merges with {@link
 * EventMerger}, and scores the events against {@code DATASET/gold.tsv}. Run from the repository
 * root with {@code ./mvnw -q -Pbench-merge verify -Ddataset=../shared/datasets/ecbplus-dev}
 * (add {@code -Dmistakes=true} for the worst wrong joins and splits, {@code -Dtune=true} for the
 * settings sweep with 2-fold cross-validation over topics, see {@link MergeTuning}; {@code
 * -Dtune=table} also prints every setting's scores, {@code -Dfolds=5} adds 5-fold
 * cross-validation over topics with mean ± spread). {@link DistinctEventsSet} derives the
 * "distinct events by several outlets" set from ECB+ to run this on.
 *
 * <p>Exit code 0 when every gold article is in exactly one event, 1 when that check fails, 2 on
 * bad arguments or an unreadable data set.
 */
public final class MergeBenchmark {
  private static final int WORST = 8;

  private final PrintStream out;

  MergeBenchmark(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) throws IOException {
    String dataset = System.getProperty("dataset", "");
    if (dataset.isBlank() && args.length > 0) {
      dataset = args[0];
    }
    Path root = Path.of(dataset.isBlank() ? "." : dataset);
    if (dataset.isBlank()
        || !Files.isDirectory(root.resolve("articles"))
        || !Files.isRegularFile(root.resolve("gold.tsv"))) {
      System.err.println(
          "Give -Ddataset=DIR where DIR holds articles/*.txt and gold.tsv (file<TAB>event); got '"
              + dataset + "'");
      System.exit(2);
    }
    MergeBenchmark bench = new MergeBenchmark(System.out);
    boolean ok =
        bench.run(root, Boolean.getBoolean("mistakes"), Boolean.getBoolean("tune") || "table".equals(System.getProperty("tune")));
    System.exit(ok ? 0 : 1);
  }

  /** Runs the benchmark; false when some gold article is not in exactly one event. */
  boolean run(Path root, boolean mistakes, boolean tune) throws IOException {
    GoldStandard gold = GoldStandard.read(root.resolve("gold.tsv"));
    long start = System.nanoTime();
    ReadResult read =
        new ArticleReader(new Ingester(), new Extractor()).readTree(root.resolve("articles"));
    long readNanos = System.nanoTime() - start;
    start = System.nanoTime();
    List<Event> events = new EventMerger().merge(read.articles());
    long mergeNanos = System.nanoTime() - start;

    out.printf(Locale.ROOT, "dataset           %s%n", root.toAbsolutePath().normalize());
    out.printf(Locale.ROOT, "articles          %d read (%d files, %d skipped), %d in gold%n",
        read.articles().size(), read.filesFound(), read.skipped().size(), gold.eventOf().size());
    read.skipped().forEach(s -> out.printf(Locale.ROOT, "  skipped %s: %s%n", s.source(), s.reason()));
    out.printf(Locale.ROOT, "gold events       %d%n", gold.events());
    out.printf(Locale.ROOT, "predicted events  %d%n", events.size());

    List<List<String>> clusters = new ArrayList<>();
    for (Event event : events) {
      clusters.add(event.articles().stream().map(Article::source).toList());
    }
    boolean complete = checkCompleteness(clusters, read.articles(), gold);
    // Score over the gold articles the pipeline read; a missing one is reported above.
    Map<String, String> scored = new TreeMap<>(gold.eventOf());
    Set<String> predicted = new TreeSet<>();
    clusters.forEach(predicted::addAll);
    scored.keySet().retainAll(predicted);
    List<List<String>> kept = new ArrayList<>();
    for (List<String> c : clusters) {
      List<String> in = c.stream().filter(scored::containsKey).toList();
      if (!in.isEmpty()) {
        kept.add(in);
      }
    }
    ClusterScores s = ClusterScores.of(kept, scored);
    out.printf(Locale.ROOT, "B-cubed           P=%.3f R=%.3f F1=%.3f%n",
        s.b3Precision(), s.b3Recall(), s.b3F1());
    out.printf(Locale.ROOT, "pairwise          P=%.3f R=%.3f F1=%.3f%n",
        s.pairPrecision(), s.pairRecall(), s.pairF1());
    out.printf(Locale.ROOT, "time              read %.2f s, merge %.2f s%n",
        readNanos / 1e9, mergeNanos / 1e9);
    out.printf(Locale.ROOT, "peak heap         %.0f MB%n", peakHeapBytes() / 1048576.0);
    out.printf(Locale.ROOT, "every article in exactly one event: %s%n", complete ? "yes" : "NO");

    List<Article> scoredArticles =
        read.articles().stream().filter(a -> scored.containsKey(a.source())).toList();
    if (mistakes) {
      new MergeMistakes(out, new Corpus(scoredArticles), scored, WORST).print(kept);
    }
    if (tune) {
      new MergeTuning(out).crossValidate(scoredArticles, scored);
    }
    return complete;
  }

  private boolean checkCompleteness(
      List<List<String>> clusters, List<Article> articles, GoldStandard gold) {
    Map<String, Integer> times = new TreeMap<>();
    clusters.forEach(c -> c.forEach(source -> times.merge(source, 1, Integer::sum)));
    boolean ok = true;
    for (Article article : articles) {
      int n = times.getOrDefault(article.source(), 0);
      if (n != 1) {
        out.printf(Locale.ROOT, "  %s is in %d events%n", article.source(), n);
        ok = false;
      }
    }
    if (times.size() != articles.size()) {
      out.printf(Locale.ROOT, "  events hold %d sources for %d articles%n", times.size(),
          articles.size());
      ok = false;
    }
    for (String source : gold.eventOf().keySet()) {
      if (!times.containsKey(source)) {
        out.printf(Locale.ROOT, "  gold article %s is in no event%n", source);
        ok = false;
      }
    }
    return ok;
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
