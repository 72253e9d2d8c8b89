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

/**
 * Chooses merge settings without fitting the topics they are measured on: topics (the number
 * before '-' in a gold label) are split in two folds, alternate topics in each; settings chosen
 * on one fold (its own corpus, so term and entity rarity are those of the fold) are scored on
 * the other. Sweeping thresholds is cheap: the joins at the lowest threshold, cut at each higher
 * one, are what that threshold would give (see {@link AverageLinkClustering#cut}). With {@code
 * -Dfolds=K} it also runs K-fold cross-validation over topics and prints mean ± spread.
 */
final class MergeTuning {
  // Earlier sweeps settled these (see MergeSettings): text 1.0, place* 0.3, people* 1.0.
  private static final double[] TEXT_WEIGHTS = {1.0};
  private static final double[] DATE_BONUSES = {0.1};
  private static final double[] PLACE_BONUSES = {0};
  private static final double[] PLACE_PENALTIES = {0.3};
  // The merge spec keeps the same kind of event on another date apart: no setting without a veto.
  private static final int[] VETO_DAYS = {30};
  private static final double[] UNDATED_FACTORS = {0.6, 0.4};
  private static final double[] PEOPLE_FACTORS = {1.0};
  private static final double[] NUMBER_FACTORS = {1.0, 0.5};
  private static final boolean[] CANNOT_LINKS = {true, false};
  private static final double[] SPLIT_THRESHOLDS = {0, 0.04, 0.05, 0.06};
  private static final double[] SPLIT_MIN_SHARES = {0.25, 0.3};
  // 99 (no ratio guard) changed nothing on ECB+ in the quality sweep; kept out to save time.
  private static final double[] SPLIT_RATIOS = {0.5};
  private static final double[] PAIR_THRESHOLDS = {0.10, 0.12, 0.15, 0.20};
  private static final int MIN_SPLIT_BASE_PERCENT = 9;
  private static final int MAX_SPLIT_BASE_PERCENT = 13;
  private static final int MIN_THRESHOLD_PERCENT = 8;
  private static final int MAX_THRESHOLD_PERCENT = 30;
  private static final int TOP = 12;

  private final PrintStream out;

  MergeTuning(PrintStream out) {
    this.out = out;
  }

  /** One part of the articles, read as a corpus of its own. */
  private record Part(String name, Corpus corpus, List<PairFeatures> features,
      Map<String, String> gold) {}

  private record Scored(MergeSettings settings, double full, double first, double second) {}

  void crossValidate(List<Article> articles, Map<String, String> gold) {
    List<String> topics = new ArrayList<>(new TreeSet<>(gold.values().stream()
        .map(GoldStandard::topic).toList()));
    topics.sort(Comparator.comparingInt(MergeTuning::topicNumber).thenComparing(t -> t));
    List<Article> first = new ArrayList<>();
    List<Article> second = new ArrayList<>();
    for (Article a : articles) {
      int rank = topics.indexOf(GoldStandard.topic(gold.get(a.source())));
      int number = topicNumber(GoldStandard.topic(gold.get(a.source())));
      boolean odd = number >= 0 ? number % 2 == 1 : rank % 2 == 0;
      (odd ? first : second).add(a);
    }
    Part full = part("full", articles, gold);
    Part odd = part("odd topics", first, gold);
    Part even = part("even topics", second, gold);
    Map<MergeSettings, double[]> table = new LinkedHashMap<>();
    List<Part> parts = List.of(full, odd, even);
    for (int p = 0; p < parts.size(); p++) {
      for (Map.Entry<MergeSettings, Double> e : sweep(parts.get(p)).entrySet()) {
        table.computeIfAbsent(e.getKey(), k -> new double[3])[p] = e.getValue();
      }
    }
    List<Scored> scored = new ArrayList<>();
    table.forEach((s, v) -> scored.add(new Scored(s, v[0], v[1], v[2])));

    Scored defaults = lookup(scored, MergeSettings.defaults());
    out.printf(Locale.ROOT,
        "%n== settings sweep: %d settings, folds %s (%d articles) / %s (%d) ==%n",
        scored.size(), odd.name(), first.size(), even.name(), second.size());
    if (defaults != null) {
      print("current defaults", defaults);
    }
    Scored bestOdd = best(scored, Comparator.comparingDouble(Scored::first));
    Scored bestEven = best(scored, Comparator.comparingDouble(Scored::second));
    print("chosen on odd, held-out even", bestOdd);
    print("chosen on even, held-out odd", bestEven);
    out.printf(Locale.ROOT, "held-out B-cubed F1 (mean of the two folds): %.3f%n",
        (bestOdd.second() + bestEven.first()) / 2);
    int folds = Integer.getInteger("folds", 0);
    if (folds >= 2) {
      kFold(articles, gold, topics, folds);
    }
    Scored plain = best(scored.stream().filter(s -> s.settings().textWeight() == 1.0
        && s.settings().dateBonus() == 0 && s.settings().placeBonus() == 0
        && s.settings().placePenalty() == 1.0
        && s.settings().vetoDays() == Integer.MAX_VALUE).toList(),
        Comparator.comparingDouble(Scored::full));
    if (plain != null) {
      print("plain TF-IDF, threshold tuned on the full set", plain);
    }
    marginal(scored, "undated*", MergeSettings::undatedFactor);
    marginal(scored, "people*", MergeSettings::peopleFactor);
    marginal(scored, "numbers*", MergeSettings::numberFactor);
    marginal(scored, "place*", MergeSettings::placePenalty);
    marginal(scored, "cannot-link", s -> s.vetoCannotLink() ? 1 : 0);
    marginal(scored, "split", MergeSettings::splitThreshold);
    marginal(scored, "support", MergeSettings::supportFloor);
    marginal(scored, "split-ratio", MergeSettings::splitRatio);
    marginal(scored, "pair-thr", MergeSettings::pairThreshold);
    out.printf(Locale.ROOT,
        "top %d on the full set (robust pick: best worst fold among them):%n", TOP);
    List<Scored> top = new ArrayList<>(scored);
    top.sort(Comparator.comparingDouble((Scored s) -> -s.full()));
    top.subList(0, Math.min(TOP, top.size())).forEach(s -> print("", s));
    if ("table".equals(System.getProperty("tune"))) {
      out.printf(Locale.ROOT, "%n== every setting ==%n");
      scored.forEach(s -> print("row", s));
    }
  }

