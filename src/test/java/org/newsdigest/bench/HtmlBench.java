package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/**
 * Measurement, not a unit test: reads every {@code <name>/source.html} under a folder through
 * the real pipeline (Ingester, then Extractor) and scores it against {@code expected.html} and
 * {@code expected-metadata.json}. Runs only through the {@code bench-html} Maven profile:
 *
 * <pre>./mvnw -q -Pbench-html test [-Ddataset=FOLDER] [-Dbench.verbose=true]</pre>
 *
 * <p>{@code -Dbench.warmups=N} sets the untimed passes before the timed one (2);
 * {@code -Dbench.rounds=N} the passes timed by the reading thread's CPU time (5).
 * {@code -Dbench.only=REGEX} scores only the matching page names and prints their text.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.html", matches = "true")
class HtmlBench {
  /** Beside the project, as the development data sets are laid out; the profile passes its own. */
  private static final String DEFAULT_PAGES = "../shared/datasets/readability-pages";

  private final ObjectMapper json = new ObjectMapper();
  private final Ingester ingester = new Ingester();
  private final Extractor extractor = new Extractor();

  /** One page of the set, loaded before timing so that disk reads are not measured. */
  private record Page(String name, byte[] source, String expectedText, JsonNode metadata) {}

  /** What the pipeline made of one page. */
  private record Result(Page page, Article article, String body, String error) {}

  @Test
  void scoreAllPages() throws IOException {
    Path folder = Path.of(System.getProperty("bench.pages", DEFAULT_PAGES));
    boolean verbose = Boolean.getBoolean("bench.verbose");
    List<Page> pages = load(folder);
    assertFalse(pages.isEmpty(), "no <name>/source.html pages under " + folder);

    // Warm-up: the speed figure is for a warmed JVM, as in a long build.
    for (int i = 0; i < Integer.getInteger("bench.warmups", 2); i++) {
      readAll(pages);
    }
    long bytes = pages.stream().mapToLong(p -> p.source().length).sum();
    long start = System.nanoTime();
    List<Result> results = readAll(pages);
    double seconds = (System.nanoTime() - start) / 1e9;
    long ingestStart = System.nanoTime();
    ingestAll(pages);
    double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
    // Wall time depends on what else the machine runs; the reading thread's CPU time does not
    // (much). The best of several rounds is the figure least disturbed by other work.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    int rounds = Integer.getInteger("bench.rounds", 5);
    double bestCpu = Double.MAX_VALUE;
    double totalCpu = 0;
    for (int i = 0; i < rounds; i++) {
      long cpuStart = threads.getCurrentThreadCpuTime();
      readAll(pages);
      double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      bestCpu = Math.min(bestCpu, cpu);
      totalCpu += cpu;
    }

    PrintStream out = System.out;
    out.printf(Locale.ROOT, "%nHTML benchmark: %d pages from %s%n", pages.size(), folder);
    double bodyF1 = body(results, out, verbose);
    double titles = field("title", results, r -> r.article() == null ? null : r.article().title(), out);
    double bylines = field("byline", results, r -> r.article() == null ? null : r.article().byline(), out);
    field("siteName", results, r -> r.article() == null ? null : siteName(r.article()), out);
    double days = dates(results, out, verbose);
    long errors = results.stream().filter(r -> r.error() != null).count();
    out.printf(Locale.ROOT, "unreadable pages: %d%n", errors);
    results.stream().filter(r -> r.error() != null)
        .forEach(r -> out.printf(Locale.ROOT, "  %s: %s%n", r.page().name(), r.error()));
    out.printf(Locale.ROOT, "speed (ingest+extract, 1 thread): %.1f pages/s, %.2f MB/s"
        + " (%.2f s for %.1f MB)%n", pages.size() / seconds, bytes / 1e6 / seconds, seconds,
        bytes / 1e6);
    out.printf(Locale.ROOT, "  of which ingest alone: %.1f pages/s, %.2f MB/s%n",
        pages.size() / ingestSeconds, bytes / 1e6 / ingestSeconds);
    if (rounds > 0) {
      out.printf(Locale.ROOT, "CPU time of the reading thread, %d rounds: best %.1f pages per"
          + " CPU-second (%.2f MB/s), mean %.1f%n%n", rounds, pages.size() / bestCpu,
          bytes / 1e6 / bestCpu, pages.size() * rounds / totalCpu);
    }
    if (System.getProperty("bench.only", "").isBlank()) {
      sideBySide(out, bodyF1, titles, bylines, days, rounds > 0 ? pages.size() / bestCpu : 0);
    }
  }

  /**
   * The three development sets of the readers beside the numbers published for the tools a user
   * would pick instead. The references were measured by their authors on pages of the same kinds,
   * not on these pages: trafilatura's on all 990 pages of its evaluation (these are 300 of them),
   * htmldate's on its own evaluation pages, Readability4J's on the readability pages themselves.
   */
  private static void sideBySide(PrintStream out, double bodyF1, double titles, double bylines, double days,
      double pagesPerCpuSecond) throws IOException {
    MainTextBench.Summary text = new MainTextBench().score(false, false);
    Map<String, Double> dated = new DateBench().score(false, false);
    out.printf(Locale.ROOT, "== the readers on the development sets, beside published reference numbers ==%n");
    String row = "%-18s %-34s %10s   %s%n";
    out.printf(Locale.ROOT, row, "set", "measure", "newsdigest", "reference (published)");
    out.printf(Locale.ROOT, row, "readability-pages", "body F1 (word shingles)", f3(bodyF1),
        "trafilatura 0.958, Readability.js 0.947 (other English pages)");
    out.printf(Locale.ROOT, row, "", "title exact", pct(titles), "Readability4J 71.5% (93 of 130)");
    out.printf(Locale.ROOT, row, "", "byline exact", pct(bylines), "Readability4J 55.3% (42 of 76)");
    out.printf(Locale.ROOT, row, "", "published day", pct(days), "");
    out.printf(Locale.ROOT, row, "", "pages per CPU-second", String.format(Locale.ROOT, "%.0f", pagesPerCpuSecond),
        "target 200");
    out.printf(Locale.ROOT, row, "trafilatura-dev", "main text F1 (snippets, " + text.pages() + " pages)",
        f3(text.f1()), "trafilatura 0.924, magic-html 0.889, justext 0.862, readability-lxml 0.826,");
    out.printf(Locale.ROOT, row, "", "", "", "goose3 0.810, all visible text 0.667 (all 990 pages)");
    out.printf(Locale.ROOT, row, "", "pages fully right", pct(text.fullyRight()), "");
    out.printf(Locale.ROOT, row, "", "pages with an empty body", String.valueOf(text.empty()), "");
    out.printf(Locale.ROOT, row, "htmldate-dev", "publication day right", f3(dated.getOrDefault("htmldate-dev", 0.0)),
        "htmldate about 0.90");
    out.printf(Locale.ROOT, row, "trafilatura-dev", "publication day right",
        f3(dated.getOrDefault("trafilatura-dev", 0.0)), "");
    out.println();
  }

  private static String f3(double value) {
    return String.format(Locale.ROOT, "%.3f", value);
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  private void ingestAll(List<Page> pages) {
    for (Page page : pages) {
      try {
        ingester.read(page.name() + "/source.html", page.source());
      } catch (UnreadableInputException | RuntimeException e) {
        // counted in the scored pass already
      }
    }
  }

  private List<Page> load(Path folder) throws IOException {
    List<Page> pages = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return pages;
    }
    List<Path> dirs;
    try (Stream<Path> list = Files.list(folder)) {
      String only = System.getProperty("bench.only", "");
      dirs = list.filter(d -> Files.isRegularFile(d.resolve("source.html")))
          .filter(d -> only.isBlank() || d.getFileName().toString().matches(only))
          .sorted().toList();
    }
    for (Path dir : dirs) {
      Path expected = dir.resolve("expected.html");
      Path metadata = dir.resolve("expected-metadata.json");
      String expectedText = Files.isRegularFile(expected)
          ? Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).text() : null;
      JsonNode meta = Files.isRegularFile(metadata) ? json.readTree(metadata.toFile()) : null;
      pages.add(new Page(dir.getFileName().toString(), Files.readAllBytes(dir.resolve(
          "source.html")), expectedText, meta));
    }
    return pages;
  }

  private List<Result> readAll(List<Page> pages) {
    List<Result> results = new ArrayList<>();
    for (Page page : pages) {
      try {
        List<Document> documents = ingester.read(page.name() + "/source.html", page.source());
        Document document = documents.get(0);
        String body = document.blocks().stream().filter(b -> !b.isImage()).map(Block::text)
            .collect(Collectors.joining("\n\n"));
        results.add(new Result(page, extractor.extract(document), body, null));
      } catch (UnreadableInputException | RuntimeException e) {
        results.add(new Result(page, null, "", e.getClass().getSimpleName() + ": "
            + e.getMessage()));
      }
    }
    return results;
  }

  private static double body(List<Result> results, PrintStream out, boolean verbose) {
    double precision = 0;
    double recall = 0;
    int n = 0;
    List<String> lines = new ArrayList<>();
    for (Result r : results) {
      if (r.page().expectedText() == null) {
        continue;
      }
      TextScores.PrecisionRecall score = TextScores.body(r.page().expectedText(), r.body());
      precision += score.precision();
      recall += score.recall();
      n++;
      lines.add(String.format(Locale.ROOT, "  %.3f  P %.3f  R %.3f  %s",
          score.f1(), score.precision(), score.recall(), r.page().name()));
    }
    precision /= Math.max(n, 1);
    recall /= Math.max(n, 1);
    out.printf(Locale.ROOT, "body       precision %.3f  recall %.3f  F1 %.3f  (%d pages)%n",
        precision, recall, TextScores.PrecisionRecall.f1(precision, recall), n);
    if (verbose) {
      lines.stream().sorted().limit(40).forEach(out::println);
    }
    if (!System.getProperty("bench.only", "").isBlank()) {
      results.forEach(r -> out.println("----- " + r.page().name() + "\n" + r.body()
          + "\n----- expected\n" + r.page().expectedText()));
    }
    return TextScores.PrecisionRecall.f1(precision, recall);
  }

  private interface Field {
    String of(Result result);
  }

  /** Prints how often the field is right; returns the share exactly right. */
  private static double field(String name, List<Result> results, Field actual, PrintStream out) {
    int n = 0;
    int exact = 0;
    double f1 = 0;
    int spurious = 0;
    int emptyExpected = 0;
    for (Result r : results) {
      String expected = expected(r, name);
      String found = actual.of(r);
      if (expected == null) {
        emptyExpected++;
        spurious += TextScores.normalize(found).isEmpty() ? 0 : 1;
        continue;
      }
      n++;
      exact += TextScores.exact(expected, found) ? 1 : 0;
      f1 += TextScores.tokenF1(expected, found);
    }
    out.printf(Locale.ROOT, "%-10s exact %5.1f%% (%d/%d)  token F1 %.3f  given where none"
        + " expected: %d/%d%n", name, 100.0 * exact / Math.max(n, 1), exact, n,
        f1 / Math.max(n, 1), spurious, emptyExpected);
    if (Boolean.getBoolean("bench.verbose")) {
      for (Result r : results) {
        String expected = expected(r, name);
        if (expected != null && !TextScores.exact(expected, actual.of(r))) {
          out.printf(Locale.ROOT, "  %s: expected [%s] got [%s]%n", r.page().name(),
              TextScores.normalize(expected), actual.of(r));
        }
      }
    }
    return exact / (double) Math.max(n, 1);
  }

  private static String expected(Result r, String field) {
    JsonNode meta = r.page().metadata();
    JsonNode value = meta == null ? null : meta.get(field);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return value.asText();
  }

  /** Published date by day: the day as the expected value writes it, before any zone shift. */
  private static double dates(List<Result> results, PrintStream out, boolean verbose) {
    int n = 0;
    int matched = 0;
    int spurious = 0;
    List<String> misses = new ArrayList<>();
    for (Result r : results) {
      String expected = expected(r, "publishedTime");
      String found = r.article() == null || r.article().published() == null ? null
          : r.article().published().date().toString();
      if (expected == null || expected.length() < 10) {
        spurious += found == null ? 0 : 1;
        continue;
      }
      n++;
      if (expected.substring(0, 10).equals(found)) {
        matched++;
      } else {
        misses.add("  " + r.page().name() + ": expected " + expected + " got " + found
            + (r.article() == null ? "" : " " + r.article().warnings()));
      }
    }
    out.printf(Locale.ROOT, "published  by day %5.1f%% (%d/%d)  given where none expected: %d%n",
        100.0 * matched / Math.max(n, 1), matched, n, spurious);
    if (verbose) {
      misses.stream().sorted(Comparator.naturalOrder()).forEach(out::println);
    }
    return matched / (double) Math.max(n, 1);
  }

  /**
   * The site name as the page states it, before the outlet list names a stated address
   * ("http://www.tmz.com" stays as written); the outlet otherwise, as Readability has no other.
   */
  private static String siteName(org.newsdigest.model.Article article) {
    org.newsdigest.model.Outlet outlet = article.publisher();
    if (outlet != null && outlet.basis() == org.newsdigest.model.Outlet.Basis.STATED) {
      return outlet.clue().strip();
    }
    return article.outlet();
  }
}
