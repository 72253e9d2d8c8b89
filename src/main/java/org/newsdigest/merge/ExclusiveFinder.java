package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.model.Article;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.Sentence;

/**
 * What each source of an event alone reports: sentences most of whose content terms (words,
 * numbers, names) appear in no other source of the event. At most three per source, the most
 * novel ones, shown in text order.
 */
final class ExclusiveFinder {
  private static final int MAX_PER_SOURCE = 3;
  private static final int MIN_NOVEL_TERMS = 3;
  private static final double MIN_NOVEL_SHARE = 0.5;

  private final Terms terms;
  private final SentenceFilter filter = new SentenceFilter();

  ExclusiveFinder(Terms terms) {
    this.terms = terms;
  }

  private record Novel(int position, String text, double share) {}

  /**
   * @param eventArticles the event's independent articles: a syndicated copy shares its
   *     original's text, so counting it would leave the original nothing of its own, and what a
   *     copy carries is never "only in" it
   */
  List<Exclusive> find(List<Article> eventArticles) {
    List<Exclusive> exclusives = new ArrayList<>();
    if (eventArticles.size() < 2) {
      return exclusives;
    }
    // Each source's terms are read once and counted: a term is in "the others" when a source
    // other than this one holds it. Rebuilding the others' union per source cost k² readings.
    List<Set<String>> termsOf = new ArrayList<>();
    Map<String, Integer> holders = new HashMap<>(); // looked up only
    for (Article article : eventArticles) {
      Set<String> own = new HashSet<>(terms.of(article.title()));
      own.addAll(terms.of(article.bodyText()));
      termsOf.add(own);
      own.forEach(t -> holders.merge(t, 1, Integer::sum));
    }
    for (int a = 0; a < eventArticles.size(); a++) {
      Article article = eventArticles.get(a);
      Set<String> own = termsOf.get(a);
      List<Novel> novel = new ArrayList<>();
      List<Sentence> sentences = article.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (!filter.usable(article, sentences.get(i))) {
          continue;
        }
        Set<String> content = new TreeSet<>(terms.of(sentences.get(i).text()));
        Set<String> fresh = new TreeSet<>();
        for (String term : content) {
          if (holders.getOrDefault(term, 0) - (own.contains(term) ? 1 : 0) == 0) {
            fresh.add(term);
          }
        }
        double share = content.isEmpty() ? 0 : fresh.size() / (double) content.size();
        if (fresh.size() >= MIN_NOVEL_TERMS && share >= MIN_NOVEL_SHARE) {
          novel.add(new Novel(i, sentences.get(i).text().trim(), share));
        }
      }
      List<Novel> kept =
          novel.stream()
              .sorted(Comparator.comparingDouble((Novel n) -> -n.share()).thenComparingInt(Novel::position))
              .limit(MAX_PER_SOURCE)
              .sorted(Comparator.comparingInt(Novel::position))
              .toList();
      if (!kept.isEmpty()) {
        exclusives.add(new Exclusive(article.source(), kept.stream().map(Novel::text).toList()));
      }
    }
    return exclusives;
  }
}
