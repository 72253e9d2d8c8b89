package org.newsdigest.merge;

import java.math.BigDecimal;
import java.util.Map;
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
 * @param placeScope the folded forms of {@code place} and of every place it lies in (see {@link
 *     org.newsdigest.text.Gazetteer#selfAndAncestors})
 * @param placeCountries the countries {@code place} lies in (see {@link
 *     org.newsdigest.text.Gazetteer#countriesOf}), or empty
 * @param allPlaceForms the folded forms of every place the article names
 * @param vector the TF-IDF vector of the article's content terms (headline terms repeated for
 *     weight); its ids are the article's distinct terms (see {@link TermWeights#id})
 * @param entityGroups the resolved entity groups the article names (see {@link EntityResolution})
 * @param mainPeople the groups of the people the article is about: named in a stated headline,
 *     or named most and at least {@link EvidenceReader#MAIN_PERSON_MENTIONS} times
 * @param leadNumbers the numbers the lead states, by unit ("pirates" to {23})
 */
record ArticleEvidence(
    Article article,
    EventDate date,
    String place,
    Set<String> placeForms,
    Set<String> placeScope,
    Set<String> placeCountries,
    Set<String> allPlaceForms,
    SparseVector vector,
    Set<Integer> entityGroups,
    Set<Integer> mainPeople,
    Map<String, Set<BigDecimal>> leadNumbers) {

  String source() {
    return article.source();
  }
}
