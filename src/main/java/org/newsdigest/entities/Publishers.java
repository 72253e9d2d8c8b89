package org.newsdigest.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.DigestEntity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Outlet;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.UniqueNames;

/**
 * The outlets of the digest: who published each article, as one entity per outlet however its
 * articles spell it. An outlet whose web host is known is that host ("NYT" and "The New York
 * Times", both of nytimes.com, are one); two hosts are one outlet when the outlets there go by one
 * name in one country (huffpost.com and huffingtonpost.com); an outlet known only by its name is
 * the outlet of one host that goes by that name, else an outlet of its own.
 */
final class Publishers {
  private final List<DigestEntity> entities = new ArrayList<>();
  private final Map<String, String> bySource = new HashMap<>();

  /** The outlets of {@code events}' articles, their keys claimed from {@code keys}. */
  Publishers(List<Event> events, UniqueNames keys) {
    Map<String, Group> groups = new TreeMap<>();
    Map<String, Group> ofSource = new LinkedHashMap<>();
    for (Event event : events) {
      for (Article article : event.articles()) {
        Outlet outlet = article.publisher();
        String name = outlet == null ? "" : NameKeys.key(outlet.name());
        if (name.isEmpty()) {
          continue;
        }
        String id = outlet.host() != null ? "host " + outlet.host() : "name " + name;
        Group group = groups.computeIfAbsent(id, k -> new Group(outlet.host(), outlet.country()));
        group.names.merge(outlet.name().strip(), 1, Integer::sum);
        ofSource.put(article.source(), group);
      }
    }
    Map<Group, Group> into = joins(groups.values());
    Map<Group, Map<String, Integer>> namesOf = new LinkedHashMap<>();
    for (Group group : groups.values()) {
      Map<String, Integer> names =
          namesOf.computeIfAbsent(Joins.root(group, into), k -> new LinkedHashMap<>());
      group.names.forEach((n, uses) -> names.merge(n, uses, Integer::sum));
    }
    Map<Group, String> keyOf = new IdentityHashMap<>();
    // Roots come first in the groups' order (a group joins one before it), so keys are claimed
    // in that order, as the spellings are listed.
    namesOf.forEach((root, names) -> {
      String name = NameKeys.preferredSpelling(names);
      String key = keys.claim(EntityType.OUTLET.id() + ":" + Slugs.keyOf(name));
      entities.add(new DigestEntity(key, EntityType.OUTLET, name, List.copyOf(names.keySet()),
          List.of()));
      keyOf.put(root, key);
    });
    ofSource.forEach((source, group) -> bySource.put(source, keyOf.get(Joins.root(group, into))));
  }

  /** Every outlet, in the order of the first spelling's key. */
  List<DigestEntity> entities() {
    return entities;
  }

  /** Each article's source to its outlet's key. */
  Map<String, String> bySource() {
    return bySource;
  }

  /**
   * Which group each group joins: a host's group the first host's group (in the groups' order)
   * that goes by one of its names in the same known country; a name's group the one host's group
   * that goes by its name.
   */
  private static Map<Group, Group> joins(Iterable<Group> groups) {
    Map<String, Set<Group>> hostsByName = new HashMap<>();
    for (Group group : groups) {
      if (group.host != null) {
        for (String name : group.names.keySet()) {
          hostsByName.computeIfAbsent(NameKeys.key(name), k -> new LinkedHashSet<>()).add(group);
        }
      }
    }
    Map<Group, Group> into = new IdentityHashMap<>();
    for (Group group : groups) {
      for (String name : group.names.keySet()) {
        Set<Group> hosts = hostsByName.getOrDefault(NameKeys.key(name), Set.of());
        Group target = group.host == null
            ? (hosts.size() == 1 ? hosts.iterator().next() : null)
            : hosts.stream().filter(h -> h.country != null && h.country.equals(group.country))
                .findFirst().orElse(null);
        if (target != null && Joins.root(target, into) != group) {
          into.put(group, Joins.root(target, into));
          break;
        }
      }
    }
    return into;
  }


  /** What the articles say about one host, or one name without a host, while building. */
  private static final class Group {
    final String host;
    final String country;
    /** Each spelling of the outlet's name, with how many articles used it. */
    final Map<String, Integer> names = new LinkedHashMap<>();

    Group(String host, String country) {
      this.host = host;
      this.country = country;
    }
  }
}
