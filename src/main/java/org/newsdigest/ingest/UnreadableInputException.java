package org.newsdigest.ingest;

/**
 * An input file that cannot be read as an article at all (empty, binary, no text). The build
 * skips it and reports {@link #getMessage()}, which names the reason, not the file: the caller
 * knows the file.
 */
public final class UnreadableInputException extends Exception {
  public UnreadableInputException(String reason) {
    super(reason);
  }
}
