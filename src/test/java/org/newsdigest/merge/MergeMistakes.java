package org.newsdigest.merge;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The worst merge errors, for analysis: wrong joins (one predicted event holding several gold
 * events) and wrong splits (one gold event spread over several predicted events), each costed
 * by the article pairs it gets wrong, with titles and the evidence the merger read.
 */
final class MergeMistakes {
  private final PrintStream out;
  private final Corpus corpus;
  private final Map<String, String> gold;
  private final int worst;
  private final Map<String, Integer> indexOf = new TreeMap<>();

  MergeMistakes(PrintStream out, Corpus corpus, Map<String, String> gold, int worst) {
    this.out = out;
    this.corpus = corpus;
    this.gold = gold;
    this.worst = worst;
    for (int i = 0; i < corpus.size(); i++) {
      indexOf.put(corpus.articles().get(i).source(), i);
    }
  }

  private record Mistake(long cost, String heading, Map<String, List<String>> parts) {}

  void print(List<List<String>> clusters) {
    List<Mistake> joins = new ArrayList<>();
    Map<String, Map<Integer, List<String>>> piecesOfGold = new TreeMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      Map<String, List<String>> byGold = new TreeMap<>();
      for (String source : clusters.get(c)) {
        byGold.computeIfAbsent(gold.get(source), g -> new ArrayList<>()).add(source);
        piecesOfGold.computeIfAbsent(gold.get(source), g -> new TreeMap<>())
            .computeIfAbsent(c, k -> new ArrayList<>()).add(source);
      }
      if (byGold.size() > 1) {
        joins.add(new Mistake(crossPairs(byGold.values()), "event #" + c, byGold));
      }
    }
    List<Mistake> splits = new ArrayList<>();
    for (Map.Entry<String, Map<Integer, List<String>>> e : piecesOfGold.entrySet()) {
      if (e.getValue().size() > 1) {
        Map<String, List<String>> parts = new TreeMap<>();
        e.getValue().forEach((c, sources) -> parts.put("event #" + c, sources));
        splits.add(new Mistake(crossPairs(parts.values()), "gold " + e.getKey(), parts));
      }
    }
    section("wrong joins", joins);
    section("wrong splits", splits);
  }

  private void section(String name, List<Mistake> mistakes) {
    mistakes.sort(Comparator.comparingLong((Mistake m) -> -m.cost()).thenComparing(Mistake::heading));
    out.printf(Locale.ROOT, "%n== %s: %d, wrong pairs %d; the worst %d ==%n", name,
        mistakes.size(), mistakes.stream().mapToLong(Mistake::cost).sum(),
        Math.min(worst, mistakes.size()));
    for (Mistake m : mistakes.subList(0, Math.min(worst, mistakes.size()))) {
      out.printf(Locale.ROOT, "%s (%d wrong pairs)%n", m.heading(), m.cost());
      m.parts().forEach((part, sources) -> {
        out.printf(Locale.ROOT, "  %s: %d articles%n", part, sources.size());
        sources.stream().limit(4).forEach(this::describe);
      });
    }
  }

  private void describe(String source) {
    ArticleEvidence e = corpus.evidence(indexOf.get(source));
    String date = e.date() == null ? "-"
        : e.date().date() + (e.date().confident() ? "!" : "") + " (" + e.date().evidence() + ")";
    out.printf(Locale.ROOT, "    %s [%s] %s | %s | %s%n", source, gold.get(source),
        shorten(e.article().title(), 90), date, e.place() == null ? "-" : e.place());
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static long crossPairs(Iterable<List<String>> parts) {
    long total = 0;
    long squares = 0;
    for (List<String> part : parts) {
      total += part.size();
      squares += (long) part.size() * part.size();
    }
    return (total * total - squares) / 2;
  }
}
