package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF weights over the corpus being merged. Document frequency is smoothed and counted in
 * steps ({@link Idf}) so that with two or three articles shared words still count, and a typical
 * edit moves no other article's weights.
 *
 * <p>Terms are interned to int ids (their rank in sorted term order) and each document is kept
 * only as its distinct ids with counts: at 100,000 articles a list of term strings per article
 * would alone hold millions of strings.
 */
final class TermWeights {
  // Looked up only, never iterated: ids are given in sorted term order.
  private final Map<String, Integer> idOf;
  private final int[] documentFrequency;
  private final int documents;
  private final Idf idf;

  /** The distinct term ids of one document, ascending, and how often each occurs. */
  record Counts(int[] ids, int[] counts) {}

  private TermWeights(Map<String, Integer> idOf, int[] documentFrequency, int documents) {
    this.idOf = idOf;
    this.documentFrequency = documentFrequency;
    this.documents = documents;
    this.idf = new Idf(documents);
  }


  /**
   * Collects documents one at a time as provisional ids (first seen first), so the caller need
   * not keep every document's term strings; {@link #weights} renumbers them in sorted order.
   */
  static final class Builder {
    private final Map<String, Integer> provisional = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    /** Each document in provisional ids, not necessarily ascending until renumbered. */
    private final List<Counts> documentCounts = new ArrayList<>();
    private int[] rank;

    /** Adds one document's terms (repeats kept); documents are numbered in the order added. */
    void add(List<String> terms) {
      int[] ids = new int[terms.size()];
      for (int t = 0; t < ids.length; t++) {
        String term = terms.get(t);
        Integer id = provisional.get(term);
        if (id == null) {
          id = names.size();
          provisional.put(term, id);
          names.add(term);
        }
        ids[t] = id;
      }
      documentCounts.add(runs(ids));
    }

    /**
     * Adds one document given as its distinct terms and how often each occurs: the same as
     * {@link #add} of the terms with repeats, with one lookup per distinct term. Counting can
     * then run on every core, leaving only this lookup to the one thread that interns. Each
     * term of {@code document} is replaced by the builder's own equal instance, so that a
     * document kept for later ({@link TermsMemo}) holds no strings of its own.
     */
    void add(Distinct document) {
      int[] ids = new int[document.terms().length];
      for (int t = 0; t < ids.length; t++) {
        String term = document.terms()[t];
        Integer id = provisional.get(term);
        if (id == null) {
          id = names.size();
          provisional.put(term, id);
          names.add(term);
        }
        document.terms()[t] = names.get(id);
        ids[t] = id;
      }
      // Left in the document's order, not sorted by provisional id: only the document
      // frequencies (a count) and the renumbering (which sorts) read them.
      documentCounts.add(new Counts(ids, document.counts()));
    }

    int documents() {
      return documentCounts.size();
    }

    private int[] rank() {
      if (rank == null) {
        Integer[] order = new Integer[names.size()];
        for (int i = 0; i < order.length; i++) {
          order[i] = i;
        }
        // names are distinct, so the order is total and the same on any number of cores
        Arrays.parallelSort(order, (x, y) -> names.get(x).compareTo(names.get(y)));
        rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
          rank[order[r]] = r;
        }
      }
      return rank;
    }

    Map<String, Integer> finalIds() {
      int[] r = rank();
      Map<String, Integer> ids = new HashMap<>(names.size() * 2);
      for (int i = 0; i < names.size(); i++) {
        ids.put(names.get(i), r[i]);
      }
      return ids;
    }

    int[] documentFrequency() {
      int[] r = rank();
      int[] df = new int[names.size()];
      for (Counts c : documentCounts) {
        for (int id : c.ids()) {
          df[r[id]]++;
        }
      }
      return df;
    }

    /**
     * Each document's counts in final ids, in the order the documents were added. Call it last:
     * the builder lets go of its own copy, which at scale is the largest thing it holds.
     */
    List<Counts> documentCounts() {
      int[] r = rank();
      // documents are renumbered independently, on every core, kept in order
      List<Counts> renumbered =
          new ArrayList<>(documentCounts.parallelStream().map(c -> renumbered(c, r)).toList());
      documentCounts.clear();
      return renumbered;
    }

