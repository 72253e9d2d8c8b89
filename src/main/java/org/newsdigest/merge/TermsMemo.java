package org.newsdigest.merge;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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

  /** The terms of {@code article} as the last merge counted them, or null. */
  TermWeights.Distinct known(Article article) {
    return last.get(article);
  }

  /** Keeps these articles' terms (in the same order) for the next merge, forgetting the rest. */
  void keep(List<Article> articles, List<TermWeights.Distinct> terms) {
    Map<Article, TermWeights.Distinct> next = new IdentityHashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      next.put(articles.get(i), terms.get(i));
    }
    last = next;
  }
}
