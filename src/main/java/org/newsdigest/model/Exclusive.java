package org.newsdigest.model;

import java.util.List;

/** What only one source of an event reports: sentences whose content no other source carries. */
public record Exclusive(String source, List<String> sentences) {
  public Exclusive {
    sentences = List.copyOf(sentences);
  }
}
