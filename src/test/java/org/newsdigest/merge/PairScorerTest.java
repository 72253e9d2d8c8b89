package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsdigest.merge.PairScorer.PlaceRelation;

/** The weighted score: each new factor lowers a pair only when its evidence is there. */
class PairScorerTest {
  private static final MergeSettings SETTINGS = MergeSettings.defaults();

  private static PairFeatures pair(
      long daysApart, PlaceRelation place, int undated, boolean people, boolean numbers) {
    return new PairFeatures(0, 1, 0.4, 0.4, daysApart, false, place, undated, people, numbers);
  }

  private static double score(PairFeatures f) {
    return PairScorer.combine(f, SETTINGS).score();
  }

  @Test
  void anUndatedArticleAgainstADatedOneNeedsStrongerText() {
    double bothUndated = score(pair(-1, PlaceRelation.UNKNOWN, 2, false, false));
    double oneUndated = score(pair(-1, PlaceRelation.UNKNOWN, 1, false, false));
    assertEquals(bothUndated * SETTINGS.undatedFactor(), oneUndated, 1e-9);
    assertTrue(SETTINGS.undatedFactor() < 1);
  }

  @Test
  void conflictingLeadCountsLowerTheScore() {
    double agree = score(pair(0, PlaceRelation.UNKNOWN, 0, false, false));
    double differ = score(pair(0, PlaceRelation.UNKNOWN, 0, false, true));
    assertTrue(differ < agree, differ + " < " + agree);
  }

  @Test
  void placesInDifferentCountriesCutHarderThanUnrelatedNames() {
    double compatible = score(pair(0, PlaceRelation.COMPATIBLE, 0, false, false));
    double different = score(pair(0, PlaceRelation.DIFFERENT, 0, false, false));
    double disjoint = score(pair(0, PlaceRelation.DISJOINT, 0, false, false));
    assertTrue(disjoint < different && different < compatible);
  }

  @Test
  void confidentDatesAMonthApartScoreZeroAndCannotLinkOnlyWhenTheSettingsSaySo() {
    PairFeatures far =
        new PairFeatures(0, 1, 0.9, 0.9, 40, true, PlaceRelation.SAME, 0, false, false);
    MergeSettings hard = MergeSettings.defaults().with(s -> s.vetoCannotLink = true);
    assertTrue(PairScorer.combine(far, hard).vetoed());
    assertEquals(0, PairScorer.combine(far, hard).score());
    assertFalse(SETTINGS.vetoCannotLink());
    assertFalse(PairScorer.combine(far, SETTINGS).vetoed());
    assertEquals(0, PairScorer.combine(far, SETTINGS).score());
  }
}
