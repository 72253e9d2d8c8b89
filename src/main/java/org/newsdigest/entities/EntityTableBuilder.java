package org.newsdigest.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsdigest.model.DigestEntity;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Participant;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.PersonNames;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.UniqueNames;

/**
 * Resolves the events' participants into the digest's entities. Across events one thing is one
 * entity when its names have one {@link NameKeys#key} ("WASHINGTON" and "Washington"), and a
 * shorter name joins a fuller one when it is an alias of exactly one fuller name of the same
 * type ("Cooley" of "Steve Cooley", not "Brown" of both "Dorothy Brown" and "Devonte Brown"). The
 * name shown is a mixed-case spelling before a shouted one, then the one most sources used. Who
 * published each article is decided here too ({@link Publishers}).
 */
public final class EntityTableBuilder {
  private EntityTableBuilder() {}

  /** The entity table of {@code events}, in the digest's order. */
  public static EntityTable build(List<Event> events) {
    Map<String, Group> groups = new TreeMap<>();
    List<Map<String, Group>> participantGroups = new ArrayList<>();
    for (Event event : events) {
      Map<String, Group> ofEvent = new HashMap<>();
      for (Participant p : event.participants()) {
        String key = NameKeys.key(p.name());
        if (key.isEmpty()) {
          continue;
        }
        Group group = groups.computeIfAbsent(p.type().id() + ":" + key, k -> new Group(p.type(), key));
        group.names.merge(p.name().strip(), Math.max(p.sources().size(), 1), Integer::sum);
        group.aliases.addAll(p.aliases());
        ofEvent.put(p.key(), group);
      }
      participantGroups.add(ofEvent);
    }
    Map<Group, Group> into = foldShortNames(groups);
    Map<Group, List<Group>> members = new LinkedHashMap<>();
    for (Group group : groups.values()) {
      members.computeIfAbsent(Joins.root(group, into), k -> new ArrayList<>()).add(group);
    }
    UniqueNames keys = new UniqueNames();
    Map<Group, String> keyOf = new IdentityHashMap<>();
    List<DigestEntity> entities = new ArrayList<>();
    for (Map.Entry<Group, List<Group>> item : members.entrySet()) {
      Group rootGroup = item.getKey();
      String name = rootGroup.displayName();
      Set<String> names = new LinkedHashSet<>();
      Set<String> aliases = new LinkedHashSet<>();
      for (Group member : item.getValue()) {
        names.addAll(member.names.keySet());
        aliases.addAll(member.aliases);
      }
      aliases.removeAll(names);
      String key = keys.claim(rootGroup.type.id() + ":" + Slugs.keyOf(name));
      entities.add(new DigestEntity(key, rootGroup.type, name, List.copyOf(names), List.copyOf(aliases)));
      item.getValue().forEach(member -> keyOf.put(member, key));
    }
    Publishers publishers = new Publishers(events, keys);
    entities.addAll(publishers.entities());
    List<Map<String, String>> participants = new ArrayList<>();
    List<Map<String, String>> spellings = new ArrayList<>();
    for (int i = 0; i < events.size(); i++) {
      Map<String, String> entityOf = new HashMap<>();
      participantGroups.get(i).forEach((participant, group) -> entityOf.put(participant, keyOf.get(group)));
      participants.add(entityOf);
      spellings.add(spellings(events.get(i), entityOf));
    }
    return new EntityTable(entities, participants, spellings, publishers.bySource());
  }

  /**
   * Each name and alias of the event's participants to the participant's entity; a spelling two
   * entities of the event share ("Smith" for two people) is left out, as it says neither.
   */
  private static Map<String, String> spellings(Event event, Map<String, String> entityOf) {
    Map<String, String> spellings = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (Participant p : event.participants()) {
      String entity = entityOf.get(p.key());
      if (entity == null) {
        continue;
      }
      List<String> names = new ArrayList<>(p.aliases());
      names.add(p.name());
      for (String name : names) {
        String spelling = EntityTable.spelling(p.type(), name);
        String before = spellings.putIfAbsent(spelling, entity);
        if (before != null && !before.equals(entity)) {
          shared.add(spelling);
        }
      }
    }
    shared.forEach(spellings::remove);
    return spellings;
  }

