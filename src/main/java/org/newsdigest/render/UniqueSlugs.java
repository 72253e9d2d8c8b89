package org.newsdigest.render;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out slugs unique within one folder: the slug itself when free, else the first free of
 * "slug-2", "slug-3", ... Remembers the last number given for each slug and goes on from there,
 * which gives the same answer as counting up from 2 every time (everything below that number
 * was taken then and is taken still) without growing quadratic when a thousand articles share a
 * headline. Not thread-safe: the page plan is made on one thread.
 */
final class UniqueSlugs {
  private final Set<String> taken;
  private final Map<String, Integer> lastNumber = new HashMap<>();

  /** {@code reserved}: names the folder needs for itself ("index", "page"). */
  UniqueSlugs(Set<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  UniqueSlugs() {
    this(Set.of());
  }

  String claim(String base) {
    if (taken.add(base)) {
      return base;
    }
    int n = lastNumber.getOrDefault(base, 1);
    String candidate;
    do {
      n++;
      candidate = base + "-" + n;
    } while (!taken.add(candidate));
    lastNumber.put(base, n);
    return candidate;
  }
}
