package org.newsdigest.model;

import java.util.Objects;

/**
 * One file of the built site.
 *
 * @param path relative to the site root, '/' separated, never absolute and never with ".."
 * @param content the file's bytes
 */
public record Page(String path, byte[] content) {
  public Page {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(content, "content");
    if (path.isEmpty() || path.startsWith("/") || path.contains("\\")
        || java.util.Arrays.asList(path.split("/")).contains("..")) {
      throw new IllegalArgumentException("The page path '" + path + "' must be relative and stay inside the site.");
    }
  }
}
