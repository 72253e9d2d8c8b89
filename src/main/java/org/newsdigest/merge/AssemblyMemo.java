package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * The events of a merger's last merge, each with what decided it, so that the next merge
 * (a rebuild in {@code serve --watch}, where unchanged files keep their {@link Article}
 * objects) assembles again only the events whose inputs changed. An event is taken from here
 * only when its cluster holds the very same article objects and the rest of what its assembly
 * reads ({@link AssemblyInputs}) hashes the same: the result is the event a fresh assembly
 * would give. Kept as a {@link GroupMemo}, and as thread-safe.
 */
final class AssemblyMemo {
  private final GroupMemo<Event> events = new GroupMemo<>();

  /**
   * The event of {@code cluster} (corpus indexes, ascending), remembered or assembled, as a
   * group of the cluster's articles in corpus order; its inputs are null when the assembly read
   * more than {@link AssemblyInputs} cover and the event must not be reused.
   *
   * @param articleInputs {@link ArticleInputs#of} the corpus
   */
  GroupMemo.Group<Event> assemble(Corpus corpus, List<Integer> cluster, byte[][] articleInputs,
      EventAssembler assembler) {
    List<Article> articles = cluster.stream().map(corpus.articles()::get).toList();
    byte[] inputs = AssemblyInputs.of(corpus, cluster, articleInputs);
    Event known = events.find(articles, inputs);
    if (known != null) {
      return new GroupMemo.Group<>(articles, inputs, known);
    }
    EventAssembler.Assembly assembly = assembler.assemble(cluster);
    return new GroupMemo.Group<>(articles, assembly.selfContained() ? inputs : null,
        assembly.event());
  }

  /** Keeps {@code assembled}, one merge's, for the next merge, and forgets the earlier ones. */
  void keep(List<GroupMemo.Group<Event>> assembled) {
    events.keep(assembled);
  }

  /** The last merge's events that may be taken again. */
  Collection<GroupMemo.Group<Event>> entries() {
    return events.groups();
  }

  /**
   * Takes the events of a memory kept by another process ({@link MergeMemory}) as the last
   * merge's; an event with an article the memory could not match again is left out.
   */
  void recall(MergeMemory memory) {
    List<GroupMemo.Group<Event>> recalled = new ArrayList<>(memory.events().size());
    for (MergeMemory.Assembled assembled : memory.events()) {
      List<Article> articles = memory.articlesAt(assembled.cluster());
      if (articles != null) {
        recalled.add(new GroupMemo.Group<>(articles, assembled.inputs(), assembled.event()));
      }
    }
    events.keep(recalled);
  }

  /** How many events were taken from the memo since the last call. */
  int takeReusedCount() {
    return events.takeReusedCount();
  }
}
