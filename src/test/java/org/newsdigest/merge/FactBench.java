package org.newsdigest.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.FactReport;

/**
 * Measurement, not a unit test: how the event pages of the merge development sets compare the
 * numbers their sources give. Only through the {@code bench-facts} Maven profile:
 *
 * <pre>./mvnw -q -Pbench-facts test [-Ddataset=DIR,DIR] [-Dverbose=true]</pre>
 *
 * <p>Per set: the facts two or more sources state, how many the page flags "Sources differ",
 * and the candidate conflicts ({@link FactConflicts}: two sources, one unit, numbers that cannot
 * both be true). Each candidate is looked up in the hand-checked file: precision is the share of
 * checked candidates the aligner flags that are real conflicts, recall the share of real ones
 * it flags ({@code -Dverbose=true} lists the checked ones flagged or real). Candidates nobody
 * has checked are written to {@code
 * target/fact-conflicts-unchecked.tsv} in the file's format, labelled "?" ("?flagged" where the aligner flags it), ready to be checked.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.facts", matches = "true")
class FactBench {
  private static final String DEFAULT_SETS =
      "../shared/datasets/ecbplus-dev,../shared/datasets/basil-dev";
  static final Path CHECKED = Path.of("src/test/resources/merge/fact-conflicts.tsv");

  @Test
  void scoreFlags() throws IOException {
    Map<String, Boolean> labels = FactConflicts.labels(CHECKED);
    boolean verbose = Boolean.getBoolean("verbose");
    // Unchecked candidates, a few per event first: a big event has hundreds of pairs.
    Map<String, TreeSet<String>> unchecked = new java.util.TreeMap<>();
    int[] total = new int[4];
    System.out.println();
    System.out.println("== numbers the sources of an event disagree on (dev sets) ==");
    System.out.printf(Locale.ROOT, "%-14s %6s %8s %6s %10s %8s %8s %10s%n", "data set", "events",
        "compared", "flags", "candidates", "flagged", "checked", "real ones");
    for (String name : System.getProperty("dataset", DEFAULT_SETS).split(",")) {
      Path set = Path.of(name.strip());
      List<Article> articles = new ArticleReader(new Ingester(), new Extractor())
          .readTree(set.resolve("articles")).articles();
      List<Event> events = new EventMerger().merge(articles);
      int compared = 0;
      int flags = 0;
      for (Event event : events) {
        for (AlignedFact fact : event.facts()) {
          if (fact.reports().stream().map(FactReport::source).distinct().count() >= 2) {
            compared++;
            flags += fact.differs() ? 1 : 0;
          }
        }
      }
      List<FactConflicts.Candidate> candidates = FactConflicts.of(events, labels);
      int flagged = 0;
      int checked = 0;
      int real = 0;
      for (FactConflicts.Candidate c : candidates) {
        boolean isFlagged = c.flagged();
        flagged += isFlagged ? 1 : 0;
        if (c.label() == null) {
          unchecked.computeIfAbsent(c.event(), e -> new TreeSet<>())
              .add(c.line(isFlagged ? "?flagged" : "?"));
          continue;
        }
        checked++;
        real += c.label() ? 1 : 0;
        if (verbose && (isFlagged || c.label())) {
          System.out.println((isFlagged ? "flagged " : "missed  ") + (c.label() ? "real  " : "false ")
              + c.unit() + ": " + c.a().fact().wording() + " vs " + c.b().fact().wording());
        }
        total[0] += isFlagged ? 1 : 0;
        total[1] += isFlagged && c.label() ? 1 : 0;
        total[2] += c.label() ? 1 : 0;
        total[3] += !isFlagged && !c.label() ? 1 : 0;
      }
      System.out.printf(Locale.ROOT, "%-14s %6d %8d %6d %10d %8d %8d %10d%n", set.getFileName(),
          events.size(), compared, flags, candidates.size(), flagged, checked, real);
    }
    System.out.printf(Locale.ROOT,
        "checked candidates: flagged %d, of them real conflicts %d (precision %s); real conflicts %d, flagged %d (recall %s)%n",
        total[0], total[1], ratio(total[1], total[0]), total[2], total[1], ratio(total[1], total[2]));
    List<String> lines = new ArrayList<>();
    for (int round = 0; lines.size() < unchecked.values().stream().mapToInt(Set::size).sum(); round++) {
      for (TreeSet<String> ofEvent : unchecked.values()) {
        if (round < ofEvent.size()) {
          lines.add(new ArrayList<>(ofEvent).get(round));
        }
      }
    }
    System.out.println("unchecked candidates: " + lines.size()
        + " (target/fact-conflicts-unchecked.tsv, one per event in turn)");
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fact-conflicts-unchecked.tsv"),
        String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static String ratio(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", part / (double) whole);
  }
}
