package org.newsdigest.model;

import java.util.List;

/**
 * Everything the site shows: the events, newest first (events without a date last), and the
 * storylines that link some of them. Indexes by entity, outlet and date are derived from the
 * events by the render stage.
 *
 * @param events every event, newest first
 * @param storylines the stories linking events, newest activity first; each event in at most one
 */
public record Digest(List<Event> events, List<Storyline> storylines) {
  public Digest {
    events = List.copyOf(events);
    storylines = storylines == null ? List.of() : List.copyOf(storylines);
  }

  /** A digest without storylines. */
  public Digest(List<Event> events) {
    this(events, List.of());
  }
}
