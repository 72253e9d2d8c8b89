package org.newsdigest.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins linked events into stories, strongest links first, like single-link clustering with two
 * brakes against chaining: a story never spans more than {@link #MAX_SPAN_DAYS} and never holds
 * more than {@link #MAX_EVENTS} events. Every event ends in at most one group.
 */
final class StoryGroups {
  static final long MAX_SPAN_DAYS = 730;
  static final int MAX_EVENTS = 40;

  private final int[] parent;
  private final int[] size;
  private final LocalDate[] earliest;
  private final LocalDate[] latest;

  private StoryGroups(List<EventTraits> traits) {
    int n = traits.size();
    parent = new int[n];
    size = new int[n];
    earliest = new LocalDate[n];
    latest = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
      size[i] = 1;
      earliest[i] = traits.get(i).date();
      latest[i] = traits.get(i).date();
    }
  }

  /** Groups of two or more digest indexes, each sorted, in order of their first index. */
  static List<List<Integer>> of(List<EventTraits> traits, List<PairEvidence> strongestFirst) {
    StoryGroups groups = new StoryGroups(traits);
    for (PairEvidence pair : strongestFirst) {
      groups.join(pair.first(), pair.second());
    }
    Map<Integer, List<Integer>> byRoot = new TreeMap<>();
    for (int i = 0; i < traits.size(); i++) {
      byRoot.computeIfAbsent(groups.root(i), r -> new ArrayList<>()).add(i);
    }
    List<List<Integer>> out = new ArrayList<>();
    for (List<Integer> members : byRoot.values()) {
      if (members.size() >= 2) {
        out.add(List.copyOf(members));
      }
    }
    out.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return out;
  }

  private int root(int i) {
    int r = i;
    while (parent[r] != r) {
      parent[r] = parent[parent[r]];
      r = parent[r];
    }
    return r;
  }

  private void join(int a, int b) {
    int ra = root(a);
    int rb = root(b);
    if (ra == rb || size[ra] + size[rb] > MAX_EVENTS) {
      return;
    }
    LocalDate from = min(earliest[ra], earliest[rb]);
    LocalDate to = max(latest[ra], latest[rb]);
    if (from != null && to != null && to.toEpochDay() - from.toEpochDay() > MAX_SPAN_DAYS) {
      return;
    }
    // The smaller index stays root: the result does not depend on the order of equal links.
    int keep = Math.min(ra, rb);
    int gone = Math.max(ra, rb);
    parent[gone] = keep;
    size[keep] += size[gone];
    earliest[keep] = from;
    latest[keep] = to;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
  }
}
