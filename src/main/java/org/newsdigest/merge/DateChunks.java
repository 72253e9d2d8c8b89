package org.newsdigest.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a large topic where its dates leave a gap no event can span, so that each piece can be
 * split into events by comparing all its pairs. Dated reports are sorted by day and cut where two
 * neighbours lie more than {@link MergeSettings#knownDays()} apart (one event's dates never do);
 * a piece still over {@link EventSplitter#DENSE_LIMIT} is cut again where its sure dates leave a
 * gap over {@link MergeSettings#sureDays()}. An undated report goes with the piece its first-pass
 * score likes best.
 */
final class DateChunks {
  private DateChunks() {}

  /** The pieces of corpus articles {@code topic}, each sorted; together they hold the topic. */
  static List<List<Integer>> of(Corpus corpus, List<Integer> topic, MergeSettings settings) {
    List<Integer> dated = new ArrayList<>();
    List<Integer> undated = new ArrayList<>();
    for (int i : topic) {
      (corpus.evidence(i).date() == null ? undated : dated).add(i);
    }
    dated.sort(Comparator.comparing((Integer i) -> corpus.evidence(i).date().date())
        .thenComparingInt(i -> i));
    List<List<Integer>> pieces = new ArrayList<>();
    for (List<Integer> piece : cut(corpus, dated, settings.knownDays(), false)) {
      pieces.addAll(piece.size() > EventSplitter.DENSE_LIMIT
          ? cut(corpus, piece, settings.sureDays(), true) : List.of(piece));
    }
    if (pieces.isEmpty()) {
      return List.of(topic);
    }
    PairScorer scorer = new PairScorer(corpus, settings);
    for (int i : undated) {
      int home = 0;
      double best = -1;
      for (int p = 0; p < pieces.size(); p++) {
        double link = averageScore(scorer, i, pieces.get(p));
        if (link > best) {
          best = link;
          home = p;
        }
      }
      pieces.get(home).add(i);
    }
    pieces.forEach(piece -> piece.sort(null));
    return pieces;
  }

  /**
   * Reports sorted by day, cut where neighbours lie more than {@code gap} days apart; with
   * {@code sureOnly}, only gaps between sure dates cut (a publication day inside stays with its
   * neighbours).
   */
  private static List<List<Integer>> cut(
      Corpus corpus, List<Integer> sorted, int gap, boolean sureOnly) {
    List<List<Integer>> pieces = new ArrayList<>();
    LocalDate last = null;
    for (int i : sorted) {
      EventDate date = corpus.evidence(i).date();
      boolean counts = !sureOnly || date.confident();
      boolean gapBefore = counts && last != null && date.date().isAfter(last.plusDays(gap));
      if (pieces.isEmpty() || gapBefore) {
        pieces.add(new ArrayList<>());
      }
      pieces.get(pieces.size() - 1).add(i);
      if (counts) {
        last = date.date();
      }
    }
    return pieces;
  }

  /** The first-pass score of article {@code i} with a sample of a piece's members. */
  private static double averageScore(PairScorer scorer, int i, List<Integer> piece) {
    int step = Math.max(1, piece.size() / SAMPLE);
    double sum = 0;
    int n = 0;
    for (int x = 0; x < piece.size(); x += step) {
      sum += scorer.score(i, piece.get(x)).score();
      n++;
    }
    return sum / n;
  }

  /** How many members of a piece an undated report is compared with: enough to tell. */
  private static final int SAMPLE = 50;
}
