package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/**
 * Measurement, not a unit test: the main text of real web pages in several languages, scored as
 * trafilatura's evaluation scores it, over {@code trafilatura-dev} ({@code html/*.html},
 * {@code gold.json} with up to six snippets each page's main text must contain and six of
 * boilerplate it must not). Whitespace is normalised; a "with" snippet found is a true positive,
 * missing a false negative; a "without" snippet found is a false positive. Also the share of
 * pages fully right and the number of pages whose body came out empty (the title is scored
 * with the body, as the page shows it); and each score in two halves by a hash of
 * the page name. Runs only through the {@code bench-text} Maven profile:
 *
 * <pre>./mvnw -q -Pbench-text test [-Dbench.verbose=true]</pre>
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.text", matches = "true")
class MainTextBench {
  private static final Path SET =
      Path.of(System.getProperty("bench.datasets", "../shared/datasets")).resolve("trafilatura-dev");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private final ObjectMapper json = new ObjectMapper();
  private final Ingester ingester = new Ingester();
  private final org.newsdigest.extract.Extractor extractor = new org.newsdigest.extract.Extractor();

  /** Snippet counts of one part of the set. */
  private static final class Score {
    int truePositives;
    int falseNegatives;
    int falsePositives;
    int pages;
    int fullyRight;
    int empty;

    String line(String label) {
      double p = truePositives / (double) Math.max(1, truePositives + falsePositives);
      double r = truePositives / (double) Math.max(1, truePositives + falseNegatives);
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      return String.format(Locale.ROOT, "%-18s %5d  P %.3f  R %.3f  F1 %.3f  fully right %.3f  empty %d",
          label, pages, p, r, f, fullyRight / (double) Math.max(1, pages), empty);
    }
  }

  /** The whole set's figures, for the side-by-side table of {@code bench-html}. */
  record Summary(int pages, double f1, double fullyRight, int empty) {}

  @Test
  void scoreEveryPage() throws IOException {
    score(Boolean.getBoolean("bench.verbose"), true);
  }

  /** Scores every page; prints the set's lines when {@code print}, and every miss when verbose. */
  Summary score(boolean verbose, boolean print) throws IOException {
    JsonNode gold = json.readTree(SET.resolve("gold.json").toFile());
    Score[] parts = {new Score(), new Score(), new Score()};
    Map<String, Score> languages = new java.util.TreeMap<>();
    int[] titles = new int[2];
    int[] authors = new int[2];
    for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> page = it.next();
      Path file = SET.resolve("html").resolve(page.getKey());
      if (!Files.isRegularFile(file)) {
        continue;
      }
      String body = mainText(page.getKey(), file);
      Document document = read(page.getKey(), file);
      org.newsdigest.model.Article article = document == null ? null : extractor.extract(document);
      String goldTitle = page.getValue().path("title").asText("");
      if (!goldTitle.isBlank()) {
        titles[1]++;
        boolean right = article != null && normal(goldTitle).equalsIgnoreCase(normal(article.title()));
        titles[0] += right ? 1 : 0;
        if (verbose && !right) {
          System.out.println(page.getKey() + " title want [" + goldTitle + "] got ["
              + (article == null ? null : article.title()) + "]");
        }
      }
      String goldAuthor = page.getValue().path("author").asText("");
      if (!goldAuthor.isBlank()) {
        authors[1]++;
        authors[0] += article != null && article.byline() != null
            && normal(goldAuthor).equalsIgnoreCase(normal(article.byline())) ? 1 : 0;
        if (verbose && (article == null || article.byline() == null
            || !normal(goldAuthor).equalsIgnoreCase(normal(article.byline())))) {
          System.out.println(page.getKey() + " author want [" + goldAuthor + "] got ["
              + (article == null ? null : article.byline()) + "]");
        }
      }
      boolean empty = body.isBlank();
      String text = normal(title(page.getKey(), file) + "\n" + body);
      int tp = 0;
      int fn = 0;
      int fp = 0;
      StringBuilder misses = new StringBuilder();
      for (JsonNode with : page.getValue().path("with")) {
        if (text.contains(normal(with.asText()))) {
          tp++;
        } else {
          fn++;
          misses.append("\n    missing: ").append(with.asText());
        }
      }
      for (JsonNode without : page.getValue().path("without")) {
        if (text.contains(normal(without.asText()))) {
          fp++;
          misses.append("\n    kept:    ").append(without.asText());
        }
      }
      Score byLanguage = languages.computeIfAbsent(Languages.of(article), l -> new Score());
      for (Score s : List.of(parts[0], parts[1 + Math.floorMod(page.getKey().hashCode(), 2)], byLanguage)) {
        s.truePositives += tp;
        s.falseNegatives += fn;
        s.falsePositives += fp;
        s.pages++;
        s.fullyRight += fn == 0 && fp == 0 ? 1 : 0;
        s.empty += empty ? 1 : 0;
      }
      if (verbose && misses.length() > 0) {
        System.out.println(page.getKey() + (empty ? " (empty)" : "") + misses);
      }
    }
    assertFalse(parts[0].pages == 0, "no pages under " + SET);
    Score all = parts[0];
    double p = all.truePositives / (double) Math.max(1, all.truePositives + all.falsePositives);
    double r = all.truePositives / (double) Math.max(1, all.truePositives + all.falseNegatives);
    Summary summary = new Summary(all.pages, 2 * p * r / Math.max(p + r, 1e-9),
        all.fullyRight / (double) Math.max(1, all.pages), all.empty);
    if (!print) {
      return summary;
    }
    System.out.println("== main text, trafilatura's snippet scoring ==");
    System.out.println(parts[0].line("trafilatura-dev"));
    System.out.println(parts[1].line("  half A"));
    System.out.println(parts[2].line("  half B"));
    languages.forEach((language, score) -> System.out.println(score.line("  written in " + language)));
    System.out.printf(Locale.ROOT, "title exact %d of %d (%.3f), author exact %d of %d (%.3f)%n", titles[0], titles[1],
        titles[0] / (double) Math.max(1, titles[1]), authors[0], authors[1], authors[0] / (double) Math.max(1, authors[1]));
    return summary;
  }

  /** The body's text blocks; a page with none "came out empty". */
  private String mainText(String name, Path file) {
    Document document = read(name, file);
    return document == null ? "" : document.blocks().stream().filter(b -> !b.isImage()).map(Block::text)
        .collect(Collectors.joining("\n"));
  }

  /** The title, which the page shows above the body and trafilatura's output may hold too. */
  private String title(String name, Path file) {
    Document document = read(name, file);
    return document == null || document.title() == null ? "" : document.title();
  }

  private Document read(String name, Path file) {
    try {
      return ingester.read(name, Files.readAllBytes(file)).get(0);
    } catch (UnreadableInputException | IOException | RuntimeException e) {
      return null;
    }
  }

  /** Whitespace normalised, and soft hyphens (invisible; the readers drop them) removed. */
  private static String normal(String text) {
    return SPACE.matcher(text.replace("\u00AD", "")).replaceAll(" ").strip();
  }
}
