package org.newsdigest.merge;

/**
 * How alike two articles are, with the parts the score was built from.
 *
 * @param first index of one article in the corpus
 * @param second index of the other (greater than {@code first})
 * @param score the combined similarity, 0..1
 * @param text the TF-IDF cosine of the two texts
 * @param entities the rarity-weighted overlap of their resolved entities
 * @param vetoed true when a hard rule forbids their clusters to join (a cannot-link)
 */
record PairScore(int first, int second, double score, double text, double entities, boolean vetoed) {}
