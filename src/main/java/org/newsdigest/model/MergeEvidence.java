package org.newsdigest.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What tied two articles into one event, as the merge weighed it; the page words it in the site's
 * language ("same event date 2026-01-06", "both in Paris", "shared people: …").
 *
 * @param firstDate the first article's event date, when the two are at most a day apart; else null
 * @param secondDate the second article's, likewise
 * @param bothIn the place both report, or null
 * @param people the people both name, by display name, sorted
 * @param organisations the organisations both name
 * @param places the places both name
 * @param textSimilarity the similarity of their texts, 0..1
 */
public record MergeEvidence(LocalDate firstDate, LocalDate secondDate, String bothIn, List<String> people,
    List<String> organisations, List<String> places, double textSimilarity) {
  public MergeEvidence {
    people = List.copyOf(people);
    organisations = List.copyOf(organisations);
    places = List.copyOf(places);
  }
}
