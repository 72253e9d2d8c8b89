package org.newsdigest.text;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hands out names unique within one set (a folder of pages, a kind of entity key): the name
 * itself when free, else the first free of "name-2", "name-3", ... Remembers the last number
 * given for each name and goes on from there, which gives the same answer as counting up from 2
 * every time (everything below that number was taken then and is taken still) without growing
 * quadratic when a thousand articles share a headline. Not thread-safe: one set is named on one
 * thread.
 */
public final class UniqueNames {
  private final Set<String> taken;
  private final Map<String, Integer> lastNumber = new HashMap<>();

  /** {@code reserved}: names the set needs for itself ("index", "page" in a folder). */
  public UniqueNames(Set<String> reserved) {
    this.taken = new HashSet<>(reserved);
  }

  public UniqueNames() {
    this(Set.of());
  }

  /** The first free name of {@code base}, "base-2", "base-3", ..., now taken. */
  public String claim(String base) {
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
