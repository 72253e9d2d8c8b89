package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
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
   * Up to this many articles, comparing sorted shingle arrays pair by pair is cheaper than
   * building the index; most events are this small. Both ways give the same copies.
   */
  static final int PAIRWISE_LIMIT = 24;

  // FNV-1a: a stable hash, the same on every run and machine.
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

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
    List<Integer> originals = new ArrayList<>();
    int[] shared = new int[eventArticles.size()];
    for (int i = 0; i < eventArticles.size(); i++) {
      long[] own = shingles(bodyTexts(eventArticles.get(i)));
      shingles.add(own);
      if (own.length < MIN_SHINGLES) {
        continue;
      }
      List<Integer> touched = new ArrayList<>();
      if (eventArticles.size() <= PAIRWISE_LIMIT) {
        for (int j : originals) {
          // a pair short of the longer text's share can never be chosen: its count is not needed
          shared[j] = intersectionReaching(own, shingles.get(j),
              MIN_SHARE_OF_LONGER * Math.max(own.length, shingles.get(j).length));
          if (shared[j] > 0) {
            touched.add(j);
          }
        }
      } else {
        for (long shingle : own) {
          for (int j : postings.getOrDefault(shingle, List.of())) {
            if (shared[j]++ == 0) {
              touched.add(j);
            }
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
      originals.add(i);
      if (eventArticles.size() <= PAIRWISE_LIMIT) {
        continue;
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

  /**
   * How many values two sorted arrays of distinct values share (a merge walk), or 0 as soon as
   * the count can no longer reach {@code needed}: the walk stops when what is shared so far plus
   * what is left of the shorter remainder falls short. A count that reaches it is exact.
   */
  static int intersectionReaching(long[] a, long[] b, double needed) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (shared + Math.min(a.length - i, b.length - j) < needed) {
        return 0;
      }
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return shared >= needed ? shared : 0;
  }

  /**
   * The distinct five-word shingles of the text as sorted 64-bit hashes. Words are runs of letters
   * and digits, lower-cased (Locale-free {@link Character#toLowerCase(char)}); everything else
   * separates them, so punctuation, spacing and case do not matter. Hashed in one pass without
   * building strings: this runs over every article of every event.
   */
  static long[] shingles(String text) {
    return shingles(text == null ? List.of() : List.of(text));
  }

  /** The body's text blocks (images are not text), without joining them into one string. */
  private static List<String> bodyTexts(Article article) {
    List<String> texts = new ArrayList<>(article.blocks().size());
    for (Block block : article.blocks()) {
      if (!block.isImage()) {
        texts.add(block.text());
      }
    }
    return texts;
  }

  /** The shingles of several texts read one after the other, as if joined by a space. */
  static long[] shingles(List<String> texts) {
    long[] window = new long[SHINGLE_WORDS];
    long[] hashes = new long[16];
    int count = 0;
    int words = 0;
    long word = FNV_OFFSET;
    boolean inWord = false;
    for (String text : texts) {
      for (int i = 0; i <= text.length(); i++) {
        char c = i < text.length() ? text.charAt(i) : ' ';
        // ASCII first without the Unicode tables: the same answers, and most text is ASCII
        boolean letterOrDigit = c < 0x80
            ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            : Character.isLetterOrDigit(c);
        if (letterOrDigit) {
          char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A'))
              : c < 0x80 ? c : Character.toLowerCase(c);
          word = (word ^ lower) * FNV_PRIME;
          inWord = true;
          continue;
        }
        if (!inWord) {
          continue;
        }
        window[words++ % SHINGLE_WORDS] = word;
        if (words >= SHINGLE_WORDS) {
          long hash = FNV_OFFSET;
          for (int w = words - SHINGLE_WORDS; w < words; w++) {
            hash = (hash ^ window[w % SHINGLE_WORDS]) * FNV_PRIME;
          }
          if (count == hashes.length) {
            hashes = Arrays.copyOf(hashes, count * 2);
          }
          hashes[count++] = hash;
        }
        word = FNV_OFFSET;
        inWord = false;
      }
    }
    long[] distinct = Arrays.copyOf(hashes, count);
    Arrays.sort(distinct);
    int n = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[n++] = distinct[i];
      }
    }
    return Arrays.copyOf(distinct, n);
  }
}
