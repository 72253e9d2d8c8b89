package org.newsdigest.merge;

/**
 * The weights and threshold of the pair score and the clustering, chosen by measurement on the
 * ECB+ development set (see MergeBench in the tests).
 *
 * @param textWeight weight of the TF-IDF cosine of the two articles
 * @param entityWeight weight of the rarity-weighted overlap of their resolved entities
 * @param dateBonus added when both event dates are known and at most a day apart
 * @param placeBonus added when both places are known and the same
 * @param placePenalty factor applied when both places are known and incompatible
 * @param vetoDays confident event dates further apart than this never share an event
 * @param threshold average-link similarity two clusters need to be joined
 */
record MergeSettings(
    double textWeight,
    double entityWeight,
    double dateBonus,
    double placeBonus,
    double placePenalty,
    int vetoDays,
    double threshold) {

  static MergeSettings defaults() {
    return new MergeSettings(0.7, 0.3, 0.1, 0.05, 0.3, 2, 0.16);
  }

  MergeSettings withThreshold(double value) {
    return new MergeSettings(
        textWeight, entityWeight, dateBonus, placeBonus, placePenalty, vetoDays, value);
  }
}
