package org.newsdigest.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Document;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.story.StoryLinker;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.EntityTable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * JMH benchmarks of the hot paths, one stage each, over the development articles (the whole
 * set per operation, so a score is "one pass of the 462 articles"): reading (bytes to
 * Documents), extraction (Documents to Articles), merging (Articles to Events) and rendering
 * (Digest to Pages, in memory: publishing is not timed). Runs through the {@code jmh} profile,
 * short by default:
 *
 * <pre>./mvnw -q -Pjmh test [-Djmh.only=merge] [-Djmh.forks=1 -Djmh.iterations=3]</pre>
 */
@Tag("bench")
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PipelineJmh {
  private final Ingester ingester = new Ingester();
  private final Extractor extractor = new Extractor();
  private final EventMerger merger = new EventMerger();
  private final StoryLinker stories = new StoryLinker();
  private final SiteRenderer renderer = SiteRenderer.builder().build();
  private List<ArticleReader.SourceFile> files;
  private final List<byte[]> bytes = new ArrayList<>();
  private final List<Document> documents = new ArrayList<>();
  private List<Article> articles;
  private Digest digest;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    Path root = Path.of(System.getProperty("dataset", "../shared/datasets/ecbplus-dev"));
    ArticleReader reader = new ArticleReader(ingester, extractor);
    files = reader.filesUnder(root.resolve("articles"));
    for (ArticleReader.SourceFile f : files) {
      byte[] b = Files.readAllBytes(f.path());
      bytes.add(b);
      documents.addAll(ingester.read(f.source(), b));
    }
    articles = reader.read(files).articles();
    List<Event> events = merger.merge(articles);
    EntityTable entities = EntityTableBuilder.build(events);
    digest = new Digest(events, stories.link(events, entities), entities);
  }

  /** Ingest only: format detection, decoding and the reader of each file, from bytes in memory. */
  @Benchmark
  public int read() throws Exception {
    int n = 0;
    for (int i = 0; i < files.size(); i++) {
      n += ingester.read(files.get(i).source(), bytes.get(i)).size();
    }
    return n;
  }

  @Benchmark
  public int extract() {
    int n = 0;
    for (Document d : documents) {
      n += extractor.extract(d).blocks().size();
    }
    return n;
  }

  @Benchmark
  public List<Event> merge() {
    return merger.merge(articles);
  }

  @Benchmark
  public List<Page> render() {
    return renderer.render(digest);
  }

  /** The entry point the {@code jmh} profile runs: a short run unless told otherwise. */
  @Test
  @EnabledIfSystemProperty(named = "bench.jmh", matches = "true")
  void run() throws RunnerException, IOException {
    Options options = new OptionsBuilder()
        .include(PipelineJmh.class.getName() + "\\." + System.getProperty("jmh.only", ".*") + "$")
        .forks(Integer.getInteger("jmh.forks", 1))
        .warmupIterations(Integer.getInteger("jmh.warmups", 2))
        .warmupTime(TimeValue.seconds(Integer.getInteger("jmh.seconds", 2)))
        .measurementIterations(Integer.getInteger("jmh.iterations", 3))
        .measurementTime(TimeValue.seconds(Integer.getInteger("jmh.seconds", 2)))
        .jvmArgsAppend("-Duser.timezone=UTC", "-Duser.language=en",
            "-Ddataset=" + System.getProperty("dataset", "../shared/datasets/ecbplus-dev"))
        .build();
    if (new Runner(options).run().isEmpty()) {
      throw new AssertionError("JMH ran no benchmark");
    }
  }
}
