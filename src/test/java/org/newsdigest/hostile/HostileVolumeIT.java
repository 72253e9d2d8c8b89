package org.newsdigest.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.BuildReport;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;
import org.newsdigest.render.SiteRenderer;

/**
 * The two hostile inputs that are about volume, each in its own build: 10,000 articles that
 * share one headline (about 1.5 minutes on a 2-core machine, so an IT), and a 50 MB text file.
 * All reach the site, the big one cut to one article's length with a warning, every slug is
 * unique and safe, and the pages keep the safety properties (for the 40,000 files of the big
 * build: every page that is not an article or event page, and every hundredth one that is, as
 * those are made by the same template; HostileSiteTest checks every page of the corpus).
 */
class HostileVolumeIT {
  private static final int SAME_HEADLINE = 10_000;
  private static final String[] PLACES = {"Leeds", "Porto", "Graz", "Turku", "Lund", "Split"};

  @Test
  void aFiftyMegabyteTextFileIsReadUpToOneArticlesLength(@TempDir Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    writeFiftyMegabytes(seeds.resolve("huge.txt"));
    Path site = dir.resolve("site");
    long start = System.nanoTime();

    BuildReport report = builder().build(seeds, site);

    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertTrue(seconds < 60, "took " + seconds + " s");
    assertEquals(1, report.articles(), report.skipped().toString());
    assertTrue(report.warnings().stream().anyMatch(w -> w.source().equals("huge.txt")
        && w.message().startsWith("too long for one article")), report.warnings().toString());
    assertEquals(List.of(), new PageProperties().check(site));
  }

  @Test
  void tenThousandArticlesWithOneHeadline(@TempDir Path dir) throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path same = Files.createDirectories(seeds.resolve("same"));
    for (int i = 0; i < SAME_HEADLINE; i++) {
      Files.writeString(same.resolve(String.format(Locale.ROOT, "a%05d.txt", i)), sameHeadline(i),
          StandardCharsets.UTF_8);
    }
    Path site = dir.resolve("site");

    BuildReport report = builder().build(seeds, site);

    assertEquals(SAME_HEADLINE, report.articles(), report.skipped().toString());
    assertEquals(List.of(), report.skipped());
    JsonNode events = new ObjectMapper().readTree(site.resolve("data/events.json").toFile());
    Set<String> urls = new TreeSet<>();
    int articles = 0;
    for (JsonNode event : events.get("events")) {
      for (JsonNode article : event.get("articles")) {
        articles++;
        String url = article.get("url").asText();
        assertTrue(url.matches("articles/[a-z0-9]+(-[a-z0-9]+)*\\.html"), url);
        assertTrue(urls.add(url), "two articles share " + url);
        assertTrue(Files.isRegularFile(site.resolve(url)), url);
      }
    }
    assertEquals(SAME_HEADLINE, articles);
    assertTrue(urls.contains("articles/council-approves-new-budget.html"), "no plain slug");
    assertTrue(urls.contains("articles/council-approves-new-budget-10000.html"), "no last slug");
    assertEquals(List.of(), new PageProperties().check(site, HostileVolumeIT::sampled));
  }

  /** Every page but article and event pages, of which every hundredth (by its name's hash). */
  private static boolean sampled(String sitePath) {
    boolean repeated = sitePath.startsWith("articles/") || sitePath.startsWith("events/");
    return !repeated || Math.floorMod(sitePath.hashCode(), 100) == 0;
  }

  private static String sameHeadline(int i) {
    return "Council approves new budget\n"
        + String.format(Locale.ROOT, "First Published: 2024-%02d-%02d%n%n", 1 + i % 12, 1 + i % 28)
        + "The council of " + PLACES[i % PLACES.length] + " approved a budget of " + (100 + i)
        + " million on Tuesday, the mayor said, after a debate of " + (2 + i % 9) + " hours.\n"
        + "The budget includes " + (3 + i % 50) + " new schools and repairs to " + (1 + i % 7)
        + " bridges, officials said.\n";
  }

  /** 50 MB of one-sentence paragraphs, written as a stream so the test's heap stays small. */
  private static void writeFiftyMegabytes(Path file) throws IOException {
    String[] words = ("the council said on monday that a new bridge would be built across the"
        + " river in the spring and cost about twelve million euros according to officials")
        .split(" ");
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("Huge file about a council meeting\nFirst Published: 2024-11-01\n\n");
      for (int i = 0; written < 50L * 1024 * 1024; i++) {
        StringBuilder sentence = new StringBuilder("Officials");
        for (int w = 0; w < 24; w++) {
          sentence.append(' ').append(words[(i * 7 + w * 13) % words.length]);
        }
        sentence.append(".\n");
        out.write(sentence.toString());
        written += sentence.length();
      }
    }
  }

  private static SiteBuilder builder() {
    return new SiteBuilder(new ArticleReader(new Ingester(), new Extractor()), new EventMerger(),
        SiteRenderer.builder().build(), new Publisher());
  }
}
