package org.newsdigest.build;

import org.newsdigest.ingest.UnreadableInputException;

/**
 * An input file that did not become an article, and why: the kind of reason, for code that acts
 * on it, and the reason in words, for the user.
 */
public record Skipped(String source, Kind kind, String reason) {
  /** Why a file gave no article. */
  public enum Kind {
    /** The file could not be opened or read, or the walk passed it over (a link, a pipe). */
    NOT_READ,
    /** Empty, binary, nothing visible, no article found: not an article. */
    NOT_AN_ARTICLE,
    /** A shape no article has, refused on purpose (nesting thousands deep). */
    REFUSED,
    /** A reader failed on it: a bug of ours. */
    READER_FAILED,
    /** The extractor failed on one of its articles: a bug of ours. */
    EXTRACTOR_FAILED;

    /** Whether the file was lost to a bug of ours rather than to what it holds. */
    public boolean internal() {
      return this == READER_FAILED || this == EXTRACTOR_FAILED;
    }

    static Kind of(UnreadableInputException.Kind unreadable) {
      return switch (unreadable) {
        case NOT_AN_ARTICLE -> NOT_AN_ARTICLE;
        case REFUSED -> REFUSED;
        case READER_FAILED -> READER_FAILED;
      };
    }
  }

  @Override
  public String toString() {
    return source + ": " + reason;
  }
}
