package org.newsdigest.story;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How many events name each participant and use each term, and which participants are rare
 * enough to tie events into a story. A participant named by many events (a head of state, the
 * police) says little about which story an event belongs to, and would make blocks of quadratic
 * size; so only participants named by at most {@link #maxEvents} events form blocks, and by at
 * most a tenth of the digest's events (or {@link #FEW}): in a digest of forty events about
 * Washington, the president named by fifteen of them is its subject, not a story's tie.
 */
final class Rarity {
  private final Map<String, Integer> participantCounts = new HashMap<>();
  private final Map<String, Integer> termCounts = new HashMap<>();
  /** Each term's weight, worked out once: every pair of events sharing a participant reads them. */
  private final Map<String, Double> termWeights = new HashMap<>();
  /** Each event's summed squared term weights, by digest index, for the cosines of its pairs. */
  private final double[] termNorms;
  private final int events;
  private final int maxEvents;

  /** The share of a digest's events a participant may name and still tie a story. */
  static final double SHARE = 0.1;

  /** A participant of this few events ties a story in any digest. */
  static final int FEW = 5;

  Rarity(List<EventTraits> traits, int maxEvents) {
    this.events = traits.size();
    this.maxEvents = maxEvents;
    for (EventTraits t : traits) {
      t.participants().keySet().forEach(k -> participantCounts.merge(k, 1, Integer::sum));
      t.terms().forEach(k -> termCounts.merge(k, 1, Integer::sum));
    }
    termCounts.forEach((term, n) -> termWeights.put(term, weight(n)));
    termNorms = new double[traits.stream().mapToInt(EventTraits::index).max().orElse(-1) + 1];
    for (EventTraits t : traits) {
      double norm = 0;
      for (String term : t.terms()) { // in the terms' order, as a sum over them always was
        double w = termWeight(term);
        norm += w * w;
      }
      termNorms[t.index()] = norm;
    }
  }

  /** True when the participant is shared by several events, but not by too many. */
  boolean blocks(String participantKey) {
    int n = participantCounts.getOrDefault(participantKey, 0);
    return n >= 2 && n <= maxEvents && n <= Math.max(FEW, SHARE * events);
  }

  int participantCount(String participantKey) {
    return participantCounts.getOrDefault(participantKey, 0);
  }

  /**
   * Inverse document frequency of a term over the events, smoothed so that a term every event
   * uses still counts a little: in a digest of a few events, the shared "trial" is evidence.
   */
  double termWeight(String term) {
    Double known = termWeights.get(term);
    return known != null ? known : weight(0);
  }

  /** The summed squared weights of the event's terms (see {@link #termWeight}). */
  double termNorm(EventTraits event) {
    return termNorms[event.index()];
  }

  private double weight(int eventsUsingTerm) {
    return Math.log(1.0 + (double) events / Math.max(1, eventsUsingTerm));
  }
}
