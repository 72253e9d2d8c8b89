package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsdigest.model.MergeEvidence;

/**
 * Why two articles were merged, in words of a language: "same event date 2026-01-06", "both in
 * Paris", "shared people: Emmanuel Macron, Volodymyr Zelenskyy", "text similarity 0.41". Dates and
 * the similarity are written as the merge weighed them (ISO, two decimals with a point): evidence to
 * check, not prose.
 */
final class MergeReasons {
  private MergeReasons() {}

  static List<String> of(MergeEvidence evidence, Messages messages) {
    List<String> words = new ArrayList<>();
    if (evidence.firstDate() != null) {
      words.add(evidence.firstDate().equals(evidence.secondDate())
          ? messages.text("mergeSameDate", evidence.firstDate())
          : messages.text("mergeDatesApart", evidence.firstDate(), evidence.secondDate()));
    }
    if (evidence.bothIn() != null) {
      words.add(messages.text("mergeBothIn", evidence.bothIn()));
    }
    shared(words, "mergeSharedPeople", evidence.people(), messages);
    shared(words, "mergeSharedOrganisations", evidence.organisations(), messages);
    shared(words, "mergeSharedPlaces", evidence.places(), messages);
    words.add(messages.text("mergeTextSimilarity", String.format(Locale.ROOT, "%.2f", evidence.textSimilarity())));
    return words;
  }

  private static void shared(List<String> words, String key, List<String> names, Messages messages) {
    if (!names.isEmpty()) {
      words.add(messages.text(key, String.join(", ", names)));
    }
  }
}
