package org.newsdigest.merge;

/**
 * What the settings-independent part of a pair comparison found, kept apart from the weighted
 * score so that measurement can try many settings over one reading of the corpus.
 *
 * @param first index of one article in the corpus
 * @param second index of the other (greater than {@code first})
 * @param text the TF-IDF cosine of the two texts
 * @param entities the rarity-weighted overlap of their resolved entities
 * @param daysApart days between the two event dates, or -1 when either is unknown
 * @param datesConfident true when both event dates are confident (see {@link EventDate})
 * @param place how the two event places relate
 * @param undated how many of the two (0, 1 or 2) have no event date at all
 * @param peopleDiffer true when each names main people (see {@link ArticleEvidence#mainPeople})
 *     and neither names any of the other's
 * @param numbersDiffer true when their leads count the same unit and every such count differs
 */
record PairFeatures(
    int first,
    int second,
    double text,
    double entities,
    long daysApart,
    boolean datesConfident,
    PairScorer.PlaceRelation place,
    int undated,
    boolean peopleDiffer,
    boolean numbersDiffer) {}
