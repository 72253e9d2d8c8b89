package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * The articles' tags and categories, each with the events whose articles carry it. Spellings
 * that fold to the same words ("Spain", "spain") are one tag, shown as most articles spell it.
 * Immutable once built.
 */
final class TagIndex {
  private static final Set<String> RESERVED = Set.of("index", "page");

  /**
   * One tag across the digest.
   *
   * @param events the events of its articles, in digest order (newest first)
   * @param articles how many articles carry it
   */
  record Tag(String slug, String name, List<Event> events, int articles) {
    Tag {
      events = List.copyOf(events);
    }

    String page(String extension) {
      return "tags/" + slug + extension;
    }
  }

  private final List<Tag> tags = new ArrayList<>();
  private final Map<String, Tag> byFold = new HashMap<>();

  TagIndex(List<Event> events) {
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    Map<String, Map<Event, Boolean>> tagged = new HashMap<>();
    Map<String, Integer> articleCounts = new HashMap<>();
    for (Event event : events) {
      for (Article article : event.articles()) {
        Set<String> once = new HashSet<>();
        for (String tag : article.tags()) {
          String fold = NameFold.fold(tag);
          if (fold.isEmpty() || !once.add(fold)) {
            continue;
          }
          spellings.computeIfAbsent(fold, k -> new LinkedHashMap<>()).merge(tag.strip(), 1, Integer::sum);
          tagged.computeIfAbsent(fold, k -> new IdentityHashMap<>()).put(event, true);
          articleCounts.merge(fold, 1, Integer::sum);
        }
      }
    }
    Set<String> taken = new HashSet<>(RESERVED);
    for (Map.Entry<String, Map<String, Integer>> tag : spellings.entrySet()) {
      String name = tag.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).findFirst().orElse(tag.getKey());
      Map<Event, Boolean> its = tagged.get(tag.getKey());
      List<Event> inOrder = events.stream().filter(its::containsKey).toList();
      Tag built = new Tag(unique(Slugs.slug(name, "tag"), taken), name, inOrder,
          articleCounts.get(tag.getKey()));
      tags.add(built);
      byFold.put(tag.getKey(), built);
    }
    tags.sort(Comparator.comparing((Tag t) -> NameFold.fold(t.name())).thenComparing(Tag::slug));
  }

  /** Every tag, alphabetical. */
  List<Tag> tags() {
    return List.copyOf(tags);
  }

  /** The page of a tag as an article spells it, or null for a tag without letters. */
  String page(String tag, String extension) {
    Tag found = byFold.get(NameFold.fold(tag));
    return found == null ? null : found.page(extension);
  }

  private static String unique(String base, Set<String> taken) {
    String candidate = base;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = base + "-" + n;
    }
    return candidate;
  }
}
