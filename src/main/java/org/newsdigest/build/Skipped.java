package org.newsdigest.build;

/** An input file that did not become an article, and why. */
public record Skipped(String source, String reason) {
  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
