package org.newsdigest.bench;

import org.newsdigest.model.Article;

/** The language a benchmark groups an article's score under: its primary tag, or "unknown". */
final class Languages {
  private Languages() {}

  static String of(Article article) {
    if (article == null || article.language() == null || article.language().isBlank()) {
      return "unknown";
    }
    String primary = org.newsdigest.text.LanguageGuess.primary(article.language());
    return primary.isEmpty() ? "unknown" : primary;
  }
}
