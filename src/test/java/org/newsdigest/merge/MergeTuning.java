package org.newsdigest.merge;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Chooses merge settings without fitting the topics they are measured on. Every data set is cut
 * in two folds by topic (the number before '-' in an ECB+ label; an event of its own otherwise),
 * alternate topics in each, and each half is merged as a corpus of its own. Settings are scored
 * by the mean B-cubed F1 over the data sets; the settings best on one fold are scored on the
 * other, and the two held-out scores are the estimate. A set whose articles are nearly all dated
 * is also scored with its events packed into two, five and ten weeks ({@link Redated}), as the
 * benchmark's stress row is: each counts as a set of its own.
 *
 * <p>The grid covers the settings the event stage introduced and the first pass's threshold;
 * the first pass's factors were settled by earlier sweeps (see {@link MergeSettings}).
 */
final class MergeTuning {
  private static final double[] THRESHOLDS = {0.08, 0.10, 0.12};
  private static final double[] SPLIT_THRESHOLDS = {0.04, 0.05, 0.06};
  private static final double[] SUPPORT_FLOORS = {0.14, 0.18, 0.22};
  private static final int[] SURE_DAYS = {1, 2};
  private static final int[] LONE_DAYS = {2, 7};
  private static final double[] LONE_FLOORS = {0.09, 0.13, 0.18};
  private static final double[] LEAD_SHARES = {0, 0.3};
  private static final int TOP = 10;
  /**
   * A dated set is also scored with its events packed into this many weeks: from several a day
   * to one every few days, the densities a folder following one story holds.
   */
  private static final int[] PACKED_WEEKS = {2, 5, 10};

  private final PrintStream out;

  MergeTuning(PrintStream out) {
    this.out = out;
  }

  /** One half of one data set, merged as a corpus of its own. */
  private record Part(String name, int fold, List<Article> articles, Map<String, String> gold) {}

  /** One data set: its name, articles and gold events. */
  record Dataset(String name, List<Article> articles, Map<String, String> gold) {}

  private record Scored(MergeSettings settings, double[] foldMeans, Map<String, Double> byPart) {
    double mean() {
      return (foldMeans[0] + foldMeans[1]) / 2;
    }
  }

  void crossValidate(List<Dataset> datasets) {
    List<Part> parts = new ArrayList<>();
    for (Dataset d : datasets) {
      parts.addAll(halves(d.name(), d.articles(), d.gold()));
      long dated = d.articles().stream().filter(a -> a.published() != null).count();
      if (dated * 10 >= d.articles().size() * 9) {
        for (int weeks : PACKED_WEEKS) {
          List<Article> packed = Redated.packed(d.articles(), d.gold(), weeks);
          parts.addAll(halves(d.name() + " in " + weeks + " weeks", packed, d.gold()));
        }
      }
    }
    List<MergeSettings> grid = grid();
    out.printf(Locale.ROOT, "%n== settings sweep: %d settings over %d half-sets ==%n",
        grid.size(), parts.size());
    List<Scored> scored = new ArrayList<>();
    for (MergeSettings settings : grid) {
      scored.add(score(settings, parts));
    }
    Scored defaults = scored.get(0);
    print("current defaults", defaults);
    Scored bestOnFirst = best(scored, 0);
    Scored bestOnSecond = best(scored, 1);
    print("chosen on fold 1", bestOnFirst);
    print("chosen on fold 2", bestOnSecond);
    out.printf(Locale.ROOT,
        "held-out mean B-cubed F1: %.3f (fold 2 under fold 1's choice %.3f, fold 1 under fold 2's"
            + " %.3f); the defaults score %.3f and %.3f%n",
        (bestOnFirst.foldMeans()[1] + bestOnSecond.foldMeans()[0]) / 2,
        bestOnFirst.foldMeans()[1], bestOnSecond.foldMeans()[0], defaults.foldMeans()[0],
        defaults.foldMeans()[1]);
    out.printf(Locale.ROOT, "top %d by the mean of both folds:%n", TOP);
    List<Scored> top = new ArrayList<>(scored);
    top.sort(Comparator.comparingDouble(Scored::mean).reversed());
    top.subList(0, Math.min(TOP, top.size())).forEach(s -> print("", s));
    if ("table".equals(System.getProperty("tune"))) {
      out.printf(Locale.ROOT, "%n== every setting ==%n");
      scored.forEach(s -> print("row", s));
    }
  }

