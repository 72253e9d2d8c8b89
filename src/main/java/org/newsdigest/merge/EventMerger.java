package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.text.Gazetteer;

/**
 * Entry point of the merge stage: groups articles that report the same real-world event and
 * merges each group into one {@link Event}. Every article lands in exactly one event. The
 * result does not depend on the order of the input list. Thread-safe: all working state lives
 * in objects built per call, except a {@link #remembering} merger's memo of its last events,
 * which changes no result.
 *
 * <p>An event is one happening (the merge spec says what that means). How: each article's
 * happening date, place, terms and entities are read ({@link EvidenceReader}); entities are
 * resolved across articles ({@link EntityResolution}); pairs sharing a rare term or entity
 * ({@link CandidatePairs}) are scored ({@link PairScorer}); average link clustering groups them
 * into topics ({@link AverageLinkClustering}); each topic is split into its happenings ({@link
 * EventSplitter}); each group becomes an event ({@link EventAssembler}).
 */
public final class EventMerger {
  private final MergeSettings settings;
  private final Gazetteer places;
  /** What a {@link #remembering} merger keeps of its last merge; null for any other. */
  private final Memos memos;
  private volatile MergeSteps lastSteps;

  /**
   * The memos of a remembering merger: each article's terms, each pair's score, each topic part's
   * split, each event.
   */
  private record Memos(TermsMemo terms, PairMemo pairs, SplitMemo splits, AssemblyMemo events) {}

  public EventMerger() {
    this(MergeSettings.defaults());
  }

  EventMerger(MergeSettings settings) {
    this(settings, Gazetteer.load(), null);
  }

