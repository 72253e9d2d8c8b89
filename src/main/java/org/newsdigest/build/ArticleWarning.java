package org.newsdigest.build;

/** Something an article was read with but could live with (no date, no title, odd charset). */
public record ArticleWarning(String source, String message) {
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
