package org.newsdigest.model;

import java.util.Locale;

/** The kinds of named entity the digest indexes. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANISATION,
  /**
   * A publisher of the digest's articles. Never an entity an article names (the extract stage
   * finds publishers as {@link Article#publisher()}, a news outlet named in a text is an
   * organisation); only the {@link EntityTable} has outlets.
   */
  OUTLET;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
