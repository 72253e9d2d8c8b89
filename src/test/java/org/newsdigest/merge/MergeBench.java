package org.newsdigest.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Sentence;

/**
 * Measurement, not a unit test: turns the ECB+ development articles into crude Articles (title
 * from the first line, capitalised-sequence entities, stated dates) and prints B-cubed and
 * pairwise scores against gold.tsv for a sweep of thresholds. Runs only when the data set is
 * present and -Dbench=true is given:
 * {@code mvn -o -q test -Dtest=MergeBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("bench")
@EnabledIf("benchRequested")
class MergeBench {
  private static final Path DATA = Path.of("/work/shared/datasets/ecbplus-dev");
  private static final Pattern CAPITALISED =
      Pattern.compile("\\b([A-Z][\\p{L}'’.-]*(?:\\s+(?:of\\s+|de\\s+)?[A-Z][\\p{L}'’.-]*)*)");
  private static final String MONTHS =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)";
  private static final Pattern MDY =
      Pattern.compile(MONTHS + "\\s+(\\d{1,2}),?\\s+(\\d{4})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})\\s+" + MONTHS + ",?\\s+(\\d{4})");
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Set<String> NOT_NAMES =
      Set.of("The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But",
          "And", "This", "That", "His", "Her", "After", "Before", "When", "While", "If", "As",
          "Published", "First", "Last", "Updated", "Mr", "Mrs", "Ms", "Dr", "By", "For", "With");

  static boolean benchRequested() {
    return Boolean.getBoolean("bench") && Files.isDirectory(DATA);
  }

  @Test
  void sweep() throws IOException {
    Map<String, String> gold = new TreeMap<>();
    for (String line : Files.readAllLines(DATA.resolve("gold.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length == 2) {
        gold.put(cols[0], cols[1]);
      }
    }
    List<Article> articles = new ArrayList<>();
    for (String file : gold.keySet()) {
      articles.add(crudeArticle(file, Files.readString(DATA.resolve("articles").resolve(file))));
    }
    Corpus corpus = new Corpus(articles);
    StringBuilder report = new StringBuilder();
    double bestF1 = 0;
    MergeSettings chosen = MergeSettings.defaults();
    List<MergeSettings> variants =
        List.of(
            chosen,
            new MergeSettings(1.0, 0.0, 0.0, 0.0, 1.0, Integer.MAX_VALUE, 0), // plain TF-IDF
            new MergeSettings(0.7, 0.3, 0.0, 0.05, 0.3, 2, 0), // no date bonus
            new MergeSettings(0.7, 0.3, 0.1, 0.05, 0.3, Integer.MAX_VALUE, 0), // no date veto
            new MergeSettings(0.6, 0.4, 0.1, 0.05, 0.3, 2, 0)); // more weight on entities
    for (MergeSettings variant : variants) {
      for (int step = 6; step <= 12; step++) {
        MergeSettings settings = variant.withThreshold(step / 50.0);
        List<List<Integer>> clusters = new EventMerger(settings).clusters(corpus);
        double[] s = scores(corpus, clusters, gold);
        bestF1 = Math.max(bestF1, s[2]);
        report.append(String.format(Locale.ROOT,
            "%s clusters=%3d  B3 P=%.3f R=%.3f F1=%.3f  pairwise F1=%.3f%n",
            settings, clusters.size(), s[0], s[1], s[2], s[3]));
      }
    }
    System.out.print(report); // the bench's whole purpose is this table
    Assertions.assertTrue(bestF1 > 0.5, "B-cubed F1 collapsed: " + bestF1);
  }

  /** B-cubed precision, recall, F1 and pairwise F1. */
  static double[] scores(Corpus corpus, List<List<Integer>> clusters, Map<String, String> gold) {
    int n = corpus.size();
    int[] clusterOf = new int[n];
    for (int c = 0; c < clusters.size(); c++) {
      for (int i : clusters.get(c)) {
        clusterOf[i] = c;
      }
    }
    String[] goldOf = new String[n];
    for (int i = 0; i < n; i++) {
      goldOf[i] = gold.get(corpus.articles().get(i).source());
    }
    double precision = 0;
    double recall = 0;
    long tp = 0;
    long predicted = 0;
    long actual = 0;
    for (int i = 0; i < n; i++) {
      int sameBoth = 0;
      int sameCluster = 0;
      int sameGold = 0;
      for (int j = 0; j < n; j++) {
        boolean c = clusterOf[i] == clusterOf[j];
        boolean g = goldOf[i].equals(goldOf[j]);
        sameCluster += c ? 1 : 0;
        sameGold += g ? 1 : 0;
        sameBoth += c && g ? 1 : 0;
        if (j > i) {
          tp += c && g ? 1 : 0;
          predicted += c ? 1 : 0;
          actual += g ? 1 : 0;
        }
      }
      precision += sameBoth / (double) sameCluster;
      recall += sameBoth / (double) sameGold;
    }
    precision /= n;
    recall /= n;
    double f1 = 2 * precision * recall / (precision + recall);
    double pp = predicted == 0 ? 0 : tp / (double) predicted;
    double pr = actual == 0 ? 0 : tp / (double) actual;
    double pairF1 = pp + pr == 0 ? 0 : 2 * pp * pr / (pp + pr);
    return new double[] {precision, recall, f1, pairF1};
  }

  /** What a rough extractor would make of one ECB+ text dump. */
  static Article crudeArticle(String source, String text) {
    List<String> lines =
        Stream.of(text.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    LocalDate published = null;
    List<String> body = new ArrayList<>();
    String title = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean metadata = line.matches("(?i)^(first published|published|updated|last updated)\\b.*")
          || (i < 3 && SentenceFilter.wordCount(line) <= 8 && firstDate(line) != null);
      if (metadata) {
        if (published == null) {
          published = firstDate(line);
        }
        continue;
      }
      if (i == 0 && !line.endsWith(".") && SentenceFilter.wordCount(line) <= 20) {
        title = line;
        continue;
      }
      body.add(line);
    }
    boolean derived = title == null;
    if (derived) {
      title = body.isEmpty() ? source : body.get(0);
    }
    List<Block> blocks = body.stream().map(Block::paragraph).toList();
    List<Sentence> sentences = new ArrayList<>();
    List<DateMention> dates = new ArrayList<>();
    Map<String, Entity> entities = new LinkedHashMap<>();
    for (int b = 0; b < body.size(); b++) {
      String line = body.get(b);
      sentences.add(new Sentence(line, b));
      for (Pattern p : List.of(MDY, DMY)) {
        Matcher m = p.matcher(line);
        while (m.find()) {
          LocalDate d = firstDate(m.group());
          if (d != null) {
            dates.add(new DateMention(m.group(), d, DatePrecision.DAY, false, b));
          }
        }
      }
      Matcher w = WEEKDAY.matcher(line);
      if (published != null && w.find()) {
        DayOfWeek day = DayOfWeek.valueOf(w.group(1).toUpperCase(Locale.ROOT));
        dates.add(new DateMention("on " + w.group(1),
            published.with(TemporalAdjusters.previousOrSame(day)), DatePrecision.DAY, true, b));
      }
      Matcher c = CAPITALISED.matcher(line);
      while (c.find()) {
        String name = c.group(1).replaceAll("[.’']+$", "");
        if (NOT_NAMES.contains(name) || name.length() < 3 || WEEKDAY.matcher(name).matches()
            || name.matches(MONTHS)) {
          continue;
        }
        boolean sentenceStart = c.start() == 0;
        if (sentenceStart && !name.contains(" ")) {
          continue;
        }
        String key = "organisation:" + Names.slug(name);
        entities.putIfAbsent(key, new Entity(key, EntityType.ORGANISATION, name, List.of(), null));
      }
    }
    return new Article(source, InputFormat.TEXT, title, derived, null, null,
        published == null ? null : Moment.ofDay(published), null, null, "en", null, List.of(),
        blocks, sentences, List.copyOf(entities.values()), List.of(), List.of(), List.of(),
        dates, List.of());
  }

  private static LocalDate firstDate(String text) {
    for (Pattern p : List.of(MDY, DMY)) {
      Matcher m = p.matcher(text);
      if (m.find()) {
        String month = p == MDY ? m.group(1) : m.group(2);
        String day = p == MDY ? m.group(2) : m.group(1);
        String normalised = month.replace(".", "").substring(0, 3) + " " + day + " " + m.group(3);
        try {
          return LocalDate.parse(normalised,
              DateTimeFormatter.ofPattern("MMM d yyyy", Locale.ENGLISH));
        } catch (DateTimeParseException e) {
          return null;
        }
      }
    }
    return null;
  }
}
