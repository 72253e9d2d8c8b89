package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * One person, place, organisation or outlet across the whole digest: a row of the {@link
 * EntityTable}.
 *
 * @param key stable within a build of the same articles: the type's id and the slug of the name
 *     ("person:steve-cooley"), numbered when two entities share one
 * @param type what it is
 * @param name the spelling to show: mixed case before shouted, then the one most sources used
 * @param names every spelling an event's participant of it was shown as, the name among them
 * @param aliases every other form its articles used ("Cooley", "Mr Cooley")
 */
public record DigestEntity(
    String key, EntityType type, String name, List<String> names, List<String> aliases) {
  public DigestEntity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    names = List.copyOf(names);
    aliases = List.copyOf(aliases);
  }
}
