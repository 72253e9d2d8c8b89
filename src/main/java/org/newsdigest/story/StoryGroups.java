package org.newsdigest.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;

/**
 * Joins linked events into stories, strongest links first, like single-link clustering with three
 * brakes against chaining: two groups join only when at least {@link #MIN_LINKED_SHARE} of the
 * pairs between them are linked (a story's events are tied to one another, not in a chain where
 * each shares a different person with the next), a story never spans more than {@link
 * #MAX_SPAN_DAYS} and never holds more than {@link #MAX_EVENTS} events. Every event ends in at
 * most one group.
 */
final class StoryGroups {
  static final long MAX_SPAN_DAYS = 730;
  static final int MAX_EVENTS = 40;
  static final double MIN_LINKED_SHARE = 0.5;

  private final int[] parent;
  private final int[] size;
  /** Each group's members, kept on its root, for the share of linked pairs between groups. */
  private final List<List<Integer>> members = new ArrayList<>();
  private final Set<Long> linked = new HashSet<>(); // looked up only
  private final LocalDate[] earliest;
  private final LocalDate[] latest;

  private StoryGroups(List<EventTraits> traits) {
    int n = traits.size();
    parent = new int[n];
    size = new int[n];
    earliest = new LocalDate[n];
    latest = new LocalDate[n];
    for (int i = 0; i < n; i++) {
      members.add(new ArrayList<>(List.of(i)));
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
      groups.linked.add(key(pair.first(), pair.second()));
    }
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

  /** The share of pairs between two groups that are linked (see {@link PairEvidence#links}). */
  private double linkedShare(int ra, int rb) {
    int n = 0;
    for (int a : members.get(ra)) {
      for (int b : members.get(rb)) {
        if (linked.contains(key(a, b))) {
          n++;
        }
      }
    }
    return n / ((double) members.get(ra).size() * members.get(rb).size());
  }

  private static long key(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
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
    if (linkedShare(ra, rb) < MIN_LINKED_SHARE) {
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
    members.get(keep).addAll(members.get(gone));
    members.get(gone).clear();
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
