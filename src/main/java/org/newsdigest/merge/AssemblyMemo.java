package org.newsdigest.merge;

import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * The events of a merger's last merge, each with what decided it, so that the next merge
 * (a rebuild in {@code serve --watch}, where unchanged files keep their {@link Article}
 * objects) assembles again only the events whose inputs changed. An event is taken from here
 * only when its cluster holds the very same article objects and the rest of what its assembly
 * reads ({@link AssemblyInputs}) hashes the same: the result is the event a fresh assembly
 * would give. Only the last merge's events are kept, so the memo never outgrows one site.
 *
 * <p>Thread-safe: a merge looks events up from every core while the last merge's map is only
 * read, and replaces the map when it is done.
 */
final class AssemblyMemo {
  /**
   * One event and what it was assembled from.
   *
   * @param articles the cluster's articles in corpus order, compared by identity
   * @param inputs {@link AssemblyInputs} of the cluster, or null when the assembly read more
   *     than they cover and the event must not be reused
   */
  record Entry(List<Article> articles, byte[] inputs, Event event) {}

  /** The last merge's entries by their first article. */
  private volatile Map<Article, Entry> last = new IdentityHashMap<>();
  private final AtomicInteger reused = new AtomicInteger();

  /**
   * The event of {@code cluster} (corpus indexes, ascending), remembered or assembled.
   *
   * @param articleInputs {@link ArticleInputs#of} the corpus
   */
  Entry assemble(Corpus corpus, List<Integer> cluster, byte[][] articleInputs,
      EventAssembler assembler) {
    List<Article> articles = cluster.stream().map(corpus.articles()::get).toList();
    byte[] inputs = AssemblyInputs.of(corpus, cluster, articleInputs);
    Entry known = last.get(articles.get(0));
    if (known != null && known.inputs() != null && Arrays.equals(known.inputs(), inputs)
        && sameObjects(known.articles(), articles)) {
      reused.incrementAndGet();
      return new Entry(articles, inputs, known.event());
    }
    EventAssembler.Assembly assembly = assembler.assemble(cluster);
    return new Entry(articles, assembly.selfContained() ? inputs : null, assembly.event());
  }

  /** Keeps {@code entries}, one merge's, for the next merge, and forgets the earlier ones. */
  void keep(List<Entry> entries) {
    Map<Article, Entry> next = new IdentityHashMap<>(entries.size() * 2);
    for (Entry entry : entries) {
      if (entry.inputs() != null) {
        next.put(entry.articles().get(0), entry);
      }
    }
    last = next;
  }

  /** The last merge's entries that may be taken again. */
  Collection<Entry> entries() {
    return last.values();
  }

  /**
   * Takes the events of a memory kept by another process ({@link MergeMemory}) as the last
   * merge's; an event with an article the memory could not match again is left out.
   */
  void recall(MergeMemory memory) {
    Map<Article, Entry> next = new IdentityHashMap<>(memory.events().size() * 2);
    for (MergeMemory.Assembled assembled : memory.events()) {
      List<Article> articles = memory.articlesAt(assembled.cluster());
      if (articles != null) {
        next.put(articles.get(0), new Entry(articles, assembled.inputs(), assembled.event()));
      }
    }
    last = next;
  }

  /** How many events were taken from the memo since the last call. */
  int takeReusedCount() {
    return reused.getAndSet(0);
  }

  /** Whether {@code a} and {@code b} hold the very same objects in the same order. */
  static boolean sameObjects(List<Article> a, List<Article> b) {
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