  /**
   * k-fold over topics (topic i in fold i mod k): settings chosen on the other folds, read as one
   * corpus, are scored on the held-out fold as its own corpus; the two-fold split above swings
   * by 0.01-0.02 with which topics land together, so this reports the mean and the spread.
   */
  private void kFold(
      List<Article> articles, Map<String, String> gold, List<String> topics, int folds) {
    double[] heldOut = new double[folds];
    double[] defaults = new double[folds];
    for (int k = 0; k < folds; k++) {
      List<Article> train = new ArrayList<>();
      List<Article> test = new ArrayList<>();
      for (Article a : articles) {
        int rank = topics.indexOf(GoldStandard.topic(gold.get(a.source())));
        (rank % folds == k ? test : train).add(a);
      }
      Map<MergeSettings, Double> trained = sweep(part("train " + k, train, gold));
      Map<MergeSettings, Double> tested = sweep(part("fold " + k, test, gold));
      MergeSettings chosen = null;
      for (Map.Entry<MergeSettings, Double> e : trained.entrySet()) {
        if (chosen == null || e.getValue() > trained.get(chosen)) {
          chosen = e.getKey();
        }
      }
      heldOut[k] = tested.get(chosen);
      defaults[k] = tested.getOrDefault(MergeSettings.defaults(), Double.NaN);
      out.printf(Locale.ROOT, "fold %d of %d (%d articles): held-out %.3f, defaults %.3f,"
          + " chosen thr %.2f split %.2f/%.2f pair %.2f undated* %.2f numbers* %.2f veto-cl %s%n",
          k + 1, folds, test.size(), heldOut[k], defaults[k], chosen.threshold(),
          chosen.splitThreshold(), chosen.supportFloor(), chosen.pairThreshold(),
          chosen.undatedFactor(), chosen.numberFactor(), chosen.vetoCannotLink());
    }
    out.printf(Locale.ROOT, "%d-fold held-out B-cubed F1: %s; defaults on the folds: %s%n",
        folds, meanAndSpread(heldOut), meanAndSpread(defaults));
  }

