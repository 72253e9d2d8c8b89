package org.newsdigest.model;

import java.util.List;

/**
 * Everything the site shows: the events, newest first (events without a date last).
 * Indexes by entity, outlet and date are derived from the events by the render stage.
 */
public record Digest(List<Event> events) {
  public Digest {
    events = List.copyOf(events);
  }
}
