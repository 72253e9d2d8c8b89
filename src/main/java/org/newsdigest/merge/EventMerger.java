package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Entry point of the merge stage: groups articles that report the same real-world event and
 * merges each group into one {@link Event}. Every article lands in exactly one event. The
 * result does not depend on the order of the input list. Immutable, thread-safe: all working
 * state lives in objects built per call.
 *
 * <p>How: each article's event date, place, terms and entities are read ({@link
 * EvidenceReader}); entities are resolved across articles ({@link EntityResolution}); pairs
 * sharing a rare term or entity ({@link CandidatePairs}) are scored ({@link PairScorer}); average
 * link clustering with cannot-link vetoes groups them ({@link AverageLinkClustering}); each group
 * becomes an event ({@link EventAssembler}).
 */
public final class EventMerger {
  private final MergeSettings settings;
  private final PlaceContainment places = PlaceContainment.load();

  public EventMerger() {
    this(MergeSettings.defaults());
  }

  EventMerger(MergeSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The events, newest first (undated last, ties by title then first source), each with its
   * articles earliest published first.
   *
   * @throws IllegalArgumentException when the list holds null or two articles with one source
   */
  public List<Event> merge(List<Article> articles) {
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
    Corpus corpus = new Corpus(articles, places);
    List<Event> events = new ArrayList<>();
    EventAssembler assembler = new EventAssembler(corpus, new PairScorer(corpus, settings));
    for (List<Integer> cluster : clusters(corpus)) {
      events.add(assembler.assemble(cluster));
    }
    events.sort(NEWEST_FIRST);
    return List.copyOf(events);
  }

  /**
   * The clusters as corpus indexes. Pairs are scored on every core into an array in candidate
   * order, so the result is the same whatever the number of threads.
   */
  List<List<Integer>> clusters(Corpus corpus) {
    CandidatePairs.Pairs candidates = new CandidatePairs().of(corpus);
    PairScorer scorer = new PairScorer(corpus, settings);
    PairScore[] scores = new PairScore[candidates.size()];
    IntStream.range(0, scores.length).parallel().forEach(p -> scores[p] =
        scorer.score(candidates.first()[p], candidates.second()[p]));
    List<List<Integer>> topics =
        new AverageLinkClustering(settings.threshold()).cluster(corpus.size(), List.of(scores));
    return new SiblingSplitter(corpus, settings).split(topics);
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
