package org.newsdigest.merge;

/**
 * Smoothed inverse document frequency, ln((n + 1) / (df + 1)) + 1, over counts rounded down to
 * a power of {@value #STEP}: so that merging a handful of seeds works as well as merging hundreds
 * (the smoothing), and so that a typical edit moves no weight (the steps). Adding a sentence to
 * one article raises the document frequency of its new words by one; exact counts would give
 * every article holding one of those words a new vector, and could change the title, summary
 * or grouping of hundreds of events far from the edit (at 10,000 articles one added sentence
 * changed 238 events' pages). With steps, a count moves to another step only when it crosses
 * one, which a change of one seldom does for a common word: about one edit in ten times its
 * document frequency. Rare words keep their exact counts (below 10 every count has a step of
 * its own), and an edit of them touches only the few articles that hold them. Weights differ
 * from the exact ones by under 0.1 (ln 1.1), on a scale of 1 to about 12.
 *
 * <p>StrictMath, so every platform rounds the same counts to the same steps.
 */
final class Idf {
  /** The ratio between two steps of a count. */
  static final double STEP = 1.1;

  private static final double LOG_STEP = StrictMath.log(STEP);

  private final double logDocuments;
  private final double[] byFrequency;
  private final int[] stepByFrequency;

  /** The weights of a corpus of {@code documents} documents. */
  Idf(int documents) {
    this.logDocuments = logOfStep(documents);
    this.byFrequency = new double[documents + 1];
    this.stepByFrequency = new int[documents + 1];
    for (int df = 0; df <= documents; df++) {
      byFrequency[df] = weight(df);
      stepByFrequency[df] = stepOf(df);
    }
  }

  /** The weight of a term or entity that {@code df} documents hold (0 to the corpus size). */
  double of(int df) {
    return df < byFrequency.length ? byFrequency[df] : weight(df);
  }

  /**
   * {@link #stepOf} {@code df}, from a table: the weight {@link #of} gives is a function of this
   * step and of the corpus size's step, so two corpora that agree on both weigh alike.
   */
  int step(int df) {
    return df < stepByFrequency.length ? stepByFrequency[df] : stepOf(df);
  }

  private double weight(int df) {
    return logDocuments - logOfStep(df) + 1.0;
  }

  /** ln(count + 1), rounded down to a whole number of steps. */
  static double logOfStep(int count) {
    return stepOf(count) * LOG_STEP;
  }

  /** How many whole steps ln(count + 1) holds: counts with the same step weigh the same. */
  static int stepOf(int count) {
    return (int) Math.floor(StrictMath.log(count + 1.0) / LOG_STEP);
  }
}
