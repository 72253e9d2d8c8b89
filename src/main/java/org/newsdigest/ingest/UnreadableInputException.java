package org.newsdigest.ingest;

/**
 * An input file that cannot be read as an article at all (empty, binary, no text). The build
 * skips it and reports {@link #getMessage()}, which names the reason, not the file: the caller
 * knows the file. Its {@link Kind} tells a file that is no article from one refused for its
 * shape and from a reader that failed on it, which is a bug of ours.
 */
public final class UnreadableInputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why the file gave no article. */
  public enum Kind {
    /** Empty, binary, nothing visible, a feed without items: not an article. */
    NOT_AN_ARTICLE,
    /** A shape no article has and a reader must not follow (nesting thousands deep). */
    REFUSED,
    /** A reader failed on the file: a bug of ours, wrapped so the build goes on. */
    READER_FAILED
  }

  private final Kind kind;

  /** A file that is not an article. */
  public UnreadableInputException(String reason) {
    this(Kind.NOT_AN_ARTICLE, reason);
  }

  public UnreadableInputException(Kind kind, String reason) {
    super(reason);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }
}
