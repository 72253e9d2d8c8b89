package org.newsdigest.model;

import java.util.List;

/** A quote as it appears in an event: the words once, with every source that carries them. */
public record EventQuote(String text, List<String> sources) {
  public EventQuote {
    sources = List.copyOf(sources);
  }
}
