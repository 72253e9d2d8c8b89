package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.SyndicatedCopy;

/**
 * Finds syndicated copies among an event's articles: a text whose word sequences (five-word
 * shingles of the folded body) are mostly another's. Containment of the shorter text in the
 * longer, not resemblance, decides, so an outlet that adds a paragraph of its own, trims the
 * last one, or changes the headline and byline still publishes a copy; the longer text must
 * still share half of its shingles, so a brief quoted whole inside a long feature is not called
 * a copy of it.
 *
 * <p>The original is the earliest published text (event order); a copy of a copy points to the
 * first original. Cost grows with the number of shingles: an inverted index from shingle to the
 * originals holding it replaces all-pairs comparison, and a shingle held by very many originals
 * is common phrasing, not evidence of copying, so its postings stop growing.
 */
final class CopyDetector {
  static final int SHINGLE_WORDS = 5;

  /** Fewer shingles (about 16 words) cannot tell a copy from a shared stock phrase. */
  static final int MIN_SHINGLES = 12;

  /** The share of the shorter text's shingles the longer must hold. */
  static final double MIN_CONTAINMENT = 0.8;

  /** The share of the longer text's shingles the shorter must hold. */
  static final double MIN_SHARE_OF_LONGER = 0.5;

  /** Beyond this many originals holding it, a shingle is stock phrasing. */
  static final int MAX_POSTINGS = 64;

  /**
   * @param eventArticles in event order (earliest published first)
   * @return the copies, in event order
   */
  List<SyndicatedCopy> find(List<Article> eventArticles) {
    List<SyndicatedCopy> copies = new ArrayList<>();
    if (eventArticles.size() < 2) {
      return copies;
    }
    // Looked up only, never iterated: the postings lists keep event order.
    Map<Long, List<Integer>> postings = new HashMap<>();
    List<long[]> shingles = new ArrayList<>();
    int[] shared = new int[eventArticles.size()];
    for (int i = 0; i < eventArticles.size(); i++) {
      long[] own = shingles(eventArticles.get(i).bodyText());
      shingles.add(own);
      if (own.length < MIN_SHINGLES) {
        continue;
      }
      List<Integer> touched = new ArrayList<>();
      for (long shingle : own) {
        for (int j : postings.getOrDefault(shingle, List.of())) {
          if (shared[j]++ == 0) {
            touched.add(j);
          }
        }
      }
      int best = -1;
      double bestContainment = 0;
      for (int j : touched) {
        int smaller = Math.min(own.length, shingles.get(j).length);
        int larger = Math.max(own.length, shingles.get(j).length);
        double containment = shared[j] / (double) smaller;
        if (shared[j] >= MIN_SHARE_OF_LONGER * larger && containment > bestContainment) {
          best = j;
          bestContainment = containment;
        }
        shared[j] = 0;
      }
      if (best >= 0 && bestContainment >= MIN_CONTAINMENT) {
        copies.add(new SyndicatedCopy(eventArticles.get(i).source(),
            eventArticles.get(best).source(), Math.round(bestContainment * 100) / 100.0));
        continue; // a copy is never an original: later copies find the text it copied
      }
      for (long shingle : own) {
        List<Integer> holders = postings.computeIfAbsent(shingle, s -> new ArrayList<>());
        if (holders.size() < MAX_POSTINGS) {
          holders.add(i);
        }
      }
    }
    return copies;
  }

  /** The distinct five-word shingles of the folded text as sorted 64-bit hashes. */
  static long[] shingles(String text) {
    String folded = Names.fold(text);
    if (folded.isEmpty()) {
      return new long[0];
    }
    String[] words = folded.split(" ");
    if (words.length < SHINGLE_WORDS) {
      return new long[0];
    }
    long[] hashes = new long[words.length - SHINGLE_WORDS + 1];
    for (int i = 0; i < hashes.length; i++) {
      long hash = 0xcbf29ce484222325L; // FNV-1a: stable across runs and machines
      for (int w = i; w < i + SHINGLE_WORDS; w++) {
        String word = words[w];
        for (int c = 0; c < word.length(); c++) {
          hash = (hash ^ word.charAt(c)) * 0x100000001b3L;
        }
        hash = (hash ^ ' ') * 0x100000001b3L;
      }
      hashes[i] = hash;
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }
}