  /**
   * Which group each shorter name joins: the one fuller group of its type that lists it as an
   * alias. Fuller names are settled first, so "Brian Nichols" joins "Brian G. Nichols" before
   * "Nichols" looks for its one fuller name.
   */
  private static Map<Group, Group> foldShortNames(Map<String, Group> groups) {
    Map<String, Set<Group>> byAlias = new HashMap<>();
    for (Group group : groups.values()) {
      for (String alias : group.aliases) {
        String key = NameKeys.key(alias);
        if (!key.isEmpty() && !key.equals(group.key)) {
          byAlias.computeIfAbsent(group.type.id() + ":" + key, k -> new LinkedHashSet<>()).add(group);
        }
      }
    }
    List<Group> fullestFirst = new ArrayList<>(groups.values());
    fullestFirst.sort(Comparator.comparingInt((Group g) -> NameKeys.wordCount(g.key)).reversed()
        .thenComparing(g -> g.key));
    Map<String, List<Group>> peopleBySurname = new HashMap<>();
    for (Group group : groups.values()) {
      List<String> words = personWords(group);
      if (words.size() >= 3) {
        peopleBySurname.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>())
            .add(group);
      }
    }
    Map<Group, Group> into = new IdentityHashMap<>();
    for (Group group : fullestFirst) {
      Set<Group> fuller = new LinkedHashSet<>();
      for (Group candidate : byAlias.getOrDefault(group.type.id() + ":" + group.key, Set.of())) {
        Group target = Joins.root(candidate, into);
        if (target != group && NameKeys.wordCount(target.key) > NameKeys.wordCount(group.key)) {
          fuller.add(target);
        }
      }
      List<String> words = personWords(group);
      if (words.size() >= 2) {
        // "Joseph Comeaux" of "Arcade Joseph Comeaux Jr": the same surname after the same names
        for (Group candidate : peopleBySurname.getOrDefault(words.get(words.size() - 1), List.of())) {
          List<String> longer = personWords(candidate);
          if (longer.size() > words.size() && inOrder(words, longer)) {
            Group target = Joins.root(candidate, into);
            if (target != group) {
              fuller.add(target);
            }
          }
        }
        // "Mo Cheeks" of "Maurice Cheeks": a usual short form of the given name
        String formal = PersonNames.formal(words.get(0));
        Group full = formal == null ? null : groups.get(group.type.id() + ":" + formal + " "
            + String.join(" ", words.subList(1, words.size())));
        if (full != null && Joins.root(full, into) != group) {
          fuller.add(Joins.root(full, into));
        }
      }
      if (fuller.size() == 1) {
        into.put(group, fuller.iterator().next());
      }
    }
    return into;
  }

  /** A person's name words without a generational suffix ("jr"); empty for other types. */
  private static List<String> personWords(Group group) {
    if (group.type != EntityType.PERSON) {
      return List.of();
    }
    List<String> words = List.of(group.key.split(" "));
    if (words.size() > 2 && PersonNames.isGenerationalSuffix(words.get(words.size() - 1))) {
      words = words.subList(0, words.size() - 1);
    }
    return words;
  }

  /** Whether {@code words} stand in {@code longer} in the same order, ending it. */
  private static boolean inOrder(List<String> words, List<String> longer) {
    int at = 0;
    for (String word : longer) {
      if (at < words.size() && word.equals(words.get(at))) {
        at++;
      }
    }
    return at == words.size() && words.get(words.size() - 1).equals(longer.get(longer.size() - 1));
  }

  /** What the events say about one name key while the table is being built. */
  private static final class Group {
    final EntityType type;
    final String key;
    /** Each spelling a participant was shown as, with how many sources used it. */
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Set<String> aliases = new LinkedHashSet<>();

    Group(EntityType type, String key) {
      this.type = type;
      this.key = key;
    }

    String displayName() {
      String preferred = NameKeys.preferredSpelling(names);
      return preferred == null ? key : preferred;
    }
  }
}