  private static String meanAndSpread(double[] values) {
    double mean = 0;
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (double v : values) {
      mean += v / values.length;
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    double variance = 0;
    for (double v : values) {
      variance += (v - mean) * (v - mean) / values.length;
    }
    return String.format(Locale.ROOT, "%.3f ± %.3f (min %.3f, max %.3f)",
        mean, Math.sqrt(variance), min, max);
  }

  /** For each value of one setting, the best of the rest: what that setting alone is worth. */
  private void marginal(
      List<Scored> scored, String name, java.util.function.ToDoubleFunction<MergeSettings> of) {
    Map<Double, Scored> best = new TreeMap<>();
    for (Scored s : scored) {
      best.merge(of.applyAsDouble(s.settings()), s,
          (x, y) -> x.first() + x.second() >= y.first() + y.second() ? x : y);
    }
    best.forEach((value, s) ->
        print(String.format(Locale.ROOT, "best with %s %.2f", name, value), s));
  }

  private void print(String label, Scored s) {
    MergeSettings m = s.settings();
    out.printf(Locale.ROOT,
        "%s%stext %.2f entities %.2f date+ %.2f place+ %.2f place* %.2f veto %s thr %.2f"
            + " undated* %.2f people* %.2f numbers* %.2f veto-cl %s split %.2f/%.2f/%.2f"
            + " pair %.2f"
            + "  F1 full %.3f odd %.3f even %.3f%n",
        label, label.isEmpty() ? "  " : ": ", m.textWeight(), m.entityWeight(), m.dateBonus(),
        m.placeBonus(), m.placePenalty(),
        m.vetoDays() == Integer.MAX_VALUE ? "off" : m.vetoDays() + "d", m.threshold(),
        m.undatedFactor(), m.peopleFactor(), m.numberFactor(), m.vetoCannotLink(),
        m.splitThreshold(),
        m.supportFloor(), m.splitRatio(), m.pairThreshold(), s.full(),
        s.first(), s.second());
  }

  private static Scored lookup(List<Scored> scored, MergeSettings settings) {
    return scored.stream().filter(s -> s.settings().equals(settings)).findFirst().orElse(null);
  }

  private static Scored best(List<Scored> scored, Comparator<Scored> by) {
    return scored.stream().max(by).orElse(null);
  }

  private Part part(String name, List<Article> articles, Map<String, String> gold) {
    Corpus corpus = new Corpus(articles);
    Map<String, String> partGold = new TreeMap<>();
    articles.forEach(a -> partGold.put(a.source(), gold.get(a.source())));
    return new Part(name, corpus, EventMerger.features(corpus), partGold);
  }

  /** B-cubed F1 of every setting in the grid (and {@link MergeSettings#defaults()}) on one part. */
  private Map<MergeSettings, Double> sweep(Part part) {
    Map<MergeSettings, Double> f1 = new LinkedHashMap<>();
    List<MergeSettings> grid = new ArrayList<>();
    grid.add(MergeSettings.defaults());
    for (double tw : TEXT_WEIGHTS) {
      for (double db : DATE_BONUSES) {
        for (double pb : PLACE_BONUSES) {
          for (double pp : PLACE_PENALTIES) {
            for (int veto : VETO_DAYS) {
              for (double uf : UNDATED_FACTORS) {
                for (double pf : PEOPLE_FACTORS) {
                  for (double nf : NUMBER_FACTORS) {
                    for (boolean cl : CANNOT_LINKS) {
                      grid.add(new MergeSettings(
                          tw, round(1 - tw), db, pb, pp, veto, 0, uf, pf, nf, cl, 0, 0.2, 99, 0, 2, 30, 0.75, 7, 0.3));
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
    int n = part.corpus().size();
    for (MergeSettings base : grid) {
      List<PairScore> pairs = new ArrayList<>();
      part.features().forEach(f -> pairs.add(PairScorer.combine(f, base)));
      double lowest = Math.min(base.threshold() == 0 ? 1 : base.threshold(),
          MIN_THRESHOLD_PERCENT / 100.0);
      List<AverageLinkClustering.Join> joins = new AverageLinkClustering(lowest).joins(n, pairs);
      List<Double> thresholds = new ArrayList<>();
      if (base.threshold() > 0) {
        thresholds.add(base.threshold());
      } else {
        for (int t = MIN_THRESHOLD_PERCENT; t <= MAX_THRESHOLD_PERCENT; t++) {
          thresholds.add(t / 100.0);
        }
      }
      for (double t : thresholds) {
        List<List<String>> clusters = new ArrayList<>();
        for (List<Integer> c : AverageLinkClustering.cut(n, joins, t)) {
          clusters.add(c.stream().map(i -> part.corpus().articles().get(i).source()).toList());
        }
        f1.put(base.withThreshold(t), ClusterScores.of(clusters, part.gold()).b3F1());
      }
    }
    splitSweep(part, f1);
    return f1;
  }

  /**
   * The second stage ({@link EventSplitter}) over the defaults at a few first-pass thresholds:
   * the split is a pass per cluster, so its grid is kept apart from the pair-score grid.
   */
  private void splitSweep(Part part, Map<MergeSettings, Double> f1) {
    int n = part.corpus().size();
    {
      MergeSettings base = MergeSettings.defaults().withSplit(0, 0.2, 99);
      List<PairScore> pairs = new ArrayList<>();
      part.features().forEach(f -> pairs.add(PairScorer.combine(f, base)));
      List<AverageLinkClustering.Join> joins =
          new AverageLinkClustering(MIN_SPLIT_BASE_PERCENT / 100.0).joins(n, pairs);
      for (int t = MIN_SPLIT_BASE_PERCENT; t <= MAX_SPLIT_BASE_PERCENT; t++) {
        List<List<Integer>> topics = AverageLinkClustering.cut(n, joins, t / 100.0);
        for (double st : SPLIT_THRESHOLDS) {
          for (double share : SPLIT_MIN_SHARES) {
            for (double ratio : SPLIT_RATIOS) {
              for (double pt : PAIR_THRESHOLDS) {
                MergeSettings s = base.withThreshold(t / 100.0).withSplit(st, share, ratio)
                    .withPairThreshold(pt);
                List<List<String>> clusters = new ArrayList<>();
                for (List<Integer> c : new EventSplitter(part.corpus(), s).split(topics, new CandidatePairs().of(part.corpus()))) {
                  clusters.add(
                      c.stream().map(i -> part.corpus().articles().get(i).source()).toList());
                }
                f1.put(s, ClusterScores.of(clusters, part.gold()).b3F1());
              }
            }
          }
        }
      }
    }
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }

  private static int topicNumber(String topic) {
    try {
      return Integer.parseInt(topic);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
