package org.newsdigest.model;

import java.util.Locale;

/** The kinds of named entity the digest indexes. */
public enum EntityType {
  PERSON,
  PLACE,
  ORGANISATION;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