    /** One document's counts in final ids, ascending. */
    private static Counts renumbered(Counts c, int[] r) {
      long[] packed = new long[c.ids().length];
      for (int x = 0; x < packed.length; x++) {
        packed[x] = ((long) r[c.ids()[x]] << 32) | c.counts()[x];
      }
      Arrays.sort(packed);
      int[] ids = new int[packed.length];
      int[] counts = new int[packed.length];
      for (int x = 0; x < packed.length; x++) {
        ids[x] = (int) (packed[x] >>> 32);
        counts[x] = (int) packed[x];
      }
      return new Counts(ids, counts);
    }

    TermWeights weights() {
      return new TermWeights(finalIds(), documentFrequency(), documents());
    }
  }

  /** One document's distinct terms (any order) and how often each occurs. */
  record Distinct(String[] terms, int[] counts) {
    /** The distinct terms of {@code terms} (repeats kept) with their counts, in no set order. */
    static Distinct of(List<String> terms) {
      // Counted in a hash map and left in its order: the builder's provisional ids are erased by
      // the ranking in sorted term order, so no result depends on it (it is deterministic all the
      // same: String hashes are specified). Sorting the terms of every body cost more than
      // counting them.
      Map<String, int[]> counts = new HashMap<>(Math.max(16, terms.size()));
      for (String term : terms) {
        counts.computeIfAbsent(term, t -> new int[1])[0]++;
      }
      String[] distinct = counts.keySet().toArray(new String[0]);
      int[] n = new int[distinct.length];
      for (int t = 0; t < distinct.length; t++) {
        n[t] = counts.get(distinct[t])[0];
      }
      return new Distinct(distinct, n);
    }
  }

  /** Sorted distinct values with their counts. */
  private static Counts runs(int[] ids) {
    int[] sorted = ids.clone();
    Arrays.sort(sorted);
    int distinct = 0;
    for (int x = 0; x < sorted.length; x++) {
      if (x == 0 || sorted[x] != sorted[x - 1]) {
        distinct++;
      }
    }
    int[] unique = new int[distinct];
    int[] counts = new int[distinct];
    int at = -1;
    for (int x = 0; x < sorted.length; x++) {
      if (x == 0 || sorted[x] != sorted[x - 1]) {
        unique[++at] = sorted[x];
      }
      counts[at]++;
    }
    return new Counts(unique, counts);
  }

  double idf(String term) {
    return idfOfDf(documentFrequency(term));
  }

  private double idfOfDf(int df) {
    return idf.of(df);
  }

  int documentFrequency(String term) {
    int id = id(term);
    return id < 0 ? 0 : documentFrequency[id];
  }

  /** How many documents hold the term of this id. */
  int documentFrequency(int id) {
    return documentFrequency[id];
  }

  /** The {@link Idf#step} of the document frequency of the term of this id. */
  int frequencyStep(int id) {
    return idf.step(documentFrequency[id]);
  }

  /** The {@link Idf#stepOf} the number of documents: with the frequency steps it decides weights. */
  int documentsStep() {
    return Idf.stepOf(documents);
  }

  /** The term's id (its rank in sorted order), or -1 when no document holds it. */
  int id(String term) {
    return idOf.getOrDefault(term, -1);
  }

  /** How many distinct terms the corpus holds: ids run from 0 below this. */
  int termCount() {
    return documentFrequency.length;
  }

  int documents() {
    return documents;
  }

  /** The unit TF-IDF vector of some terms, sub-linear term frequency (1 + ln tf). */
  SparseVector vector(List<String> terms) {
    int[] ids = new int[terms.size()];
    int known = 0;
    for (String term : terms) {
      int id = id(term);
      if (id >= 0) {
        ids[known++] = id;
      }
    }
    return vector(runs(Arrays.copyOf(ids, known)));
  }

  /**
   * {@link #vector(List)} of terms already looked up: {@code ids} holds each term's {@link #id},
   * -1 for an unknown term, in term order.
   */
  SparseVector vectorOfIds(int[] ids) {
    int[] known = new int[ids.length];
    int n = 0;
    for (int id : ids) {
      if (id >= 0) {
        known[n++] = id;
      }
    }
    return vector(runs(Arrays.copyOf(known, n)));
  }

  /** The unit TF-IDF vector of a document's term counts in this corpus's ids. */
  SparseVector vector(Counts counts) {
    double[] weights = new double[counts.ids().length];
    for (int x = 0; x < weights.length; x++) {
      weights[x] =
          (1 + Math.log(counts.counts()[x])) * idfOfDf(documentFrequency[counts.ids()[x]]);
    }
    return SparseVector.normalised(counts.ids(), weights);
  }
}
