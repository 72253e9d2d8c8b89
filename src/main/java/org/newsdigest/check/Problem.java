package org.newsdigest.check;

import java.util.Objects;

/**
 * One thing wrong with a built site.
 *
 * @param path the file it was found in, relative to the site root and '/' separated ("." for
 *     the site folder itself)
 * @param message what is wrong, naming the link, element or field concerned
 */
public record Problem(String path, String message) {
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  /** The form the command prints: {@code path: message}. */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
