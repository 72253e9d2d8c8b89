package org.newsdigest.model;

import java.util.List;

/**
 * Metadata as an input stated it, still as text: the extract stage interprets it (dates are
 * parsed there, against the rest of the article). Every field but {@code tags} may be null.
 *
 * @param outlet the publication or site name ("Source: ...", front matter {@code source}, og:site_name)
 * @param byline the author line without its leading "By"
 * @param published the publication date as written ("January 6, 2026", "2026-01-06T10:00:00Z")
 * @param updated a later date the input states (modification, "Document Date: ...")
 * @param url the article's canonical address, if the input gives one
 * @param language a BCP 47 language tag, if the input gives one
 * @param tags categories and tags, in input order, without duplicates
 */
public record DocumentMetadata(
    String outlet,
    String byline,
    String published,
    String updated,
    String url,
    String language,
    List<String> tags) {
  public static final DocumentMetadata EMPTY =
      new DocumentMetadata(null, null, null, null, null, null, List.of());

  public DocumentMetadata {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }
}
