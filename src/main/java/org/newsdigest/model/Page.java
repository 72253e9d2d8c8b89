package org.newsdigest.model;

import java.util.Objects;

/**
 * One file of the built site.
 *
 * @param path relative to the site root, '/' separated, never absolute and never with ".."
 * @param content the file's bytes
 * @param inputs a 16-byte fingerprint of everything the content was made from (for a template
 *     page, the template's name and the data it was given), so a later build that would make the
 *     page from the same inputs can keep it instead ({@link PageSink#keep}); null when not known
 */
public record Page(String path, byte[] content, byte[] inputs) {
  public Page {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || java.util.Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("The page path '" + path + "' must be relative and stay inside the site.");
    }
  }

  /** A page whose inputs are not known. */
  public Page(String path, byte[] content) {
    this(path, content, null);
  }
}
