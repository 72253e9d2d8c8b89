package org.newsdigest.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, place or organisation named in an article, with every form of its name the
 * article used folded into one entity ("Volodymyr Zelenskyy", "Zelenskyy").
 *
 * @param key stable identity within the article, e.g. {@code person:volodymyr-zelenskyy}
 * @param type what it is
 * @param name the fullest form of the name the article used
 * @param aliases the other forms used, without {@code name}
 * @param role the role the article gives it ("French President"), or null
 */
public record Entity(String key, EntityType type, String name, List<String> aliases, String role) {
  public Entity {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
  }
}
