package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organisation of an event, resolved across its articles.
 *
 * @param key event-wide identity, e.g. {@code person:volodymyr-zelenskyy}
 * @param type what it is
 * @param name the display name (the fullest form any source used)
 * @param aliases the other forms the sources used
 * @param role the role the sources give it, or null
 * @param sources the {@link Article#source()} of each article naming it, in event order
 */
public record Participant(
    String key, EntityType type, String name, List<String> aliases, String role, List<String> sources) {
  public Participant {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    sources = List.copyOf(sources);
  }
}
