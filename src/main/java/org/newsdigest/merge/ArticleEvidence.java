package org.newsdigest.merge;

import java.util.List;
import java.util.Set;
import org.newsdigest.model.Article;

/**
 * What the merger knows about one article: when and where its event happened, its term
 * vector, and its resolved entities.
 *
 * @param article the article
 * @param date the event date, or null when nothing tells
 * @param place where its event happened as the article names it, or null
 * @param placeForms the folded forms (name and aliases) of {@code place}
 * @param allPlaceForms the folded forms of every place the article names
 * @param terms the article's content terms (headline terms repeated for weight)
 * @param vector the TF-IDF vector of {@code terms}
 * @param entityGroups the resolved entity groups the article names (see {@link EntityResolution})
 */
record ArticleEvidence(
    Article article,
    EventDate date,
    String place,
    Set<String> placeForms,
    Set<String> allPlaceForms,
    List<String> terms,
    SparseVector vector,
    Set<Integer> entityGroups) {

  String source() {
    return article.source();
  }
}
