package org.newsdigest.model;

import java.util.Locale;

/** The shape an input file came in; each has its own reader in {@code ingest}. */
public enum InputFormat {
  TEXT,
  MARKDOWN,
  HTML,
  FEED;

  /** The lower-case name used in JSON output and on pages ({@code "text"}, {@code "markdown"}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
