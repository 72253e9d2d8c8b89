package org.newsdigest.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The pairs of events worth comparing: those that name a common rare participant. Each block
 * holds at most {@link Rarity}'s limit of events, so the work grows with the number of events
 * times that limit, never with the square of the number of events.
 */
final class CandidatePairs {
  private CandidatePairs() {}

  /** Every linked pair, strongest first, ties in digest order. */
  static List<PairEvidence> linked(List<EventTraits> traits, Rarity rarity) {
    Map<String, List<Integer>> blocks = new TreeMap<>();
    for (EventTraits t : traits) {
      for (String key : t.participants().keySet()) {
        if (rarity.blocks(key)) {
          blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(t.index());
        }
      }
    }
    // A pair in several blocks is compared once: keyed by (first, second).
    TreeSet<Long> pairs = new TreeSet<>();
    for (List<Integer> block : blocks.values()) {
      for (int i = 0; i < block.size(); i++) {
        for (int j = i + 1; j < block.size(); j++) {
          int a = Math.min(block.get(i), block.get(j));
          int b = Math.max(block.get(i), block.get(j));
          if (a != b) {
            pairs.add(((long) a << 32) | b);
          }
        }
      }
    }
    // Each pair's evidence reads only its two events and the read-only rarity: on every core,
    // kept in pair order.
    List<PairEvidence> linked = new ArrayList<>(pairs.parallelStream()
        .map(pair -> PairEvidence.of(traits.get((int) (pair >>> 32)), traits.get((int) (long) pair), rarity))
        .filter(PairEvidence::links)
        .toList());
    linked.sort(Comparator.comparingDouble(PairEvidence::score).reversed()
        .thenComparingInt(PairEvidence::first)
        .thenComparingInt(PairEvidence::second));
    return linked;
  }
}