  private EventMerger(MergeSettings settings, Gazetteer places, Memos memos) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.places = places;
    this.memos = memos;
  }

  /**
   * A merger that remembers its last merge's article terms, pair scores and events, and takes
   * each one whose inputs did not change from there rather than working it out again: for a
   * process that merges one corpus after another with small changes between them, as {@code
   * serve --watch} does, reusing the article objects of unchanged files. The events are the same
   * as this merger's.
   */
  public EventMerger remembering() {
    return new EventMerger(settings, places,
        new Memos(new TermsMemo(), new PairMemo(), new SplitMemo(), new AssemblyMemo()));
  }

  /** True for a {@link #remembering} merger. */
  public boolean remembers() {
    return memos != null;
  }

  /**
   * True for a remembering merger once it has merged or recalled a memory: {@link #memory} then
   * gives one. Cheaper to ask than the memory itself.
   */
  public boolean remembersAMerge() {
    return memos != null && memos.pairs().hasLast();
  }

  /**
   * What this remembering merger knows of its last merge, for another process to {@link #recall};
   * null before its first merge, and for a merger that does not remember.
   */
  public MergeMemory memory() {
    return memos == null ? null
        : memos.pairs().memory(memos.splits().entries(), memos.events().entries(), memos.terms());
  }

  /**
   * Takes {@code memory}, kept from a merge of another process, as this remembering merger's
   * last merge: the next merge takes from it what it would otherwise work out again (the events
   * are the same). Call it between merges, not during one.
   *
   * @throws IllegalStateException when this merger does not remember
   */
  public void recall(MergeMemory memory) {
    if (memos == null) {
      throw new IllegalStateException("only a remembering merger can recall a memory");
    }
    memos.terms().recall(memory);
    memos.pairs().recall(memory);
    memos.splits().recall(memory);
    memos.events().recall(memory);
  }

  /**
   * The events, newest first (undated last, ties by title then first source), each with its
   * articles earliest published first.
   *
   * @throws IllegalArgumentException when the list holds null or two articles with one source
   */
  public List<Event> merge(List<Article> articles) {
    StageTimer timer = new StageTimer();
    List<Event> events = merge(articles, timer);
    lastSteps = new MergeSteps(timer.seconds(), timer.counts());
    return events;
  }

  /**
   * The steps of the last {@link #merge(List)} this merger finished, or null before the first:
   * what {@code serve --watch --timings} prints after each rebuild.
   */
  public MergeSteps lastSteps() {
    return lastSteps;
  }

  /** {@link #merge(List)}, timing each step on {@code timer}. */
  List<Event> merge(List<Article> articles, StageTimer timer) {
    Objects.requireNonNull(articles, "The parameter 'articles' must not be null.");
    Set<String> sources = new TreeSet<>();
    for (Article article : articles) {
      if (article == null) {
        throw new IllegalArgumentException("The parameter 'articles' must not hold null.");
      }
      if (!sources.add(article.source())) {
        throw new IllegalArgumentException(
            "Two articles have the source '" + article.source() + "'; sources must be unique.");
      }
    }
    timer.done("checks");
    Corpus corpus = new Corpus(articles, places, timer, memos == null ? null : memos.terms());
    EventAssembler assembler = new EventAssembler(corpus, new PairScorer(corpus, settings));
    // Events are assembled on every core: each reads only its own cluster and the read-only
    // corpus, and the ordered collect keeps the result the same whatever the thread count.
    byte[][] inputs = memos == null ? null : ArticleInputs.of(corpus);
    if (memos != null) {
      timer.done("memo inputs");
    }
    List<List<Integer>> clusters = clusters(corpus, inputs, timer);
    List<Event> events;
    if (memos == null) {
      events = new ArrayList<>(
          clusters.parallelStream().map(c -> assembler.assemble(c).event()).toList());
    } else {
      List<GroupMemo.Group<Event>> assembled = clusters.parallelStream()
          .map(c -> memos.events().assemble(corpus, c, inputs, assembler)).toList();
      memos.events().keep(assembled);
      events = new ArrayList<>(assembled.stream().map(GroupMemo.Group::value).toList());
    }
    events.sort(NEWEST_FIRST);
    timer.done("assembly");
    timer.count("events", events.size());
    if (memos != null) {
      timer.count("events remembered", memos.events().takeReusedCount());
    }
    return List.copyOf(events);
  }

  /**
   * The clusters as corpus indexes. Pairs are scored on every core into an array in candidate
   * order, so the result is the same whatever the number of threads.
   */
  List<List<Integer>> clusters(Corpus corpus) {
    return clusters(corpus, memos == null ? null : ArticleInputs.of(corpus), new StageTimer());
  }

  /** @param inputs {@link ArticleInputs#of} the corpus for a remembering merger, else null */
  private List<List<Integer>> clusters(Corpus corpus, byte[][] inputs, StageTimer timer) {
    int[] copyOf = copies(corpus);
    boolean[] original = new boolean[corpus.size()];
    int[] weight = new int[corpus.size()];
    for (int i = 0; i < copyOf.length; i++) {
      original[i] = copyOf[i] == i;
      weight[copyOf[i]]++;
    }
    timer.done("verbatim copies");
    CandidatePairs.Pairs candidates = new CandidatePairs().of(corpus, original);
    timer.done("blocking");
    PairScorer scorer = new PairScorer(corpus, settings);
    // Primitive arrays, not a PairScore per pair: at 100,000 articles there are millions.
    double[] scores = new double[candidates.size()];
    boolean[] vetoed = new boolean[candidates.size()];
    PairMemo.Known known = memos == null ? null : memos.pairs().known(corpus, inputs);
    // A few slices per core: balanced, and few dense term arrays to allocate.
    int slices = Math.max(1, Math.min(scores.length / SCORING_SLICE,
        8 * Runtime.getRuntime().availableProcessors()));
    IntStream.range(0, slices).parallel().forEach(slice -> scoreSlice(corpus, scorer, candidates,
        (int) ((long) scores.length * slice / slices),
        (int) ((long) scores.length * (slice + 1) / slices), known, scores, vetoed));
    timer.count("pairs", scores.length);
    if (memos != null) {
      timer.count("pairs remembered", known == null ? 0 : known.taken());
      memos.pairs().keep(corpus, inputs, candidates, scores, vetoed);
    }
    timer.done("scoring");
    List<List<Integer>> topics = new AverageLinkClustering(settings.threshold())
        .cluster(weight, candidates.first(), candidates.second(), scores, vetoed);
    timer.done("clustering");
    // Copies' singletons are empty of originals: the splitter sees each original once.
    SplitMemo.Session splits = memos == null ? null : memos.splits().session(corpus, inputs);
    List<List<Integer>> clusters =
        new EventSplitter(corpus, settings).split(topics, candidates, splits);
    if (splits != null) {
      timer.count("topic parts", splits.size());
      timer.count("topic parts remembered", memos.splits().takeReusedCount());
      memos.splits().keep(splits);
    }
    timer.done("splitting");
    // Each copy joins its original's cluster; a copy's own singleton is dropped.
    List<List<Integer>> withCopies = new ArrayList<>();
    int[] clusterOf = new int[corpus.size()];
    for (List<Integer> cluster : clusters) {
      if (weight[cluster.get(0)] == 0) {
        continue;
      }
      cluster.forEach(i -> clusterOf[i] = withCopies.size());
      withCopies.add(new ArrayList<>(cluster));
    }
    for (int i = 0; i < copyOf.length; i++) {
      if (copyOf[i] != i) {
        withCopies.get(clusterOf[copyOf[i]]).add(i);
      }
    }
    withCopies.forEach(c -> c.sort(null));
    timer.done("copies rejoined");
    return withCopies;
  }

  /** The fewest candidate pairs worth a task of their own (and its dense term array). */
  private static final int SCORING_SLICE = 20_000;

  /**
   * Scores pairs {@code from} (inclusive) to {@code to}. Pairs come sorted by first article, so
   * each first article's vector is spread once into a dense array and every partner's cosine
   * is one pass over the partner's terms; a run of one article split between two slices is
   * simply spread in both. Each pair's score depends on nothing else, so the slicing changes no
   * result. A pair {@code known} from the last merge takes its score from there.
   */
  private static void scoreSlice(Corpus corpus, PairScorer scorer, CandidatePairs.Pairs pairs,
      int from, int to, PairMemo.Known known, double[] scores, boolean[] vetoed) {
    double[] dense = new double[corpus.weights().termCount()];
    int p = from;
    while (p < to) {
      int i = pairs.first()[p];
      SparseVector vector = corpus.evidence(i).vector();
      boolean scattered = false;
      for (; p < to && pairs.first()[p] == i; p++) {
        int j = pairs.second()[p];
        int slot = known == null ? -1 : known.slot(i, j);
        if (slot >= 0) {
          scores[p] = known.score(slot);
          vetoed[p] = known.vetoed(slot);
          continue;
        }
        if (!scattered) {
          vector.scatter(dense);
          scattered = true;
        }
        PairScore score =
            scorer.score(i, j, corpus.evidence(j).vector().cosineWithScattered(dense));
        scores[p] = score.score();
        vetoed[p] = score.vetoed();
      }
      if (scattered) {
        vector.clear(dense);
      }
    }
  }

  /**
   * For each article the first article (lowest index) that is a verbatim copy of it: the same
   * headline, body and event date, so the same features against any other article. Hundreds of
   * copies of one wire story share every word, which the blocking's posting cap would otherwise
   * drop, leaving each copy alone; as one weighted item they cost one.
   */
  private static int[] copies(Corpus corpus) {
    int[] copyOf = new int[corpus.size()];
    Map<Long, List<Integer>> byHash = new HashMap<>(); // looked up only
    for (int i = 0; i < corpus.size(); i++) {
      copyOf[i] = i;
      Article article = corpus.articles().get(i);
      long hash = copyKey(corpus, i).hashCode() * 0x9E3779B97F4A7C15L
          + article.bodyText().hashCode();
      List<Integer> same = byHash.computeIfAbsent(hash, h -> new ArrayList<>(1));
      for (int j : same) {
        if (copyKey(corpus, j).equals(copyKey(corpus, i))
            && corpus.articles().get(j).bodyText().equals(article.bodyText())) {
          copyOf[i] = j;
          break;
        }
      }
      if (copyOf[i] == i) {
        same.add(i);
      }
    }
    return copyOf;
  }

  private static List<Object> copyKey(Corpus corpus, int i) {
    Article article = corpus.articles().get(i);
    EventDate date = corpus.evidence(i).date();
    return Arrays.asList(article.title(), article.titleDerived(),
        date == null ? null : date.date(), date == null ? null : date.confident(),
        date == null ? 0 : date.strength());
  }

  /** The compared candidate pairs; package-private so measurement can reuse them. */
  static List<PairFeatures> features(Corpus corpus) {
    // The settings play no part in the features: any instance reads them the same way.
    PairScorer scorer = new PairScorer(corpus, MergeSettings.defaults());
    CandidatePairs.Pairs candidates = new CandidatePairs().of(corpus);
    List<PairFeatures> features = new ArrayList<>(candidates.size());
    for (int p = 0; p < candidates.size(); p++) {
      features.add(scorer.features(candidates.first()[p], candidates.second()[p]));
    }
    return features;
  }

  /** The clusters of the compared pairs under {@code settings}, as corpus indexes. */
  static List<List<Integer>> clusters(
      int size, List<PairFeatures> features, MergeSettings settings) {
    List<PairScore> pairs = new ArrayList<>(features.size());
    for (PairFeatures f : features) {
      pairs.add(PairScorer.combine(f, settings));
    }
    return new AverageLinkClustering(settings.threshold()).cluster(size, pairs);
  }

  static final Comparator<Event> NEWEST_FIRST =
      Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Event::title)
          .thenComparing(e -> e.articles().get(0).source());
}
