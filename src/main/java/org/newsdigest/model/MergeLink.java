package org.newsdigest.model;

/**
 * Why two articles were put in one event: the evidence that tied {@code source} to
 * {@code target}, shown to readers on the event page and in {@code data/events.json}.
 *
 * @param source one article's {@link Article#source()}
 * @param target the other's
 * @param score the similarity the decision used, 0..1
 * @param evidence what the merge weighed: dates, the place, shared names, text similarity
 */
public record MergeLink(String source, String target, double score, MergeEvidence evidence) {}
