package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The second stage of "topic, then event" clustering: splits each first-pass cluster (a topic)
 * into events, one per happening.
 *
 * <p>Why a second stage: over the whole corpus, two happenings of one kind (two captures of
 * pirates, two coaches fired) or two developments of one story (the shutdown goes on; a deal
 * reopens the government) share so much vocabulary that the first pass joins them; the few
 * words that tell them apart weigh little against it. Inside one topic the words every member
 * shares are no evidence at all, so each topic is re-read with itself as the corpus: a term's
 * weight is its corpus IDF times how specific it is inside the topic (ln(m / local df), zero for
 * a word all members share), terms only one member names are dropped, and the members are
 * re-clustered with average link on that local cosine ({@link TopicPairs}) at {@link
 * MergeSettings#splitThreshold()}.
 *
 * <p>A join must also pass two checks: the plain corpus-wide cosine of the two groups must
 * average at least {@link MergeSettings#supportFloor()} (the local weights order the joins; the
 * whole text must back them), and their dates must agree ({@link DateGate}: one happening, one
 * date). Groups of two or more stand as events; a report left alone goes back to the group it is
 * most like where the plain cosine and the dates allow, and the rest group among themselves.
 * Finally groups are joined back while their link is not clearly below their own cohesion
 * ({@link MergeSettings#splitRatio()}).
 *
 * <p>Every topic is split, whatever its size. Topics up to {@link #DENSE_LIMIT} articles compare
 * all their pairs. A larger topic (a story followed for months) is first cut where its dates
 * leave a gap no event can span ({@link DateChunks}), and each piece is split on its own; a piece
 * still too large (hundreds of undated reports, or of one day) compares the blocking's candidate
 * pairs inside it, which keeps the cost near linear but, with every pair it leaves out counting
 * 0 in an average, splits more than a full comparison would. Topics are split in parallel.
 */
final class EventSplitter {
  /** Topics up to this size compare every pair of their members; larger ones sparse pairs. */
  static final int DENSE_LIMIT = 400;

  private final Corpus corpus;
  private final PairScorer scorer;
  private final MergeSettings settings;

  EventSplitter(Corpus corpus, MergeSettings settings) {
    this.corpus = corpus;
    this.scorer = new PairScorer(corpus, settings);
    this.settings = settings;
  }

  /**
   * The topics, each split into its events; sorted by first member like the input.
   *
   * @param candidates the blocking's candidate pairs, which the largest topics compare
   */
  List<List<Integer>> split(List<List<Integer>> topics, CandidatePairs.Pairs candidates) {
    return split(topics, candidates, null);
  }

  /**
   * {@link #split(List, CandidatePairs.Pairs)}, taking from {@code memo} (or null) each part
   * split the same way at the last merge: the same events.
   */
  List<List<Integer>> split(List<List<Integer>> topics, CandidatePairs.Pairs candidates,
      SplitMemo.Session memo) {
    List<List<Integer>> parts = new ArrayList<>();
    for (List<Integer> topic : topics) {
      parts.addAll(topic.size() > DENSE_LIMIT ? DateChunks.of(corpus, topic, settings)
          : List.of(topic));
    }
    Map<Integer, List<int[]>> sparse = sparsePairs(parts, candidates);
    // Parts are independent: a few runs of them per core, each with its own workspace, and the
    // ordered collect keeps the result the same on any core count.
    int runs = Math.max(1, Math.min(parts.size(), 8 * Runtime.getRuntime().availableProcessors()));
    List<List<Integer>> result = new ArrayList<>();
    IntStream.range(0, runs).parallel()
        .mapToObj(run -> {
          TopicPairs.Workspace workspace =
              new TopicPairs.Workspace(corpus.weights().termCount());
          List<List<Integer>> events = new ArrayList<>();
          for (int t = (int) ((long) parts.size() * run / runs);
              t < (int) ((long) parts.size() * (run + 1) / runs); t++) {
            List<Integer> part = parts.get(t);
            List<int[]> pairs = sparse.get(part.get(0));
            events.addAll(memo == null ? splitOne(part, pairs, workspace)
                : memo.split(part, pairs, () -> splitOne(part, pairs, workspace)));
          }
          return events;
        })
        .toList()
        .forEach(result::addAll);
    result.sort((x, y) -> Integer.compare(x.get(0), y.get(0)));
    return result;
  }

  /** One topic's events, each sorted, comparing all pairs. */
  List<List<Integer>> splitOne(List<Integer> topic) {
    return splitOne(topic, null, new TopicPairs.Workspace(corpus.weights().termCount()));
  }

  /**
   * For each topic still over {@link #DENSE_LIMIT} articles (keyed by its first member), its
   * candidate pairs as local indexes.
   */
  private static Map<Integer, List<int[]>> sparsePairs(
      List<List<Integer>> topics, CandidatePairs.Pairs candidates) {
    Map<Integer, List<int[]>> pairs = new HashMap<>(); // looked up only
    int size = 0;
    for (List<Integer> topic : topics) {
      for (int i : topic) {
        size = Math.max(size, i + 1);
      }
    }
    int[] topicOf = new int[size];
    int[] localOf = new int[size];
    Arrays.fill(topicOf, -1);
    for (List<Integer> topic : topics) {
      if (topic.size() > DENSE_LIMIT) {
        pairs.put(topic.get(0), new ArrayList<>());
        for (int x = 0; x < topic.size(); x++) {
          topicOf[topic.get(x)] = topic.get(0);
          localOf[topic.get(x)] = x;
        }
      }
    }
    for (int p = 0; p < candidates.size(); p++) {
      int i = candidates.first()[p];
      int j = candidates.second()[p];
      if (i < size && j < size && topicOf[i] >= 0 && topicOf[i] == topicOf[j]) {
        pairs.get(topicOf[i]).add(new int[] {localOf[i], localOf[j]});
      }
    }
    return pairs;
  }

  /**
   * One topic's events, each sorted.
   *
   * @param sparse the pairs to compare as local indexes, or null to compare all pairs
   */
  private List<List<Integer>> splitOne(List<Integer> topic, List<int[]> sparse,
      TopicPairs.Workspace workspace) {
    int m = topic.size();
    if (m == 1) {
      return List.of(topic);
    }
    if (m == 2) {
      return splitPair(topic);
    }
    TopicPairs pairs = TopicPairs.of(topic, sparse, corpus, scorer, settings, workspace);
    DateGate.Days days = DateGate.Days.of(corpus, topic);
    List<List<Integer>> parts = new AverageLinkClustering(settings.splitThreshold(),
        settings.supportFloor(), days.gates(settings))
        .cluster(ones(m), pairs.first(), pairs.second(), pairs.local(), pairs.support(),
            new boolean[pairs.size()]);
    List<List<Integer>> events = new ArrayList<>();
    List<List<Integer>> alone = new ArrayList<>();
    for (List<Integer> part : parts) {
      (part.size() > 1 ? events : alone).add(new ArrayList<>(part));
    }
    List<Integer> left = returnLoneReports(alone, events, pairs, days);
    events.addAll(groupLeftReports(left, pairs, days));
    rejoinUnclearParts(events, pairs, days);
    List<List<Integer>> result = new ArrayList<>();
    for (List<Integer> part : events) {
      List<Integer> members = new ArrayList<>();
      for (int x : part) {
        members.add(topic.get(x));
      }
      members.sort(null);
      result.add(List.copyOf(members));
    }
    return result;
  }

  /**
   * A report that joined nobody goes back to the group its first-pass score likes best, when the
   * plain cosine backs it ({@link MergeSettings#loneFloor()}) and its sure date lies at most
   * {@link MergeSettings#loneDays()} from theirs; else it waits for {@link #groupLeftReports}. Inside a topic every shared word is local evidence of nothing, so a short
   * or oddly worded report of a happening often has no local link at all; and one report whose
   * date disagrees with its group's by a few days has more often misread a weekday than seen a
   * development no other report tells.
   */
  private List<Integer> returnLoneReports(List<List<Integer>> alone,
      List<List<Integer>> events, TopicPairs pairs, DateGate.Days days) {
    List<Integer> left = new ArrayList<>();
    if (events.isEmpty()) {
      alone.forEach(left::addAll);
      return left;
    }
    List<List<Integer>> groups = new ArrayList<>(events);
    double[][] links = pairs.averageLinks(concat(alone, groups), TopicPairs.Score.FIRST_PASS);
    double[][] plain = pairs.averageLinks(concat(alone, groups), TopicPairs.Score.SUPPORT);
    MergeSettings loneReturn = settings.with(s -> s.sureDays = settings.loneDays());
    for (int a = 0; a < alone.size(); a++) {
      int home = -1;
      for (int g = 0; g < groups.size(); g++) {
        if (home < 0 || links[a][alone.size() + g] > links[a][alone.size() + home]) {
          home = g;
        }
      }
      if (plain[a][alone.size() + home] >= settings.loneFloor()
          && days.agree(alone.get(a), groups.get(home), loneReturn)) {
        events.get(home).addAll(alone.get(a));
      } else {
        left.addAll(alone.get(a));
      }
    }
    return left;
  }

  /**
   * The reports no group took, grouped among themselves on the plain cosine alone (at {@link
   * MergeSettings#supportFloor()}) where their dates agree. Topic-local weights see nothing
   * when the reports of a topic share all their words: copies of one wire story, or one story
   * retold week after week, which only the dates tell apart.
   */
  private List<List<Integer>> groupLeftReports(
      List<Integer> left, TopicPairs pairs, DateGate.Days days) {
    if (left.size() < 2) {
      return left.isEmpty() ? List.of() : List.of(new ArrayList<>(left));
    }
    TopicPairs among = pairs.among(left);
    List<List<Integer>> groups = new ArrayList<>();
    for (List<Integer> group : new AverageLinkClustering(settings.supportFloor(),
        settings.supportFloor(), days.among(left).gates(settings))
        .cluster(ones(left.size()), among.first(), among.second(), among.support(),
            among.support(), new boolean[among.size()])) {
      List<Integer> items = new ArrayList<>();
      group.forEach(x -> items.add(left.get(x)));
      groups.add(items);
    }
    return groups;
  }

  private static List<List<Integer>> concat(List<List<Integer>> x, List<List<Integer>> y) {
    List<List<Integer>> all = new ArrayList<>(x);
    all.addAll(y);
    return all;
  }

  private static int[] ones(int m) {
    int[] weight = new int[m];
    Arrays.fill(weight, 1);
    return weight;
  }

  /**
   * A two-article event stands only when its one link reaches {@link
   * MergeSettings#pairThreshold()} and its dates agree. No third report supports a pair: the
   * first pass's loose topic threshold lets two stories of one beat through on shared general
   * words (in a small corpus "government" and "president" weigh as much as rare names).
   */
  private List<List<Integer>> splitPair(List<Integer> topic) {
    PairFeatures f = scorer.features(topic.get(0), topic.get(1));
    DateGate.Days days = DateGate.Days.of(corpus, topic);
    if (PairScorer.combine(f, settings).score() >= settings.pairThreshold()
        && days.agree(List.of(0), List.of(1), settings)) {
      return List.of(topic);
    }
    return List.of(List.of(topic.get(0)), List.of(topic.get(1)));
  }

  /**
   * Joins back groups that are not clearly apart: the local scores of a topic are small numbers
   * whose scale depends on how many words its members share, so a split stands only when the
   * groups' average link is under {@link MergeSettings#splitRatio()} of the looser group's own
   * average (two events), not merely under the threshold (one event, told in several ways). The
   * least clear pair of groups is joined first; groups whose dates disagree stay apart.
   */
  private void rejoinUnclearParts(List<List<Integer>> parts, TopicPairs pairs,
      DateGate.Days days) {
    while (parts.size() > 1) {
      double[][] links = pairs.averageLinks(parts, TopicPairs.Score.LOCAL);
      int bestA = -1;
      int bestB = -1;
      double bestRatio = -1;
      for (int a = 0; a < parts.size(); a++) {
        for (int b = a + 1; b < parts.size(); b++) {
          // a report standing alone has no cohesion: the other group's decides
          double within = Double.isNaN(links[a][a]) ? links[b][b]
              : Double.isNaN(links[b][b]) ? links[a][a] : Math.min(links[a][a], links[b][b]);
          if (Double.isNaN(within)) {
            continue;
          }
          double ratio = within <= 0 ? Double.MAX_VALUE : links[a][b] / within;
          if (ratio > bestRatio && days.agree(parts.get(a), parts.get(b), settings)) {
            bestRatio = ratio;
            bestA = a;
            bestB = b;
          }
        }
      }
      if (bestRatio < settings.splitRatio()) {
        return;
      }
      parts.get(bestA).addAll(parts.remove(bestB));
    }
  }
}
