package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.newsdigest.model.Article;

/**
 * Each article's distinct terms and their counts from a merger's last merge, by article object:
 * an article's terms depend on nothing but the article, and in {@code serve --watch} an
 * unchanged file keeps its object, so a rebuild tokenises only the articles that changed. The
 * terms kept are the corpus builder's own instances ({@link TermWeights.Builder#add(
 * TermWeights.Distinct)}), shared by every article naming them.
 *
 * <p>Thread-safe for lookups from every core while a merge reads; {@link #keep} runs once per
 * merge, after them.
 */
final class TermsMemo {
  private volatile Map<Article, TermWeights.Distinct> last = new IdentityHashMap<>();
  private final LongAdder taken = new LongAdder();

  /** The terms of {@code article} as the last merge counted them, or null. */
  TermWeights.Distinct known(Article article) {
    TermWeights.Distinct known = last.get(article);
    if (known != null) {
      taken.increment();
    }
    return known;
  }

  /** How many articles' terms {@link #known} gave since the last call. */
  long takeTakenCount() {
    return taken.sumThenReset();
  }

  /** Keeps these articles' terms (in the same order) for the next merge, forgetting the rest. */
  void keep(List<Article> articles, List<TermWeights.Distinct> terms) {
    Map<Article, TermWeights.Distinct> next = new IdentityHashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      next.put(articles.get(i), terms.get(i));
    }
    last = next;
  }

  /** The terms of {@code articles} as the last merge counted them, null for an article it did not. */
  List<MergeMemory.Terms> of(List<Article> articles) {
    Map<Article, TermWeights.Distinct> terms = last;
    List<MergeMemory.Terms> found = new ArrayList<>(articles.size());
    for (Article article : articles) {
      TermWeights.Distinct distinct = article == null ? null : terms.get(article);
      found.add(distinct == null ? null : new MergeMemory.Terms(distinct.terms(), distinct.counts()));
    }
    return found;
  }

  /** Takes the terms of a memory kept by another process ({@link MergeMemory}) as the last merge's. */
  void recall(MergeMemory memory) {
    Map<Article, TermWeights.Distinct> next = new IdentityHashMap<>(memory.articles().size() * 2);
    for (int i = 0; i < memory.articles().size(); i++) {
      Article article = memory.articles().get(i);
      MergeMemory.Terms terms = memory.terms().get(i);
      if (article != null && terms != null) {
        // Copied: the corpus builder replaces each term with its own instance, in place.
        next.put(article, new TermWeights.Distinct(terms.terms().clone(), terms.counts()));
      }
    }
    last = next;
  }
}
