package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    for (Article article : eventArticles) {
      Set<String> others = new TreeSet<>();
      for (Article other : eventArticles) {
        if (other != article) {
          others.addAll(terms.of(other.title()));
          others.addAll(terms.of(other.bodyText()));
        }
      }
      List<Novel> novel = new ArrayList<>();
      List<Sentence> sentences = article.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        if (!filter.usable(article, sentences.get(i))) {
          continue;
        }
        Set<String> content = new TreeSet<>(terms.of(sentences.get(i).text()));
        Set<String> fresh = new TreeSet<>(content);
        fresh.removeAll(others);
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
