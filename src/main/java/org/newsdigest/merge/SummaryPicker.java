package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Sentence;
import org.newsdigest.model.SummarySentence;

/**
 * An extractive summary: verbatim sentences from the sources, chosen by centrality (cosine to
 * the event's centroid, with a nudge for lead sentences where news states the essentials) and
 * maximal marginal relevance so that the second sentence does not repeat the first.
 */
final class SummaryPicker {
  private static final int MAX_SENTENCES = 3;
  private static final double LAMBDA = 0.7;
  private static final double LEAD_BONUS = 0.1;
  private static final double NEAR_DUPLICATE = 0.8;

  private final Corpus corpus;
  private final SentenceFilter filter = new SentenceFilter();

  SummaryPicker(Corpus corpus) {
    this.corpus = corpus;
  }

  /** What may stand between a dateline and its story: an agency, then a dash or a colon. */
  private static final Pattern AFTER_DATELINE =
      Pattern.compile("^\\s*(?:\\([^)]{1,40}\\)\\s*)?(?:[-–—]{1,2}|:)?\\s*");

  /**
   * The sentence without the article's dateline ("Paris, January 06 (QNA) – European allies
   * met" gives "European allies met"): a summary speaks for several sources, and one wire's
   * filing place and day read as noise there. Otherwise verbatim.
   */
  static String withoutDateline(Article article, String sentence) {
    if (article.dateline() == null || article.dateline().text() == null
        || article.dateline().text().isBlank()
        || !sentence.startsWith(article.dateline().text())) {
      return sentence;
    }
    String rest = sentence.substring(article.dateline().text().length());
    rest = AFTER_DATELINE.matcher(rest).replaceFirst("");
    return rest.isBlank() ? sentence : rest;
  }

  private record Candidate(String text, String source, SparseVector vector, double centrality) {}

  List<SummarySentence> pick(List<Article> eventArticles, SparseVector centroid) {
    List<Candidate> candidates = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    for (Article article : eventArticles) {
      int position = 0;
      for (Sentence sentence : article.sentences()) {
        boolean lead = position++ < 2;
        if (!filter.usable(article, sentence) || !seen.add(Names.fold(sentence.text()))) {
          continue;
        }
        String text = withoutDateline(article, sentence.text().trim());
        SparseVector vector = corpus.weights().vector(corpus.terms().of(text));
        if (vector.isEmpty()) {
          continue;
        }
        double centrality = vector.cosine(centroid) + (lead ? LEAD_BONUS : 0);
        candidates.add(new Candidate(text, article.source(), vector, centrality));
      }
    }
    List<Candidate> chosen = new ArrayList<>();
    while (chosen.size() < MAX_SENTENCES) {
      Candidate best = null;
      double bestScore = Double.NEGATIVE_INFINITY;
      for (Candidate c : candidates) {
        if (chosen.contains(c)) {
          continue;
        }
        double redundancy = 0;
        for (Candidate s : chosen) {
          redundancy = Math.max(redundancy, c.vector().cosine(s.vector()));
        }
        if (redundancy >= NEAR_DUPLICATE) {
          continue;
        }
        double score = LAMBDA * c.centrality() - (1 - LAMBDA) * redundancy;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
    }
    return chosen.stream().map(c -> new SummarySentence(c.text(), c.source())).toList();
  }
}
