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
import org.newsdigest.text.Slugs;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.UniqueNames;

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
    // Each tag's events in digest order, each once: events come in that order, distinct.
    Map<String, Map<Event, Boolean>> tagged = new HashMap<>();
    Map<String, List<Event>> inOrder = new HashMap<>();
    Map<String, Integer> articleCounts = new HashMap<>();
    for (Event event : events) {
      for (Article article : event.articles()) {
        Set<String> once = new HashSet<>();
        for (String tag : article.tags()) {
          String fold = NameKeys.key(tag);
          if (fold.isEmpty() || !once.add(fold)) {
            continue;
          }
          spellings.computeIfAbsent(fold, k -> new LinkedHashMap<>()).merge(tag.strip(), 1, Integer::sum);
          if (tagged.computeIfAbsent(fold, k -> new IdentityHashMap<>()).put(event, true) == null) {
            inOrder.computeIfAbsent(fold, k -> new ArrayList<>()).add(event);
          }
          articleCounts.merge(fold, 1, Integer::sum);
        }
      }
    }
    UniqueNames taken = new UniqueNames(RESERVED);
    for (Map.Entry<String, Map<String, Integer>> tag : spellings.entrySet()) {
      String name = tag.getValue().entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
              .thenComparing(Map.Entry::getKey))
          .map(Map.Entry::getKey).findFirst().orElse(tag.getKey());
      Tag built = new Tag(taken.claim(Slugs.pageName(name, "tag")), name, inOrder.get(tag.getKey()),
          articleCounts.get(tag.getKey()));
      tags.add(built);
      byFold.put(tag.getKey(), built);
    }
    // Each name folded once, not once per comparison.
    Map<Tag, String> folds = new IdentityHashMap<>();
    tags.forEach(t -> folds.put(t, NameKeys.key(t.name())));
    tags.sort(Comparator.comparing((Tag t) -> folds.get(t)).thenComparing(Tag::slug));
  }

  /** Every tag, alphabetical. */
  List<Tag> tags() {
    return List.copyOf(tags);
  }

  /** The page of a tag as an article spells it, or null for a tag without letters. */
  String page(String tag, String extension) {
    Tag found = byFold.get(NameKeys.key(tag));
    return found == null ? null : found.page(extension);
  }
}
