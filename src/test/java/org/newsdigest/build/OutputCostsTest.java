package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;
import org.newsdigest.render.OutputCost;
import org.newsdigest.render.SiteRenderer;

/**
 * build --timings: what each kind of output cost, counted over the seeds' site (with a base URL,
 * so the sitemap is made too), agrees with the files on disk, and measuring changes no file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutputCostsTest {
  private BuildReport measured;
  private Map<String, OutputCost> byKind;
  private Map<String, byte[]> site;

  @BeforeAll
  void buildTwice(@TempDir Path dir) throws IOException {
    SiteBuilder builder = new SiteBuilder(new ArticleReader(new Ingester(), new Extractor()),
        new EventMerger(), SiteRenderer.builder().baseUrl("https://example.org/news/").build(),
        new Publisher());
    measured = builder.measuringOutputs().build(Path.of("seeds"), dir.resolve("measured"));
    BuildReport plain = builder.build(Path.of("seeds"), dir.resolve("plain"));
    assertTrue(plain.outputs().isEmpty(), "nothing measured without --timings");
    site = files(dir.resolve("measured"));
    assertEquals(files(dir.resolve("plain")).keySet(), site.keySet());
    files(dir.resolve("plain")).forEach((path, bytes) ->
        assertTrue(Arrays.equals(bytes, site.get(path)), path + " is the same measured or not"));
    byKind = measured.outputs().stream().collect(Collectors.toMap(OutputCost::kind, c -> c));
  }

  @Test
  void everyKindOfTheSiteIsThereWithFiles() {
    for (String kind : new String[] {"index.ftlh", "event.ftlh", "event.md.ftl", "article.ftlh",
        "article.md.ftl", "entities.ftlh", "entities.md.ftl", "entity.ftlh", "entity.md.ftl",
        "archive.ftlh", "event-list.ftlh", "timeline.ftlh", "timeline.md.ftl", "404.ftlh",
        "feed.ftlx, site", "JSON Feed, site", "feed.ftlx, entities and stories",
        "JSON Feed, entities and stories", "rss.ftlx", "robots.txt.ftl", "sitemap.ftlx",
        "static assets", "events.json", "search.ftlh", "search index"}) {
      assertTrue(byKind.containsKey(kind), kind + " in " + byKind.keySet());
      assertTrue(byKind.get(kind).files() > 0, kind);
    }
  }

  @Test
  void filesAndBytesAddUpToTheSiteWritten() {
    assertEquals(site.size(), measured.outputs().stream().mapToInt(OutputCost::files).sum());
    assertEquals(site.size(), measured.pages());
    assertEquals(bytes(path -> true), measured.outputs().stream().mapToLong(OutputCost::bytes).sum());
    assertEquals(bytes(path -> path.startsWith("assets/search/")), byKind.get("search index").bytes());
    assertEquals(bytes(path -> path.startsWith("events/") && path.endsWith(".md")),
        byKind.get("event.md.ftl").bytes());
    assertEquals(bytes(path -> path.endsWith(".json") && path.contains("/")
            && !path.equals("data/events.json")),
        byKind.get("JSON Feed, entities and stories").bytes());
  }

  @Test
  void theCostliestComeFirst() {
    for (int i = 1; i < measured.outputs().size(); i++) {
      assertTrue(measured.outputs().get(i - 1).cpuNanos() >= measured.outputs().get(i).cpuNanos());
    }
    assertTrue(measured.outputs().get(0).renderNanos() > 0, "some CPU time was counted");
    assertTrue(measured.outputs().stream().mapToLong(OutputCost::writeNanos).sum() > 0,
        "writing the files took some too");
  }

  private long bytes(Predicate<String> paths) {
    return site.entrySet().stream().filter(e -> paths.test(e.getKey()))
        .mapToLong(e -> e.getValue().length).sum();
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      Map<String, byte[]> files = new TreeMap<>();
      // Without the publisher's marker, which no template renders.
      walk.filter(Files::isRegularFile).filter(file -> !file.endsWith(".newsdigest-site"))
          .forEach(file -> {
            try {
              files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      return files;
    }
  }
}
