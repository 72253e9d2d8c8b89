package org.newsdigest.model;

import java.util.Locale;

/** What sort of outlet published an article. */
public enum OutletKind {
  /** A news agency whose stories other outlets run: Reuters, AP, AFP, dpa, Xinhua. */
  WIRE,
  /** A newspaper, in print or on the web under its paper's name. */
  NEWSPAPER,
  /** A television or radio broadcaster, public or private, and its news site. */
  BROADCASTER,
  /** A weekly or monthly magazine. */
  MAGAZINE,
  /** A news site with no paper or channel behind it. */
  ONLINE,
  /** A blog or a one-person newsletter. */
  BLOG;

  /** The lower-case word used in files and on pages ({@code "wire"}, {@code "newspaper"}, ...). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind whose {@link #id()} is {@code word} (any case, surrounding space ignored), or null. */
  public static OutletKind of(String word) {
    if (word == null) {
      return null;
    }
    String id = word.strip().toLowerCase(Locale.ROOT);
    for (OutletKind kind : values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    return null;
  }
}
