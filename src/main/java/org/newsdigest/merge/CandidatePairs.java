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
 *
 * <p>A story followed for a year repeats its words in thousands of reports, past any cap, while
 * the reports of one of its happenings lie within days of each other. So the words of a stated
 * headline that are too common over the corpus are also keys within a week: a dated article
 * posts each such word under its week and the next, and two reports at most a week apart share
 * a key when their headlines share a word that few reports of those weeks use.
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
    // keys: term ids, then entity groups after them, then headline words by week
    int[][] keys = new int[n][];
    int fixedKeys = termCount + corpus.entities().groupCount();
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
    WeekKeys weekKeys = new WeekKeys(corpus, included, termDf, maxDf, fixedKeys);
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
      weekKeys.addTo(i, rare);
      keys[i] = rare.stream().mapToInt(Integer::intValue).toArray();
    }
    int[] keyDf = new int[weekKeys.next()];
    for (int[] own : keys) {
      for (int key : own) {
        keyDf[key]++;
      }
    }
    int[] listLength = new int[keyDf.length];
    for (int i = 0; i < n; i++) {
      // a word many reports of one week use ties nothing: it is not a key
      keys[i] = Arrays.stream(keys[i]).filter(k -> k < fixedKeys || keyDf[k] <= MAX_POSTING)
          .toArray();
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

  /**
   * The (headline word, week) keys of each article, numbered after the corpus-wide keys: each word
   * of a stated headline that is not rare over the corpus, under the article's event week and the
   * next. Kept as sorted longs, not a map of boxed keys: a large corpus has millions.
   */
  private static final class WeekKeys {
    /** Distinct weeks a key tells apart: far more than any corpus spans. */
    private static final long WEEKS = 1L << 20;

    private final long[][] own;
    private final long[] distinct;
    private final int first;

    WeekKeys(Corpus corpus, boolean[] included, int[] termDf, int maxDf, int first) {
      this.first = first;
      own = IntStream.range(0, corpus.size()).parallel()
          .mapToObj(i -> included[i] ? of(corpus, i, termDf, maxDf) : new long[0])
          .toArray(long[][]::new);
      distinct = Arrays.stream(own).flatMapToLong(Arrays::stream).sorted().distinct().toArray();
    }

    private static long[] of(Corpus corpus, int i, int[] termDf, int maxDf) {
      ArticleEvidence evidence = corpus.evidence(i);
      if (evidence.date() == null || evidence.article().titleDerived()) {
        return new long[0];
      }
      long week = Math.floorDiv(evidence.date().date().toEpochDay(), 7);
      return corpus.terms().of(evidence.article().title()).stream()
          .mapToInt(term -> corpus.weights().id(term))
          .filter(id -> id >= 0 && termDf[id] > maxDf)
          .distinct()
          .mapToObj(id -> new long[] {key(id, week), key(id, week + 1)})
          .flatMapToLong(Arrays::stream)
          .toArray();
    }

    private static long key(int term, long week) {
      return term * WEEKS + Math.floorMod(week, WEEKS);
    }

    /** Adds article {@code i}'s week keys, as key numbers, to {@code keys}. */
    void addTo(int i, Set<Integer> keys) {
      for (long key : own[i]) {
        keys.add(first + Arrays.binarySearch(distinct, key));
      }
    }

    /** One past the highest key number. */
    int next() {
      return first + distinct.length;
    }
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
