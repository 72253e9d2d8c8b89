package org.newsdigest.merge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a predicted clustering of items compares with a gold one: B-cubed precision, recall and
 * F1 averaged over items (Bagga and Baldwin 1998), and precision, recall and F1 over the pairs
 * of items put together. Public for the benchmarks of other packages (bench-entities).
 */
public record ClusterScores(
    double b3Precision,
    double b3Recall,
    double b3F1,
    double pairPrecision,
    double pairRecall,
    double pairF1) {

  /**
   * @param clusters the predicted clusters; every item of {@code gold} must be in exactly one
   * @param gold the gold event of every item
   */
  public static ClusterScores of(List<List<String>> clusters, Map<String, String> gold) {
    // Counts only: iteration order of these maps never reaches the result.
    Map<String, Integer> clusterOf = new HashMap<>();
    for (int c = 0; c < clusters.size(); c++) {
      for (String item : clusters.get(c)) {
        if (clusterOf.put(item, c) != null) {
          throw new IllegalArgumentException("'" + item + "' is in two clusters");
        }
      }
    }
    if (!clusterOf.keySet().equals(gold.keySet())) {
      throw new IllegalArgumentException("the clusters and the gold hold different items");
    }
    Map<String, Integer> goldSize = new HashMap<>();
    Map<String, Integer> both = new HashMap<>();
    gold.values().forEach(g -> goldSize.merge(g, 1, Integer::sum));
    gold.forEach((item, g) -> both.merge(clusterOf.get(item) + "\t" + g, 1, Integer::sum));
    double precision = 0;
    double recall = 0;
    for (Map.Entry<String, String> e : gold.entrySet()) {
      int c = clusterOf.get(e.getKey());
      int shared = both.get(c + "\t" + e.getValue());
      precision += shared / (double) clusters.get(c).size();
      recall += shared / (double) goldSize.get(e.getValue());
    }
    int n = gold.size();
    precision /= n;
    recall /= n;
    long truePairs = both.values().stream().mapToLong(ClusterScores::pairs).sum();
    long predictedPairs = clusters.stream().mapToLong(c -> pairs(c.size())).sum();
    long goldPairs = goldSize.values().stream().mapToLong(ClusterScores::pairs).sum();
    double pairPrecision = predictedPairs == 0 ? 1 : truePairs / (double) predictedPairs;
    double pairRecall = goldPairs == 0 ? 1 : truePairs / (double) goldPairs;
    return new ClusterScores(
        precision,
        recall,
        f1(precision, recall),
        pairPrecision,
        pairRecall,
        f1(pairPrecision, pairRecall));
  }

  private static long pairs(int size) {
    return size * (size - 1L) / 2;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
