package org.newsdigest.merge;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Candidate blocking: only articles that share at least one rare term or rare entity are worth
 * scoring. A term or entity is rare when at most a tenth of the corpus names it, and never more
 * than {@link #MAX_POSTING} articles: a posting list of length m costs m²/2 pairs, so the cap
 * keeps blocking near-linear on large corpora, while on small ones (where every term is rare) it
 * degrades gracefully to all pairs. Below {@code 10 * MAX_POSTING} articles the cap never binds.
 */
final class CandidatePairs {

  /** A term or entity named by at most this share of the corpus counts as rare. */
  private static final double RARE_SHARE = 0.1;

  private static final int MIN_RARE_DF = 3;

  /**
   * The longest posting list that makes pairs. Reports of one event share names and words that
   * a few dozen articles use, not thousands: at 100,000 articles a word in 5,000 of them is as
   * common as "minister" and would alone cost 12 million pairs.
   */
  static final int MAX_POSTING = 50;

  /** The candidate pairs, sorted by first then second. */
  record Pairs(int[] first, int[] second) {
    int size() {
      return first.length;
    }
  }

  /** The candidate pairs as {first, second} with first &lt; second, sorted. */
  Pairs of(Corpus corpus) {
    boolean[] all = new boolean[corpus.size()];
    java.util.Arrays.fill(all, true);
    return of(corpus, all);
  }

  /**
   * The candidate pairs among the articles {@code included}; document frequencies count only
   * those, so that verbatim copies left out do not make their own words common.
   */
  Pairs of(Corpus corpus, boolean[] included) {
    int n = corpus.size();
    int maxDf;
    int termCount = corpus.weights().termCount();
    // keys: term ids, then entity groups after them
    int[][] keys = new int[n][];
    int[] listLength = new int[termCount + corpus.entities().groupCount()];
    int[] termDf = new int[termCount];
    int[] groupDf = new int[corpus.entities().groupCount()];
    int counted = 0;
    for (int i = 0; i < n; i++) {
      if (included[i]) {
        counted++;
        for (int id : corpus.evidence(i).vector().ids()) {
          termDf[id]++;
        }
        for (int group : corpus.evidence(i).entityGroups()) {
          groupDf[group]++;
        }
      }
    }
    maxDf = Math.min(MAX_POSTING, Math.max(MIN_RARE_DF, (int) Math.floor(counted * RARE_SHARE)));
    for (int i = 0; i < n; i++) {
      ArticleEvidence evidence = corpus.evidence(i);
      Set<Integer> rare = new TreeSet<>();
      if (!included[i]) {
        keys[i] = new int[0];
        continue;
      }
      for (int id : evidence.vector().ids()) {
        if (termDf[id] <= maxDf) {
          rare.add(id);
        }
      }
      for (int group : evidence.entityGroups()) {
        if (groupDf[group] <= maxDf) {
          rare.add(termCount + group);
        }
      }
      keys[i] = rare.stream().mapToInt(Integer::intValue).toArray();
      for (int key : keys[i]) {
        listLength[key]++;
      }
    }
    int[][] postings = new int[listLength.length][];
    for (int k = 0; k < postings.length; k++) {
      postings[k] = new int[listLength[k]];
      listLength[k] = 0;
    }
    for (int i = 0; i < n; i++) { // ascending, so every posting list is sorted
      for (int key : keys[i]) {
        postings[key][listLength[key]++] = i;
      }
    }
    // Each article's later partners, deduplicated and sorted; articles are independent.
    int[][] partners =
        IntStream.range(0, n).parallel().mapToObj(i -> partners(i, keys[i], postings))
            .toArray(int[][]::new);
    int total = 0;
    for (int[] p : partners) {
      total = Math.addExact(total, p.length);
    }
    int[] first = new int[total];
    int[] second = new int[total];
    int at = 0;
    for (int i = 0; i < n; i++) {
      for (int j : partners[i]) {
        first[at] = i;
        second[at++] = j;
      }
    }
    return new Pairs(first, second);
  }

  private static int[] partners(int i, int[] keys, int[][] postings) {
    int count = 0;
    for (int key : keys) {
      count += postings[key].length;
    }
    int[] found = new int[count];
    int at = 0;
    for (int key : keys) {
      int[] list = postings[key];
      int from = Arrays.binarySearch(list, i) + 1;
      for (int x = from; x < list.length; x++) {
        found[at++] = list[x];
      }
    }
    int[] sorted = Arrays.copyOf(found, at);
    Arrays.sort(sorted);
    int unique = 0;
    for (int x = 0; x < sorted.length; x++) {
      if (x == 0 || sorted[x] != sorted[x - 1]) {
        sorted[unique++] = sorted[x];
      }
    }
    return Arrays.copyOf(sorted, unique);
  }
}
