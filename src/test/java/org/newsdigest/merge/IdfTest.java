package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Smoothed IDF in steps: close to the exact weight, the same for most neighbouring counts. */
class IdfTest {
  private static double exact(int documents, int df) {
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  @Test
  void stepsStayWithinOneStepOfTheExactWeight() {
    for (int documents : new int[] {1, 2, 3, 10, 462, 10_000, 100_000}) {
      Idf idf = new Idf(documents);
      for (int df = 0; df <= documents; df += Math.max(1, documents / 997)) {
        double difference = Math.abs(idf.of(df) - exact(documents, df));
        assertTrue(difference < Math.log(Idf.STEP), documents + " documents, df " + df + ": " + difference);
      }
    }
  }

  @Test
  void rareCountsKeepAStepOfTheirOwnAndWeightsFallAsCountsRise() {
    Idf idf = new Idf(10_000);
    Set<Double> weights = new HashSet<>();
    for (int df = 0; df < 10; df++) {
      assertTrue(weights.add(idf.of(df)), "df " + df + " shares a step with a smaller count");
    }
    for (int df = 1; df <= 10_000; df++) {
      assertTrue(idf.of(df) <= idf.of(df - 1), "df " + df);
    }
  }

  @Test
  void aCommonWordSeldomChangesWeightWhenOneMoreArticleHoldsIt() {
    Idf idf = new Idf(10_000);
    int moved = 0;
    for (int df = 1000; df < 2000; df++) {
      if (idf.of(df + 1) != idf.of(df)) {
        moved++;
      }
    }
    // Steps of 10 % from 1,000 to 2,000: about seven boundaries, not a thousand changes.
    assertTrue(moved <= 8, moved + " of 1,000 counts moved to another step");
  }

  @Test
  void theCorpusSizeMovesWeightsOnlyWhenItCrossesAStep() {
    int changes = 0;
    for (int documents = 10_000; documents < 11_000; documents++) {
      if (new Idf(documents + 1).of(50) != new Idf(documents).of(50)) {
        changes++;
      }
    }
    assertTrue(changes <= 1, changes + " of 1,000 added articles moved the weights");
  }
}
