package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Article;
import org.newsdigest.model.Document;

/**
 * Measurement, not a unit test: the publication day of real web pages, read through the real
 * pipeline (Ingester, then Extractor), against the day their data set gives. Two sets, as laid
 * out beside the project: {@code htmldate-dev} ({@code html/*.html}, {@code dates.json}) and the
 * pages of {@code trafilatura-dev} whose gold has a date. Each set is also scored in two halves
 * by the parity of a hash of the page's name, so that a rule tuned on one half can be checked on
 * the other. Runs only through the {@code bench-dates} Maven profile:
 *
 * <pre>./mvnw -q -Pbench-dates test [-Dbench.verbose=true]</pre>
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.dates", matches = "true")
class DateBench {
  private static final Path DATASETS = Path.of(System.getProperty("bench.datasets", "../shared/datasets"));
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** htmldate's file writes NaN for a page it gives no day; such pages are not scored. */
  private final ObjectMapper json = new ObjectMapper()
      .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS.mappedFeature());
  private final Ingester ingester = new Ingester();
  private final Extractor extractor = new Extractor();

  /** One page and the day it was published. */
  private record Page(String set, String name, Path file, LocalDate truth) {}

  /** Right, wrong and dateless pages of one part of a set. */
  private static final class Score {
    int right;
    int wrong;
    int none;

    void add(LocalDate truth, LocalDate found) {
      if (found == null) {
        none++;
      } else if (found.equals(truth)) {
        right++;
      } else {
        wrong++;
      }
    }

    double share() {
      return right / (double) Math.max(1, right + wrong + none);
    }

    String line(String label) {
      int n = right + wrong + none;
      return String.format(Locale.ROOT, "%-24s %5d  %6.3f  %5d  %5d", label, n,
          n == 0 ? 0 : right / (double) n, wrong, none);
    }
  }

  @Test
  void scoreBothSets() throws IOException {
    score(Boolean.getBoolean("bench.verbose"), true);
  }

  /**
   * Scores both sets; prints their lines when {@code print}, and every miss when verbose.
   *
   * @return each set's share of pages whose day is right, by set name
   */
  Map<String, Double> score(boolean verbose, boolean print) throws IOException {
    List<Page> pages = new ArrayList<>();
    pages.addAll(pages("htmldate-dev", DATASETS.resolve("htmldate-dev"), "dates.json", v -> v));
    pages.addAll(pages("trafilatura-dev", DATASETS.resolve("trafilatura-dev"), "gold.json", v -> v.get("date")));
    assertFalse(pages.isEmpty(), "no pages under " + DATASETS);
    Map<String, Score[]> scores = new java.util.TreeMap<>();
    Map<String, Score> languages = new java.util.TreeMap<>();
    for (Page page : pages) {
      Article article = read(page);
      LocalDate found = article == null || article.published() == null || !article.published().hasDay()
          ? null : article.published().date();
      Score[] parts = scores.computeIfAbsent(page.set(), s -> new Score[] {new Score(), new Score(), new Score()});
      parts[0].add(page.truth(), found);
      parts[1 + Math.floorMod(page.name().hashCode(), 2)].add(page.truth(), found);
      languages.computeIfAbsent(Languages.of(article), l -> new Score()).add(page.truth(), found);
      if (verbose && !page.truth().equals(found)) {
        System.out.printf(Locale.ROOT, "%-16s %-22s want %s got %s%n", page.set(), page.name(), page.truth(),
            found);
      }
    }
    Map<String, Double> shares = new java.util.TreeMap<>();
    scores.forEach((set, parts) -> shares.put(set, parts[0].share()));
    if (!print) {
      return shares;
    }
    System.out.println("== publication day (share of pages whose day is right; no date counts wrong) ==");
    System.out.printf(Locale.ROOT, "%-24s %5s  %6s  %5s  %5s%n", "data set", "pages", "right", "wrong", "none");
    scores.forEach((set, parts) -> {
      System.out.println(parts[0].line(set));
      System.out.println(parts[1].line("  half A"));
      System.out.println(parts[2].line("  half B"));
    });
    languages.forEach((language, score) -> System.out.println(score.line("both, written in " + language)));
    return shares;
  }

  private Article read(Page page) {
    try {
      List<Document> documents = ingester.read(page.name(), Files.readAllBytes(page.file()));
      return extractor.extract(documents.get(0));
    } catch (UnreadableInputException | IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * The dated pages of one set: its gold file maps each page's name to its day, given by
   * {@code dayOf} from the page's gold value.
   */
  private List<Page> pages(String name, Path set, String goldFile, Function<JsonNode, JsonNode> dayOf)
      throws IOException {
    List<Page> pages = new ArrayList<>();
    Path gold = set.resolve(goldFile);
    if (!Files.isRegularFile(gold)) {
      return pages;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = json.readTree(gold.toFile()).fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode value = dayOf.apply(e.getValue());
      LocalDate day = value == null ? null : day(value.asText());
      Path file = set.resolve("html").resolve(e.getKey());
      if (day != null && Files.isRegularFile(file)) {
        pages.add(new Page(name, e.getKey(), file, day));
      }
    }
    return pages;
  }

  /** The day a gold value gives, or null when it gives none (one gold date is "2022-29-11"). */
  private static LocalDate day(String value) {
    if (!DAY.matcher(value).lookingAt()) {
      return null;
    }
    try {
      return LocalDate.parse(value.substring(0, 10));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
