package org.newsdigest.merge;

import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Entry point of the merge stage: groups articles that report the same real-world event and
 * merges each group into one {@link Event}. Every article lands in exactly one event. The
 * result does not depend on the order of the input list. Immutable, thread-safe.
 */
public final class EventMerger {

  /** The events, newest first (undated last), each with its articles earliest first. */
  public List<Event> merge(List<Article> articles) {
    throw new UnsupportedOperationException("TODO");
  }
}
