package org.newsdigest.merge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * TF-IDF weights over the corpus being merged. Document frequency is smoothed
 * (idf = ln((n + 1) / (df + 1)) + 1) so that with two or three articles shared words still
 * count: merging a handful of seeds must work as well as merging hundreds.
 */
final class TermWeights {
  // Looked up only, never iterated: ids are given in sorted term order below.
  private final Map<String, Integer> idOf = new HashMap<>();
  private final Map<String, Integer> documentFrequency = new HashMap<>();
  private final int documents;

  /** @param documentsTerms the terms of each document (repeats kept) */
  TermWeights(List<List<String>> documentsTerms) {
    this.documents = documentsTerms.size();
    for (List<String> terms : documentsTerms) {
      for (String term : new HashSet<>(terms)) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    int next = 0;
    for (String term : new TreeSet<>(documentFrequency.keySet())) {
      idOf.put(term, next++);
    }
  }

  double idf(String term) {
    int df = documentFrequency.getOrDefault(term, 0);
    return Math.log((documents + 1.0) / (df + 1.0)) + 1.0;
  }

  int documentFrequency(String term) {
    return documentFrequency.getOrDefault(term, 0);
  }

  /** The term's id (its rank in sorted order), or -1 when no document holds it. */
  int id(String term) {
    return idOf.getOrDefault(term, -1);
  }

  /** How many distinct terms the corpus holds: ids run from 0 below this. */
  int termCount() {
    return idOf.size();
  }

  int documents() {
    return documents;
  }

  /** The unit TF-IDF vector of some terms, sub-linear term frequency (1 + ln tf). */
  SparseVector vector(List<String> terms) {
    TreeMap<String, Integer> counts = new TreeMap<>();
    for (String term : terms) {
      counts.merge(term, 1, Integer::sum);
    }
    TreeMap<Integer, Double> weights = new TreeMap<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      Integer id = idOf.get(e.getKey());
      if (id != null) {
        weights.put(id, (1 + Math.log(e.getValue())) * idf(e.getKey()));
      }
    }
    return SparseVector.normalised(weights);
  }
}
