package org.newsdigest.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.text.NameKeys;

/**
 * Who is who across the digest, decided once after the merge: every person, place, organisation
 * and outlet with its stable key, its spellings, which participant of which event it is, and
 * which outlet published which article. The pages read it; none decides again whether two names
 * are one entity. Immutable.
 */
public final class EntityTable {
  /** The table of a digest without events. */
  public static final EntityTable EMPTY =
      new EntityTable(List.of(), List.of(), List.of(), Map.of());

  private final List<DigestEntity> entities;
  private final List<Map<String, String>> participants;
  private final List<Map<String, String>> spellings;
  private final Map<String, String> publishers;
  private final Map<String, DigestEntity> byKey = new LinkedHashMap<>();
  /** "person:steve cooley" to the first entity shown under that spelling. */
  private final Map<String, DigestEntity> byName = new HashMap<>();

  /**
   * @param entities every entity, in the order their first spelling's key sorts
   * @param participants per event, in the digest's order: each participant key to its entity key
   * @param spellings per event: each spelling ({@link #spelling}) its participants go by, names
   *     and aliases, to the entity; a spelling two of the event's entities share is left out
   * @param publishers each article's source ({@link Article#source()}) to the key of the outlet
   *     that published it, for the articles whose outlet is known
   */
  public EntityTable(List<DigestEntity> entities, List<Map<String, String>> participants,
      List<Map<String, String>> spellings, Map<String, String> publishers) {
    this.entities = List.copyOf(entities);
    this.participants = participants.stream().map(Map::copyOf).toList();
    this.spellings = spellings.stream().map(Map::copyOf).toList();
    this.publishers = Map.copyOf(publishers);
    for (DigestEntity entity : this.entities) {
      if (byKey.put(entity.key(), entity) != null) {
        throw new IllegalArgumentException("The entity key '" + entity.key() + "' appears twice.");
      }
      for (String name : entity.names()) {
        byName.putIfAbsent(spelling(entity.type(), name), entity);
      }
    }
  }

  /** How a name of a type is looked up: "person:steve cooley" ({@link NameKeys#key}). */
  public static String spelling(EntityType type, String name) {
    return type.id() + ":" + NameKeys.key(name);
  }

  public List<DigestEntity> entities() {
    return entities;
  }

  /**
   * Whether this is the table of exactly {@code events}: every participant of each with a name
   * (letters or digits) has its entity, and every article with a named outlet its publisher.
   */
  public boolean covers(List<Event> events) {
    if (participants.size() != events.size()) {
      return false;
    }
    for (int i = 0; i < events.size(); i++) {
      for (Participant participant : events.get(i).participants()) {
        if (!participants.get(i).containsKey(participant.key())
            && !NameKeys.key(participant.name()).isEmpty()) {
          return false;
        }
      }
      for (Article article : events.get(i).articles()) {
        if (!publishers.containsKey(article.source()) && article.outlet() != null
            && !NameKeys.key(article.outlet()).isEmpty()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The outlet that published the article with this source, or null when none is known. */
  public DigestEntity publisher(String source) {
    String key = source == null ? null : publishers.get(source);
    return key == null ? null : byKey.get(key);
  }

  /** The entity of participant {@code participantKey} of the {@code event}-th event, or null. */
  public DigestEntity ofParticipant(int event, String participantKey) {
    if (event < 0 || event >= participants.size()) {
      return null;
    }
    String key = participants.get(event).get(participantKey);
    return key == null ? null : byKey.get(key);
  }

  /**
   * The entity an article of the {@code event}-th event means by {@code name}: the participant of
   * that event that goes by it (the merge joined "Mark Heller" into "Mark Jay Heller"), else the
   * entity shown under that spelling anywhere; null when none.
   */
  public DigestEntity named(int event, EntityType type, String name) {
    String spelling = spelling(type, name);
    String key = event >= 0 && event < spellings.size() ? spellings.get(event).get(spelling) : null;
    return key != null ? byKey.get(key) : byName.get(spelling);
  }

  /** The entity under {@code key}, or null. */
  public DigestEntity get(String key) {
    return byKey.get(key);
  }
}
