package org.newsdigest.merge;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
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
import org.newsdigest.model.Storyline;
import org.newsdigest.story.StoryLinker;
import org.newsdigest.entities.EntityTableBuilder;

/**
 * Merge quality over the real pipeline: reads each {@code DATASET/articles} with the build's
 * {@link ArticleReader} (ingest and extract as {@code newsdigest build} runs them), merges with
 * {@link EventMerger}, and scores the events against {@code DATASET/gold.tsv}, beside a plain
 * TF-IDF baseline ({@link TfIdfBaseline}) and the storylines the story stage links. Run from the
 * repository root with {@code ./mvnw -q -Pbench-merge test [-Ddataset=DIR,DIR...]} (add {@code
 * -Dmistakes=true} for the worst wrong joins and splits, {@code -Dtune=true} for the settings
 * sweep with 2-fold cross-validation over the topics of every set, see {@link MergeTuning};
 * {@code -Dtune=table} also prints every setting's scores). Sets derived in memory join the
 * table: ECB+'s "distinct events" halves ({@link DistinctEventsSet}) and a dated set's events
 * packed into five weeks ({@link Redated}).
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
      dataset = String.join(",", args);
    }
    List<Path> roots = datasets(dataset);
    for (Path root : roots) {
      if (!Files.isDirectory(root.resolve("articles"))
          || !Files.isRegularFile(root.resolve("gold.tsv"))) {
        System.err.println("Give -Ddataset=DIR[,DIR...] where each DIR holds articles/ and gold.tsv"
            + " (file<TAB>event); got '" + root + "'");
        System.exit(2);
      }
    }
    MergeBenchmark bench = new MergeBenchmark(System.out);
    boolean ok = bench.run(roots, Boolean.getBoolean("mistakes"),
        Boolean.getBoolean("tune") || "table".equals(System.getProperty("tune")));
    System.exit(ok ? 0 : 1);
  }

  /** The folders named by a comma-separated list. */
  static List<Path> datasets(String list) {
    List<Path> roots = new ArrayList<>();
    for (String part : list.split(",")) {
      if (!part.isBlank()) {
        roots.add(Path.of(part.strip()));
      }
    }
    return roots;
  }

  /** One scored clustering: a row of the summary table. */
  private record Row(String name, int articles, long goldEvents, int events, int largest,
      ClusterScores scores, ClusterScores stories, ClusterScores baseline) {}

  /**
   * Runs the benchmark over every data set and prints the table of all of them; false when some
   * gold article is not in exactly one event.
   */
  boolean run(List<Path> roots, boolean mistakes, boolean tune) throws IOException {
    List<Row> rows = new ArrayList<>();
    List<MergeTuning.Dataset> read = new ArrayList<>();
    boolean complete = true;
    for (Path root : roots) {
      complete &= run(root, mistakes, rows, read);
    }
    out.printf(Locale.ROOT, "%n== merge quality (B-cubed over articles; baseline: plain TF-IDF"
        + " average link at %.2f) ==%n", TfIdfBaseline.THRESHOLD);
    out.printf(Locale.ROOT, "%-28s %8s %6s %6s %7s  %-23s %9s %9s %9s%n", "data set",
        "articles", "gold", "events", "largest", "B-cubed P / R / F1", "pairs F1", "stories",
        "baseline");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "%-28s %8d %6d %6d %7d  %.3f / %.3f / %.3f %9.3f %9.3f %9.3f%n",
          r.name(), r.articles(), r.goldEvents(), r.events(), r.largest(),
          r.scores().b3Precision(), r.scores().b3Recall(), r.scores().b3F1(),
          r.scores().pairF1(), r.stories().b3F1(), r.baseline().b3F1());
    }
    out.printf(Locale.ROOT, "stories: B-cubed F1 when the events of each storyline count as one"
        + " cluster (the story stage's links)%n");
    if (tune) {
      new MergeTuning(out).crossValidate(read);
    }
    return complete;
  }

  private boolean run(Path root, boolean mistakes, List<Row> rows,
      List<MergeTuning.Dataset> datasets) throws IOException {
    GoldStandard gold = GoldStandard.read(root.resolve("gold.tsv"));
    long start = System.nanoTime();
    ReadResult read =
        new ArticleReader(new Ingester(), new Extractor()).readTree(root.resolve("articles"));
    long readNanos = System.nanoTime() - start;
    start = System.nanoTime();
    List<Event> events = new EventMerger().merge(read.articles());
    long mergeNanos = System.nanoTime() - start;

    out.printf(Locale.ROOT, "%ndataset           %s%n", root.toAbsolutePath().normalize());
    out.printf(Locale.ROOT, "articles          %d read (%d files, %d skipped), %d in gold%n",
        read.articles().size(), read.filesFound(), read.skipped().size(), gold.eventOf().size());
    read.skipped().forEach(s -> out.printf(Locale.ROOT, "  skipped %s: %s%n", s.source(), s.reason()));
    out.printf(Locale.ROOT, "gold events       %d%n", gold.events());
    out.printf(Locale.ROOT, "predicted events  %d%n", events.size());

    List<List<String>> clusters = sources(events);
    boolean complete = checkCompleteness(clusters, read.articles(), gold);
    // Score over the gold articles the pipeline read; a missing one is reported above.
    Map<String, String> scored = new TreeMap<>(gold.eventOf());
    Set<String> predicted = new TreeSet<>();
    clusters.forEach(predicted::addAll);
    scored.keySet().retainAll(predicted);
    List<List<String>> kept = keep(clusters, scored);
    List<Article> scoredArticles =
        read.articles().stream().filter(a -> scored.containsKey(a.source())).toList();
    ClusterScores s = ClusterScores.of(kept, scored);
    ClusterScores baseline = ClusterScores.of(
        new TfIdfBaseline(TfIdfBaseline.THRESHOLD).cluster(scoredArticles), scored);
    out.printf(Locale.ROOT, "B-cubed           P=%.3f R=%.3f F1=%.3f%n",
        s.b3Precision(), s.b3Recall(), s.b3F1());
    out.printf(Locale.ROOT, "pairwise          P=%.3f R=%.3f F1=%.3f%n",
        s.pairPrecision(), s.pairRecall(), s.pairF1());
    out.printf(Locale.ROOT, "baseline B-cubed  P=%.3f R=%.3f F1=%.3f%n",
        baseline.b3Precision(), baseline.b3Recall(), baseline.b3F1());
    out.printf(Locale.ROOT, "event sizes       %s%n", sizes(kept));
    out.printf(Locale.ROOT, "time              read %.2f s, merge %.2f s%n",
        readNanos / 1e9, mergeNanos / 1e9);
    out.printf(Locale.ROOT, "peak heap         %.0f MB%n", peakHeapBytes() / 1048576.0);
    out.printf(Locale.ROOT, "every article in exactly one event: %s%n", complete ? "yes" : "NO");
    String name = root.toAbsolutePath().normalize().getFileName().toString();
    rows.add(new Row(name, scoredArticles.size(), gold.events(), kept.size(), largest(kept), s,
        ClusterScores.of(keep(storyClusters(events), scored), scored), baseline));
    derivedSets(name, scoredArticles, scored, rows);

    if (mistakes) {
      new MergeMistakes(out, new Corpus(scoredArticles), scored, WORST).print(kept);
    }
    datasets.add(new MergeTuning.Dataset(name, scoredArticles, scored));
    return complete;
  }

  /**
   * Where a set holds two events of one kind per topic (ECB+), the two "distinct events" sets
   * made from it ({@link DistinctEventsSet}): the same articles with one event per topic, merged
   * on their own. They show whether keeping hard negatives apart costs joins elsewhere. Where
   * nearly every article has a publication day, the set with its events packed into a few weeks
   * ({@link Redated}): a running story's developments days apart, as a user's folder holds them.
   */
  private void derivedSets(String name, List<Article> articles, Map<String, String> gold,
      List<Row> rows) {
    if (gold.values().stream().distinct().count()
        > gold.values().stream().map(GoldStandard::topic).distinct().count()) {
      for (int pick = 0; pick < 2; pick++) {
        Map<String, String> kept = DistinctEventsSet.keep(gold, pick);
        rows.add(row(name + (pick == 0 ? ", first events" : ", second events"),
            articles.stream().filter(a -> kept.containsKey(a.source())).toList(), kept));
      }
    }
    long dated = articles.stream().filter(a -> a.published() != null).count();
    if (dated * 10 >= articles.size() * 9) {
      rows.add(row(name + ", in " + PACKED_WEEKS + " weeks",
          Redated.packed(articles, gold, PACKED_WEEKS), gold));
    }
  }

  /**
   * Events packed this close for the stress row: with the 40 events of a development set, about
   * one a day, so that dates alone can no longer keep a running story's developments apart.
   */
  private static final int PACKED_WEEKS = 5;

  private static Row row(String name, List<Article> articles, Map<String, String> gold) {
    List<Event> events = new EventMerger().merge(articles);
    List<List<String>> clusters = sources(events);
    return new Row(name, articles.size(), gold.values().stream().distinct().count(),
        clusters.size(), largest(clusters), ClusterScores.of(clusters, gold),
        ClusterScores.of(storyClusters(events), gold),
        ClusterScores.of(new TfIdfBaseline(TfIdfBaseline.THRESHOLD).cluster(articles), gold));
  }

  private static List<List<String>> sources(List<Event> events) {
    List<List<String>> clusters = new ArrayList<>();
    for (Event event : events) {
      clusters.add(event.articles().stream().map(Article::source).toList());
    }
    return clusters;
  }

  /**
   * The articles of each storyline as one cluster, other events as they are: how the site
   * groups a running story's developments for a reader who follows it.
   */
  private static List<List<String>> storyClusters(List<Event> events) {
    List<List<String>> clusters = new ArrayList<>();
    Set<Event> inStory = new HashSet<>();
    for (Storyline story : new StoryLinker().link(events, EntityTableBuilder.build(events))) {
      List<String> sources = new ArrayList<>();
      for (Event event : story.events()) {
        inStory.add(event);
        event.articles().forEach(a -> sources.add(a.source()));
      }
      clusters.add(sources);
    }
    for (Event event : events) {
      if (!inStory.contains(event)) {
        clusters.add(event.articles().stream().map(Article::source).toList());
      }
    }
    return clusters;
  }

  private static List<List<String>> keep(List<List<String>> clusters, Map<String, String> scored) {
    List<List<String>> kept = new ArrayList<>();
    for (List<String> c : clusters) {
      List<String> in = c.stream().filter(scored::containsKey).toList();
      if (!in.isEmpty()) {
        kept.add(in);
      }
    }
    return kept;
  }

  private static int largest(List<List<String>> clusters) {
    return clusters.stream().mapToInt(List::size).max().orElse(0);
  }

  /** How many events hold 1, 2, 3... articles: "1:4 2:10 3:25". */
  static String sizes(List<List<String>> clusters) {
    Map<Integer, Integer> count = new TreeMap<>();
    clusters.forEach(c -> count.merge(c.size(), 1, Integer::sum));
    StringBuilder text = new StringBuilder();
    count.forEach((size, n) -> text.append(text.length() == 0 ? "" : " ").append(size)
        .append(':').append(n));
    return text.toString();
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
