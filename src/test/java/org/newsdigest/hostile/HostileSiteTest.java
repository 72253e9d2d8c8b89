package org.newsdigest.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.BuildReport;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.build.Skipped;
import org.newsdigest.cli.ExitCodes;
import org.newsdigest.cli.Main;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;
import org.newsdigest.render.SiteRenderer;
import picocli.CommandLine;

/**
 * The whole hostile corpus ({@code src/test/resources/hostile}, see the README there) built into
 * one site, then every generated page parsed and checked: nothing executable, no unsafe URL, no
 * template evaluated, safe unique names, nothing outside the output folder, and every input
 * either on the site or in the build report with its reason, as the corpus expects.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileSiteTest {
  private static final String SITE_TITLE = "Hostile <script>alert('site')</script> ${7*7}";

  HostileCorpus corpus;
  Path dir;
  Path seeds;
  Path site;
  BuildReport report;
  Map<String, Long> seedsBefore;
  /** Every article of events.json by its source key. */
  final Map<String, JsonNode> articles = new TreeMap<>();
  JsonNode events;

  @BeforeAll
  void build(@TempDir Path tempDir) throws IOException {
    dir = tempDir;
    seeds = Files.createDirectories(dir.resolve("seeds"));
    site = dir.resolve("site");
    corpus = HostileCorpus.load();
    corpus.writeInto(seeds);
    seedsBefore = listing(seeds);
    SiteBuilder builder =
        new SiteBuilder(
            new ArticleReader(new Ingester(), new Extractor()),
            new EventMerger(),
            SiteRenderer.builder().siteTitle(SITE_TITLE).build(),
            new Publisher());
    report = builder.build(seeds, site);
    events = new ObjectMapper().readTree(site.resolve("data/events.json").toFile());
    for (JsonNode event : events.get("events")) {
      for (JsonNode article : event.get("articles")) {
        articles.put(article.get("source").asText(), article);
      }
    }
  }

  @TestFactory
  List<DynamicTest> everyCaseHasItsExpectedOutcome() {
    List<DynamicTest> tests = new ArrayList<>();
    for (HostileCase c : corpus.cases()) {
      tests.add(DynamicTest.dynamicTest(c.kind() + ": " + c.seedPath(), () -> checkOutcome(c)));
    }
    return tests;
  }

  private void checkOutcome(HostileCase c) throws IOException {
    List<String> onSite = sourcesOf(c, articles.keySet());
    List<Skipped> skipped =
        report.skipped().stream().filter(s -> belongsTo(c, s.source())).toList();
    String seen = "on site " + onSite + ", skipped " + skipped;
    switch (c.expected().outcome()) {
      case SITE -> {
        assertFalse(onSite.isEmpty(), seen);
        assertEquals(List.of(), skipped, seen);
        if (!c.expected().text().isEmpty()) {
          assertTrue(report.warnings().stream().anyMatch(w -> belongsTo(c, w.source())
              && w.message().contains(c.expected().text())), report.warnings().toString());
        }
        checkLiterals(c, onSite);
      }
      case SKIPPED -> {
        assertTrue(onSite.isEmpty(), seen);
        assertFalse(skipped.isEmpty(), seen);
        assertTrue(skipped.stream().allMatch(s -> s.reason().contains(c.expected().text())), seen);
      }
      case IGNORED -> assertTrue(onSite.isEmpty() && skipped.isEmpty(), seen);
      case UNKNOWN -> throw new AssertionError("no expected outcome yet: " + seen);
    }
  }

  /** Each literal is in the text of one of the case's article pages, and so was not markup. */
  private void checkLiterals(HostileCase c, List<String> onSite) throws IOException {
    StringBuilder text = new StringBuilder();
    for (String source : onSite) {
      Document page = Jsoup.parse(read(articles.get(source).get("url").asText()));
      text.append(page.text()).append('\n');
    }
    for (String literal : c.literals()) {
      assertTrue(text.toString().contains(literal), "'" + literal + "' not shown in " + text);
    }
  }

  @Test
  void everyPageHasTheSafetyProperties() throws IOException {
    assertEquals(List.of(), new PageProperties().check(site));
  }

  @Test
  void everyInputFileIsOnTheSiteOrInTheReport() throws IOException {
    Set<String> accounted = new TreeSet<>();
    articles.keySet().forEach(s -> accounted.add(fileOf(s)));
    report.skipped().forEach(s -> accounted.add(fileOf(s.source())));
    Set<String> inputs = new TreeSet<>();
    for (HostileCase c : corpus.cases()) {
      if (c.expected().outcome() != Expected.Outcome.IGNORED) {
        inputs.add(c.seedPath());
      }
    }
    assertEquals(inputs, accounted);
    assertEquals(inputs.size(), report.filesFound());
  }

  @Test
  void everySlugIsUniqueAndSafe() {
    Set<String> urls = new TreeSet<>();
    for (JsonNode article : articles.values()) {
      String url = article.get("url").asText();
      assertTrue(url.matches("articles/[a-z0-9]+(-[a-z0-9]+)*\\.html"), url);
      assertTrue(urls.add(url), "two articles share " + url);
    }
    for (JsonNode event : events.get("events")) {
      String id = event.get("id").asText();
      assertTrue(id.matches("[a-z0-9]+(-[a-z0-9]+)*"), id);
      assertTrue(urls.add(event.get("url").asText()), "two events share " + id);
    }
  }

  @Test
  void titlesThatSlugifyToNothingUseTheFileNameAndEqualSlugsAreNumbered() {
    assertEquals("articles/punctuation.html", urlOf("slug/punctuation.txt"));
    assertEquals("articles/emoji.html", urlOf("slug/emoji.txt"));
    assertEquals("articles/cjk.html", urlOf("slug/cjk.txt"));
    assertEquals(Set.of("articles/storm-closes-mountain-pass.html",
            "articles/storm-closes-mountain-pass-2.html",
            "articles/storm-closes-mountain-pass-3.html"),
        Set.of(urlOf("slug/same-1.txt"), urlOf("slug/same-2.txt"), urlOf("slug/same-3.txt")));
  }

  private String urlOf(String source) {
    JsonNode article = articles.get(source);
    assertNotNull(article, source + " not in " + articles.keySet());
    return article.get("url").asText();
  }

  @Test
  void nothingIsWrittenOutsideTheOutputFolderAndTheSeedsAreUntouched() throws IOException {
    try (Stream<Path> top = Files.list(dir)) {
      // The build's lock file beside the site is the one thing it writes outside it.
      assertEquals(Set.of("seeds", "site", ".site.newsdigest-lock", "outside-secret.txt"),
          new TreeSet<>(top.map(p -> p.getFileName().toString()).toList()));
    }
    assertEquals(seedsBefore, listing(seeds));
    try (Stream<Path> all = Files.walk(site)) {
      assertTrue(all.noneMatch(Files::isSymbolicLink));
    }
  }

  @Test
  void theCommandLineNamesEverySkippedFileWithItsReason(@TempDir Path out) {
    CommandLine cli = Main.commandLine();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(new StringWriter()));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("build", "--strict", "--quiet", "--seeds", seeds.toString(), "--out",
        out.resolve("site").toString());
    assertEquals(ExitCodes.INPUT_SKIPPED, code, err.toString());
    for (HostileCase c : corpus.cases()) {
      if (c.expected().outcome() == Expected.Outcome.SKIPPED) {
        assertTrue(err.toString().contains("skipped " + c.seedPath() + ": " + c.expected().text()),
            c.seedPath() + " not named in\n" + err);
      }
    }
  }

  @Test
  void theSiteTitleIsTextEverywhere() throws IOException {
    Document index = Jsoup.parse(read("index.html"));
    assertTrue(index.title().contains(SITE_TITLE), index.title());
  }

  private String read(String sitePath) throws IOException {
    Path file = site.resolve(sitePath);
    assertTrue(Files.isRegularFile(file), "the site has no " + sitePath);
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private static List<String> sourcesOf(HostileCase c, Set<String> sources) {
    return sources.stream().filter(s -> belongsTo(c, s)).toList();
  }

  /** A source key is the file's path, or the path and "#n" for the n-th item of a feed. */
  private static boolean belongsTo(HostileCase c, String source) {
    return source.equals(c.seedPath()) || source.startsWith(c.seedPath() + "#");
  }

  private static String fileOf(String source) {
    int hash = source.lastIndexOf('#');
    boolean feedItem = hash > 0 && source.substring(hash + 1).matches("\\d+");
    return feedItem ? source.substring(0, hash) : source;
  }

  /** Every file under {@code root} with its size, symbolic links not followed. */
  private static Map<String, Long> listing(Path root) throws IOException {
    Map<String, Long> sizes = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.toList()) {
        sizes.put(root.relativize(p).toString(),
            Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : -1L);
      }
    }
    return sizes;
  }
}
