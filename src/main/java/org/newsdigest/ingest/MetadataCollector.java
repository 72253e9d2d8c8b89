package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.model.DocumentMetadata;

/**
 * Gathers metadata while a reader walks one input; the first value a field gets wins, because
 * readers offer their most trustworthy source first. One instance per document, never shared.
 */
final class MetadataCollector {
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*");
  private static final Pattern TAG_EDGES = Pattern.compile("^[\\s\\-–—#|,;:]+|[\\s\\-–—|,;:]+$");

  private String outlet;
  private String byline;
  private String published;
  private String updated;
  private String url;
  private String language;
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?i)^(written |posted |reported )?by\\s+");

  private final Set<String> tags = new LinkedHashSet<>();

  void outlet(String value) {
    if (outlet == null) {
      outlet = Texts.blankToNull(value);
    }
  }

  void byline(String value) {
    if (byline == null) {
      String v = Texts.blankToNull(value);
      if (v != null) {
        v = BY_PREFIX.matcher(v).replaceFirst("");
      }
      byline = Texts.blankToNull(v);
    }
  }

  void published(String value) {
    if (published == null) {
      published = Texts.blankToNull(value);
    }
  }

  /** Replaces the publication date with what {@code correction} makes of it (null stays null). */
  void correctPublished(java.util.function.UnaryOperator<String> correction) {
    if (published != null) {
      published = Texts.blankToNull(correction.apply(published));
    }
  }

  /** The byline given so far, or null. */
  String byline() {
    return byline;
  }

  /** True once a publication date has been given. */
  boolean hasPublished() {
    return published != null;
  }

  void updated(String value) {
    if (updated == null) {
      updated = Texts.blankToNull(value);
    }
  }

  void url(String value) {
    if (url == null) {
      url = Texts.blankToNull(value);
    }
  }

  /** Keeps the value only when it is a language tag ("en", "pt-BR"), normalised to '-'. */
  void language(String value) {
    String v = Texts.blankToNull(value);
    if (language == null && v != null && LANGUAGE_TAG.matcher(v).matches()) {
      language = v.replace('_', '-');
    }
  }

  /** Adds items of a comma/semicolon/pipe separated list, dropping empty and duplicate ones. */
  void tagList(String value) {
    if (value == null) {
      return;
    }
    for (String item : value.split("[,;|]")) {
      tag(item);
    }
  }

  void tag(String value) {
    String v = Texts.blankToNull(value);
    if (v == null) {
      return;
    }
    String tag = TAG_EDGES.matcher(v).replaceAll("");
    if (!tag.isEmpty() && tags.stream().noneMatch(t -> t.equalsIgnoreCase(tag))) {
      tags.add(tag);
    }
  }

  DocumentMetadata build() {
    return new DocumentMetadata(
        outlet, byline, published, updated, url, language, new ArrayList<>(tags));
  }

}
