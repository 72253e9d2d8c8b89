package org.newsdigest.model;

import java.util.List;

/**
 * Everything the site shows: the events, newest first (events without a date last), the
 * storylines that link some of them, and who is who across them. Indexes by outlet, tag and date
 * are derived from the events by the render stage.
 *
 * @param events every event, newest first
 * @param storylines the stories linking events, newest activity first; each event in at most one
 * @param entities the entity table of exactly these events, or {@link EntityTable#EMPTY} when the
 *     digest was put together without the entity stage (the render then resolves it)
 */
public record Digest(List<Event> events, List<Storyline> storylines, EntityTable entities) {
  public Digest {
    events = List.copyOf(events);
    storylines = storylines == null ? List.of() : List.copyOf(storylines);
    entities = entities == null ? EntityTable.EMPTY : entities;
  }

  /** A digest without an entity table. */
  public Digest(List<Event> events, List<Storyline> storylines) {
    this(events, storylines, EntityTable.EMPTY);
  }

  /** A digest without storylines or entity table. */
  public Digest(List<Event> events) {
    this(events, List.of());
  }
}
