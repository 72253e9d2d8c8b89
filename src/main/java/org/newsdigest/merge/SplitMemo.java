package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.newsdigest.model.Article;

/**
 * The events each part of a topic split into at a merger's last merge ({@link EventSplitter}), so
 * that the next merge splits again only the parts whose inputs changed. A part's split reads its
 * members' articles and {@link ArticleInputs} (their vectors, dates and entity groups, and so
 * every pair score inside the part), and, for a part too large to compare all its pairs, the
 * blocking's candidate pairs inside it. A part is taken from here only when its members are the
 * very same article objects in the same order and the rest hashes the same (the session's input hash):
 * the events are those a fresh split would give. Kept as a {@link GroupMemo} of the part's
 * articles in the part's order, each event as positions among them, ascending; as thread-safe.
 */
final class SplitMemo {
  private final GroupMemo<int[][]> parts = new GroupMemo<>();

  /** The look-ups of one merge, over {@code corpus} with {@link ArticleInputs#of} it. */
  Session session(Corpus corpus, byte[][] articleInputs) {
    return new Session(corpus, articleInputs);
  }

  /** One merge's look-ups; {@link #keep} makes them the last merge's. */
  final class Session {
    private final Corpus corpus;
    private final byte[][] articleInputs;
    private final Queue<GroupMemo.Group<int[][]>> made = new ConcurrentLinkedQueue<>();

    private Session(Corpus corpus, byte[][] articleInputs) {
      this.corpus = corpus;
      this.articleInputs = articleInputs;
    }

    /**
     * The events of {@code part} (corpus indexes), remembered or split by {@code split}.
     *
     * @param sparse the candidate pairs the split compares, as positions in the part, or null
     *     when it compares all pairs
     */
    List<List<Integer>> split(List<Integer> part, List<int[]> sparse,
        Supplier<List<List<Integer>>> split) {
      List<Article> members = part.stream().map(corpus.articles()::get).toList();
      byte[] inputs = inputs(part, sparse);
      int[][] known = parts.find(members, inputs);
      if (known != null) {
        made.add(new GroupMemo.Group<>(members, inputs, known));
        return indexes(known, part);
      }
      List<List<Integer>> events = split.get();
      made.add(new GroupMemo.Group<>(members, inputs, positions(events, part)));
      return events;
    }

    /** How many parts this merge looked up. */
    int size() {
      return made.size();
    }

    private byte[] inputs(List<Integer> part, List<int[]> sparse) {
      InputHash hash = new InputHash();
      hash.add(part.size());
      for (int i : part) {
        hash.add(articleInputs[i]);
      }
      hash.add(sparse == null ? -1 : sparse.size());
      if (sparse != null) {
        for (int[] pair : sparse) {
          hash.add(pair[0]);
          hash.add(pair[1]);
        }
      }
      return hash.digest();
    }
  }

  /** Keeps the parts {@code session} looked up for the next merge, and forgets the earlier ones. */
  void keep(Session session) {
    parts.keep(session.made);
  }

  /** The last merge's parts. */
  Collection<GroupMemo.Group<int[][]>> entries() {
    return parts.groups();
  }

  /**
   * Takes the parts of a memory kept by another process ({@link MergeMemory}) as the last merge's;
   * a part with an article the memory could not match again is left out.
   */
  void recall(MergeMemory memory) {
    List<GroupMemo.Group<int[][]>> recalled = new ArrayList<>(memory.splits().size());
    for (MergeMemory.Split split : memory.splits()) {
      List<Article> members = memory.articlesAt(split.members());
      if (members != null) {
        recalled.add(new GroupMemo.Group<>(members, split.inputs(), split.events()));
      }
    }
    parts.keep(recalled);
  }

  /** How many parts were taken from the memo since the last call. */
  int takeReusedCount() {
    return parts.takeReusedCount();
  }

  private static int[][] positions(List<List<Integer>> events, List<Integer> part) {
    Map<Integer, Integer> positionOf = new HashMap<>(part.size() * 2); // looked up only
    for (int x = 0; x < part.size(); x++) {
      positionOf.put(part.get(x), x);
    }
    int[][] positions = new int[events.size()][];
    for (int e = 0; e < positions.length; e++) {
      positions[e] = events.get(e).stream().mapToInt(positionOf::get).sorted().toArray();
    }
    return positions;
  }

  private static List<List<Integer>> indexes(int[][] events, List<Integer> part) {
    List<List<Integer>> indexes = new ArrayList<>(events.length);
    for (int[] event : events) {
      List<Integer> members = new ArrayList<>(event.length);
      for (int x : event) {
        members.add(part.get(x));
      }
      members.sort(null);
      indexes.add(List.copyOf(members));
    }
    return indexes;
  }
}
