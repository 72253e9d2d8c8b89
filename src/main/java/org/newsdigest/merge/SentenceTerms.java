package org.newsdigest.merge;

import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.model.Sentence;
import org.newsdigest.text.TextWords;

/**
 * One article's sentences as the summary and the exclusives both read them: whether each can
 * stand alone, its folded text, its content terms and their ids. Both used to fold, split and
 * look up the same sentences each on their own, which cost a large share of an event's assembly.
 * Each value is computed the first time it is asked for, with exactly the calls the readers made
 * before, so what they decide is unchanged. One per article per assembly; not thread-safe.
 *
 * <p>It also tells whether any term looked up was not one of the article's own (its vector's):
 * such a term's weight, or whether it has one, depends on articles outside the event, which
 * the memo of an event's assembly ({@link AssemblyMemo}) does not key on.
 */
final class SentenceTerms {
  private final Article article;
  private final SparseVector own;
  private final Terms terms;
  private final TermWeights weights;
  private final SentenceFilter filter;
  /** 0 not yet read, 1 usable, 2 not usable. */
  private final byte[] usable;
  private final String[] folded;
  private final List<?>[] termsOf;
  private final int[][] idsOf;
  private boolean readOthersTerms;

  /** @param own the article's vector: its terms are those that are its own */
  SentenceTerms(Article article, SparseVector own, Terms terms, TermWeights weights,
      SentenceFilter filter) {
    this.article = article;
    this.own = own;
    this.terms = terms;
    this.weights = weights;
    this.filter = filter;
    int n = article.sentences().size();
    this.usable = new byte[n];
    this.folded = new String[n];
    this.termsOf = new List<?>[n];
    this.idsOf = new int[n][];
  }

  Article article() {
    return article;
  }

  /** {@link SentenceFilter#usable} of sentence {@code i}. */
  boolean usable(int i) {
    if (usable[i] == 0) {
      usable[i] = filter.usable(article, sentence(i)) ? (byte) 1 : (byte) 2;
    }
    return usable[i] == 1;
  }

  /** {@link TextWords#fold} of sentence {@code i}'s text (folding trims: trimmed text folds alike). */
  String folded(int i) {
    if (folded[i] == null) {
      folded[i] = TextWords.fold(sentence(i).text());
    }
    return folded[i];
  }

  /** {@link Terms#of} sentence {@code i}'s text; the caller must not change the list. */
  @SuppressWarnings("unchecked")
  List<String> terms(int i) {
    if (termsOf[i] == null) {
      termsOf[i] = terms.ofFolded(folded(i));
    }
    return (List<String>) termsOf[i];
  }

  /** The id of each of {@link #terms}, in the same order, -1 for a term no document holds. */
  int[] ids(int i) {
    if (idsOf[i] == null) {
      idsOf[i] = idsOf(terms(i));
    }
    return idsOf[i];
  }

  /** {@link TermWeights#vector(List)} of some terms of this article's text. */
  SparseVector vector(List<String> terms) {
    return weights.vectorOfIds(idsOf(terms));
  }

  /**
   * Whether a term looked up so far is not among the article's own: a term of a sentence is
   * almost always a term of its body, but folding a sentence alone can join or split a word
   * differently at its edges.
   */
  boolean readOthersTerms() {
    return readOthersTerms;
  }

  private int[] idsOf(List<String> terms) {
    int[] ids = new int[terms.size()];
    for (int t = 0; t < ids.length; t++) {
      ids[t] = weights.id(terms.get(t));
      if (ids[t] < 0 || !own.holds(ids[t])) {
        readOthersTerms = true;
      }
    }
    return ids;
  }

  private Sentence sentence(int i) {
    return article.sentences().get(i);
  }
}
