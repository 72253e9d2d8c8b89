package org.newsdigest.model;

import java.util.List;

/**
 * Why two articles were put in one event: the evidence that tied {@code source} to
 * {@code target}, shown to readers on the event page and in {@code data/events.json}.
 *
 * @param source one article's {@link Article#source()}
 * @param target the other's
 * @param score the similarity the decision used, 0..1
 * @param evidence each reason in words: "same event date 2026-01-06", "both in Paris",
 *     "shared people: Emmanuel Macron, Volodymyr Zelenskyy", "text similarity 0.41"
 */
public record MergeLink(String source, String target, double score, List<String> evidence) {
  public MergeLink {
    evidence = List.copyOf(evidence);
  }
}
