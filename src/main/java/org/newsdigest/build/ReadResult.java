package org.newsdigest.build;

import java.util.List;
import org.newsdigest.model.Article;

/** The articles understood from a set of input files, and the files that gave none. */
public record ReadResult(int filesFound, List<Article> articles, List<Skipped> skipped) {
  public ReadResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }

  public List<ArticleWarning> warnings() {
    return articles.stream()
        .flatMap(a -> a.warnings().stream().map(w -> new ArticleWarning(a.source(), w)))
        .toList();
  }
}
