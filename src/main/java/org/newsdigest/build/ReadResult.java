package org.newsdigest.build;

import java.util.List;
import org.newsdigest.model.Article;

/**
 * The articles understood from a set of input files, the files that gave none, and what the user
 * should know about the folder itself (a wrong line in its outlet list).
 */
public record ReadResult(int filesFound, List<Article> articles, List<Skipped> skipped,
    List<String> notices) {
  public ReadResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    notices = List.copyOf(notices);
  }

  public ReadResult(int filesFound, List<Article> articles, List<Skipped> skipped) {
    this(filesFound, articles, skipped, List.of());
  }

  public List<ArticleWarning> warnings() {
    return articles.stream()
        .flatMap(a -> a.warnings().stream().map(w -> new ArticleWarning(a.source(), w)))
        .toList();
  }
}
