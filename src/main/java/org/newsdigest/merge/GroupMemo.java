package org.newsdigest.merge;

import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.model.Article;

/**
 * What one memo of a remembering merger kept of its last merge: for each group of articles it
 * worked a value out for (an event's cluster, a topic part), the value and a hash of everything
 * else that decided it. The groups of one merge do not overlap, so each is found by its first
 * article; a value is taken again only for the very same article objects in the same order with
 * the same inputs. Only the last merge's groups are kept, so a memo never outgrows one site.
 *
 * <p>Thread-safe: a merge looks groups up from every core while the last merge's map is only
 * read, and replaces the map when it is done.
 *
 * @param <V> what is worked out for a group
 */
final class GroupMemo<V> {
  /**
   * One group and its value.
   *
   * @param articles the group's articles, compared by identity
   * @param inputs the hash of what else decided the value, or null when the value must not be
   *     taken again (it read more than the hash covers)
   */
  record Group<V>(List<Article> articles, byte[] inputs, V value) {}

  private volatile Map<Article, Group<V>> last = new IdentityHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  /** The value the last merge worked out for these very {@code articles} with these inputs, or null. */
  V find(List<Article> articles, byte[] inputs) {
    Group<V> known = last.get(articles.get(0));
    if (known != null && known.inputs() != null && Arrays.equals(known.inputs(), inputs)
        && sameObjects(known.articles(), articles)) {
      reused.incrementAndGet();
      return known.value();
    }
    return null;
  }

  /**
   * Keeps {@code groups} (one merge's, or a memory's recalled) as the last merge's, all but those
   * without inputs, and forgets the earlier ones.
   */
  void keep(Collection<Group<V>> groups) {
    Map<Article, Group<V>> next = new IdentityHashMap<>(groups.size() * 2);
    for (Group<V> group : groups) {
      if (group.inputs() != null) {
        next.put(group.articles().get(0), group);
      }
    }
    last = next;
  }

  /** The last merge's groups that may be taken again. */
  Collection<Group<V>> groups() {
    return last.values();
  }

  /** How many values were taken since the last call. */
  int takeReusedCount() {
    return reused.getAndSet(0);
  }

  private static boolean sameObjects(List<Article> a, List<Article> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int k = 0; k < a.size(); k++) {
      if (a.get(k) != b.get(k)) {
        return false;
      }
    }
    return true;
  }
}
