package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Participant;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.UniqueNames;

/**
 * Builds an event's participants from the resolved entity groups its articles name: the fullest
 * name, every other form as an alias, the most frequent role (longest on a tie), the sources in
 * event order. Most-mentioned first.
 */
final class ParticipantBuilder {
  private final EntityResolution entities;

  ParticipantBuilder(EntityResolution entities) {
    this.entities = entities;
  }

  /** Participants by entity group, in display order (most mentioned first). */
  Map<Integer, Participant> build(List<Article> eventArticles) {
    Map<Integer, List<Entity>> byGroup = new TreeMap<>();
    Map<Integer, Set<String>> sources = new TreeMap<>();
    Map<Integer, Integer> mentions = new TreeMap<>();
    for (Article article : eventArticles) {
      Map<String, Integer> mentionCount = new TreeMap<>();
      article.mentions().forEach(m -> mentionCount.merge(m.entityKey(), 1, Integer::sum));
      for (Entity entity : article.entities()) {
        int group = entities.groupOf(article.source(), entity.key());
        byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(entity);
        sources.computeIfAbsent(group, g -> new LinkedHashSet<>()).add(article.source());
        mentions.merge(group, Math.max(1, mentionCount.getOrDefault(entity.key(), 0)), Integer::sum);
      }
    }
    List<Participant> participants = new ArrayList<>();
    Map<Participant, Integer> groupOf = new LinkedHashMap<>();
    UniqueNames usedKeys = new UniqueNames();
    for (Map.Entry<Integer, List<Entity>> e : byGroup.entrySet()) {
      List<Entity> members = e.getValue();
      Set<String> names = new LinkedHashSet<>();
      for (Entity entity : members) {
        names.add(entity.name());
        names.addAll(entity.aliases());
      }
      String name = names.stream().min(EntityResolution.FULLEST_FIRST).orElseThrow();
      List<String> aliases = names.stream().filter(n -> !n.equals(name)).toList();
      String key = usedKeys.claim(members.get(0).type().id() + ":" + Slugs.keyOf(name));
      Participant participant =
          new Participant(key, members.get(0).type(), name, aliases, role(members),
              List.copyOf(sources.get(e.getKey())));
      participants.add(participant);
      groupOf.put(participant, e.getKey());
    }
    participants.sort(
        Comparator.comparingInt((Participant p) -> -mentions.get(groupOf.get(p)))
            .thenComparingInt(p -> -p.sources().size())
            .thenComparing(Participant::name)
            .thenComparing(Participant::key));
    Map<Integer, Participant> ordered = new LinkedHashMap<>();
    participants.forEach(p -> ordered.put(groupOf.get(p), p));
    return ordered;
  }

  /** The most frequent role, the longest on a tie, alphabetical last; null when none. */
  static String role(List<Entity> members) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Entity entity : members) {
      if (entity.role() != null && !entity.role().isBlank()) {
        counts.merge(entity.role().trim(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .min(Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
            .thenComparingInt(e -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey))
        .map(Map.Entry::getKey)
        .orElse(null);
  }
}
