package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Candidate blocking: only articles that share at least one rare term or rare entity are worth
 * scoring. An inverted index keeps this well below all pairs on large corpora; on small ones
 * (where every term is rare) it degrades gracefully to all pairs.
 */
final class CandidatePairs {

  /** A term or entity named by at most this share of the corpus counts as rare. */
  private static final double RARE_SHARE = 0.1;

  private static final int MIN_RARE_DF = 3;

  /** The candidate pairs as {first, second} with first &lt; second, sorted. */
  List<int[]> of(Corpus corpus) {
    int n = corpus.size();
    int maxDf = Math.max(MIN_RARE_DF, (int) Math.floor(n * RARE_SHARE));
    Map<String, List<Integer>> postings = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      ArticleEvidence evidence = corpus.evidence(i);
      for (String term : new TreeSet<>(evidence.terms())) {
        if (corpus.weights().documentFrequency(term) <= maxDf) {
          postings.computeIfAbsent("t:" + term, k -> new ArrayList<>()).add(i);
        }
      }
      for (int group : evidence.entityGroups()) {
        if (corpus.entities().documentFrequency(group) <= maxDf) {
          postings.computeIfAbsent("e:" + group, k -> new ArrayList<>()).add(i);
        }
      }
    }
    Set<Long> seen = new TreeSet<>();
    for (List<Integer> list : postings.values()) {
      for (int x = 0; x < list.size(); x++) {
        for (int y = x + 1; y < list.size(); y++) {
          seen.add((long) list.get(x) * n + list.get(y));
        }
      }
    }
    List<int[]> pairs = new ArrayList<>(seen.size());
    for (long code : seen) {
      pairs.add(new int[] {(int) (code / n), (int) (code % n)});
    }
    return pairs;
  }
}
