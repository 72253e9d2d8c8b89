package org.newsdigest.model;

import java.util.Objects;

/**
 * An article of an event whose text is (near-)verbatim another article's: wire copy republished
 * by a second outlet. A copy is coverage, but not independent coverage: it adds no agreement to
 * facts, no voice to quotes and no sentence to the summary.
 *
 * @param source the copy's {@link Article#source()}
 * @param original the {@link Article#source()} of the article it copies: the earliest published
 *     of the texts it shares, never itself a copy
 * @param containment the share of the shorter text's word sequences the longer one also holds,
 *     0..1, rounded to two places
 */
public record SyndicatedCopy(String source, String original, double containment) {
  public SyndicatedCopy {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(original, "original");
    if (source.equals(original)) {
      throw new IllegalArgumentException("The article '" + source + "' cannot copy itself.");
    }
  }
}