  private static List<MergeSettings> grid() {
    List<MergeSettings> grid = new ArrayList<>();
    MergeSettings base = MergeSettings.defaults();
    grid.add(base);
    for (double t : THRESHOLDS) {
      for (double split : SPLIT_THRESHOLDS) {
        for (double floor : SUPPORT_FLOORS) {
          for (int sure : SURE_DAYS) {
            for (int lone : LONE_DAYS) {
              for (double lead : LEAD_SHARES) {
                for (double loneFloor : LONE_FLOORS) {
                  MergeSettings s = base.with(b -> {
                    b.threshold = t;
                    b.splitThreshold = split;
                    b.supportFloor = floor;
                    b.sureDays = sure;
                    b.loneDays = lone;
                    b.loneFloor = loneFloor;
                    b.leadShare = lead;
                  });
                  if (!s.equals(base)) {
                    grid.add(s);
                  }
                }
              }
            }
          }
        }
      }
    }
    return grid;
  }

  /** Alternate topics of a data set in two folds; topics in label order. */
  private static List<Part> halves(String name, List<Article> articles,
      Map<String, String> gold) {
    List<String> topics = new ArrayList<>(new TreeSet<>(
        gold.values().stream().map(GoldStandard::topic).toList()));
    List<List<Article>> folds = List.of(new ArrayList<>(), new ArrayList<>());
    for (Article a : articles) {
      folds.get(topics.indexOf(GoldStandard.topic(gold.get(a.source()))) % 2).add(a);
    }
    List<Part> parts = new ArrayList<>();
    for (int f = 0; f < 2; f++) {
      Map<String, String> partGold = new TreeMap<>();
      folds.get(f).forEach(a -> partGold.put(a.source(), gold.get(a.source())));
      parts.add(new Part(name, f, folds.get(f), partGold));
    }
    return parts;
  }

  private static Scored score(MergeSettings settings, List<Part> parts) {
    EventMerger merger = new EventMerger(settings);
    double[] sums = new double[2];
    int[] counts = new int[2];
    Map<String, Double> byPart = new LinkedHashMap<>();
    for (Part part : parts) {
      List<List<String>> clusters = new ArrayList<>();
      for (Event e : merger.merge(part.articles())) {
        clusters.add(e.articles().stream().map(Article::source).toList());
      }
      double f1 = ClusterScores.of(clusters, part.gold()).b3F1();
      sums[part.fold()] += f1;
      counts[part.fold()]++;
      byPart.merge(part.name(), f1 / 2, Double::sum);
    }
    return new Scored(settings, new double[] {sums[0] / counts[0], sums[1] / counts[1]}, byPart);
  }

  private static Scored best(List<Scored> scored, int fold) {
    return scored.stream()
        .max(Comparator.comparingDouble((Scored s) -> s.foldMeans()[fold]))
        .orElseThrow();
  }

  private void print(String label, Scored s) {
    MergeSettings m = s.settings();
    StringBuilder sets = new StringBuilder();
    s.byPart().forEach((name, f1) ->
        sets.append(String.format(Locale.ROOT, " %s %.3f;", name, f1)));
    out.printf(Locale.ROOT, "%s%sthr %.2f split %.2f floor %.2f sure %dd lone %dd/%.2f lead %.1f"
            + "  fold 1 %.3f fold 2 %.3f |%s%n",
        label, label.isEmpty() ? "  " : ": ", m.threshold(), m.splitThreshold(),
        m.supportFloor(), m.sureDays(), m.loneDays(), m.loneFloor(), m.leadShare(),
        s.foldMeans()[0],
        s.foldMeans()[1], sets);
  }
}
