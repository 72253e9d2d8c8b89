package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * Events that follow one another in one real-world story (a shooting, the arrest, the trial),
 * linked by the participants and themes they share.
 *
 * @param slug a stable, URL-safe name, unique among the digest's storylines
 *     ("carlos-mazon-2024-10"): the story's rarest shared participants and the month it began
 * @param title what the story is called: the title of its most central event
 * @param events its events, oldest first (undated events last); at least two, each event in at
 *     most one storyline of a digest
 * @param shared the display names of the participants that tie the events together, most
 *     widely shared first
 */
public record Storyline(String slug, String title, List<Event> events, List<String> shared) {
  public Storyline {
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(title, "title");
    events = List.copyOf(events);
    shared = List.copyOf(shared);
    if (events.size() < 2) {
      throw new IllegalArgumentException(
          "The storyline '" + slug + "' has " + events.size() + " event(s); it needs at least two.");
    }
  }
}
