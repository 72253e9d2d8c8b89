package org.newsdigest.merge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.DateEvidence;
import org.newsdigest.model.Event;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SyndicatedCopy;

/** Turns one cluster of articles into an {@link Event}. */
final class EventAssembler {
  private final Corpus corpus;
  private final PairScorer scorer;
  private final ParticipantBuilder participants;
  private final SummaryPicker summaries;
  private final FactAligner facts = new FactAligner();
  private final QuoteGrouper quotes;
  private final ExclusiveFinder exclusives;
  private final CopyDetector copyDetector = new CopyDetector();
  private final SentenceFilter sentenceFilter = new SentenceFilter();

  EventAssembler(Corpus corpus, PairScorer scorer) {
    this.corpus = corpus;
    this.scorer = scorer;
    this.participants = new ParticipantBuilder(corpus.entities());
    this.summaries = new SummaryPicker(corpus);
    this.quotes = new QuoteGrouper(corpus.entities());
    this.exclusives = new ExclusiveFinder(corpus);
  }

  /** Articles earliest published first, undated last, ties by source. */
  static final Comparator<Article> EVENT_ORDER =
      Comparator.comparing(Article::published, MomentOrder.NULLS_LAST)
          .thenComparing(Article::source);

  /**
   * An assembled event, and whether its assembly read nothing of the corpus beyond what {@link
   * AssemblyInputs} covers, so that it may be remembered ({@link AssemblyMemo}).
   */
  record Assembly(Event event, boolean selfContained) {}

  /** @param cluster corpus indexes of the articles */
  Assembly assemble(List<Integer> cluster) {
    List<Integer> ordered = new ArrayList<>(cluster);
    ordered.sort(Comparator.comparing(i -> corpus.articles().get(i), EVENT_ORDER));
    List<Article> articles = ordered.stream().map(i -> corpus.articles().get(i)).toList();
    List<SyndicatedCopy> copies = copyDetector.find(articles);
    Map<String, String> originals = new TreeMap<>();
    copies.forEach(c -> originals.put(c.source(), c.original()));
    // A copy repeats its original: it must not weigh twice in what the sources agree on.
    List<Integer> independent =
        ordered.stream().filter(i -> !originals.containsKey(corpus.articles().get(i).source()))
            .toList();
    // The summary and the exclusives read the same sentences of the same articles: once.
    List<SentenceTerms> independentSentences = independent.stream()
        .map(i -> new SentenceTerms(corpus.articles().get(i), corpus.evidence(i).vector(),
            corpus.terms(), corpus.weights(), sentenceFilter))
        .toList();
    SparseVector centroid =
        SparseVector.centroid(independent.stream().map(i -> corpus.evidence(i).vector()).toList());
    Map<Integer, Participant> byGroup = participants.build(articles);
    EventDate date = date(independent, !copies.isEmpty());
    String title = title(independent, centroid);
    Event event = new Event(
        title,
        date == null ? null : date.date(),
        date == null ? null : date.evidence(),
        place(independent),
        List.copyOf(byGroup.values()),
        articles,
        summaries.pick(independentSentences, centroid, title),
        facts.align(articles, originals),
        quotes.group(articles, byGroup, originals),
        exclusives.find(independent, independentSentences),
        links(ordered),
        articles.stream().map(Article::published).filter(m -> m != null)
            .min(MomentOrder.CHRONOLOGICAL).orElse(null),
        lastUpdated(articles),
        copies);
    // read after the summary and the exclusives, which are what look sentence terms up
    boolean selfContained =
        independentSentences.stream().noneMatch(SentenceTerms::readOthersTerms);
    return new Assembly(event, selfContained);
  }

  /** A stated headline this long reads as a headline: shorter is a label, longer a paragraph. */
  static final int MIN_TITLE_WORDS = 3;

  static final int MAX_TITLE_WORDS = 20;

  /**
   * The headline of the most central article (cosine of its vector to the event centroid), not
   * of the first published one: an early report may lead with a side story. Stated headlines
   * come before derived ones and headlines of a sensible length before labels and paragraphs.
   */
  private String title(List<Integer> cluster, SparseVector centroid) {
    return cluster.stream()
        .min(Comparator.comparing((Integer i) -> corpus.articles().get(i).titleDerived())
            .thenComparing(i -> !sensibleLength(corpus.articles().get(i).title()))
            .thenComparingDouble(i -> -corpus.evidence(i).vector().cosine(centroid))
            .thenComparing(i -> corpus.articles().get(i).source()))
        .map(i -> corpus.articles().get(i).title())
        .orElseThrow();
  }

  static boolean sensibleLength(String title) {
    int words = SentenceFilter.wordCount(title);
    return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS;
  }

  /**
   * The date with most support (a dateline counts 3, a lead date 2, a publication day 1), then
   * the one more sources give, then the one with the strongest evidence, then the earliest; the
   * evidence is that of its strongest supporter and how many sources agree.
   *
   * @param cluster the independent articles: a copy's dateline is its original's
   * @param copiesLeftOut true when the event has copies, so the count says "independent"
   */
  private EventDate date(List<Integer> cluster, boolean copiesLeftOut) {
    Map<LocalDate, Integer> support = new TreeMap<>();
    Map<LocalDate, EventDate> strongest = new TreeMap<>();
    Map<LocalDate, Integer> sources = new TreeMap<>();
    for (int i : cluster) {
      EventDate d = corpus.evidence(i).date();
      if (d == null) {
        continue;
      }
      support.merge(d.date(), d.strength(), Integer::sum);
      sources.merge(d.date(), 1, Integer::sum);
      strongest.merge(d.date(), d, (x, y) -> y.strength() > x.strength() ? y : x);
    }
    Comparator<LocalDate> better =
        Comparator.comparing((LocalDate d) -> support.get(d))
            .thenComparing(d -> sources.get(d))
            .thenComparing(d -> strongest.get(d).strength())
            .thenComparing(Comparator.<LocalDate>reverseOrder());
    LocalDate best = support.keySet().stream().max(better).orElse(null);
    if (best == null) {
      return null;
    }
    EventDate chosen = strongest.get(best);
    DateEvidence evidence = chosen.evidence().agreedBy(sources.get(best), cluster.size(), copiesLeftOut);
    return new EventDate(best, evidence, chosen.strength(), chosen.confident());
  }

  /**
   * The place most independent articles give (first in event order on a tie), or null. An
   * article's votes are the articles whose place shares a name form with its own ({@link
   * PairScorer.PlaceRelation#SAME}); articles with the same set of forms get the same votes, so
   * the sets are compared, not the k² pairs of a large event.
   */
  private String place(List<Integer> cluster) {
    Map<Set<String>, Integer> articlesWithForms = new LinkedHashMap<>();
    for (int j : cluster) {
      articlesWithForms.merge(corpus.evidence(j).placeForms(), 1, Integer::sum);
    }
    Map<Set<String>, Integer> votesOf = new HashMap<>(); // looked up only
    for (Set<String> forms : articlesWithForms.keySet()) {
      int votes = 0;
      for (Map.Entry<Set<String>, Integer> other : articlesWithForms.entrySet()) {
        if (!forms.isEmpty() && !Collections.disjoint(forms, other.getKey())) {
          votes += other.getValue();
        }
      }
      votesOf.put(forms, votes);
    }
    String best = null;
    int bestVotes = 0;
    for (int i : cluster) {
      ArticleEvidence a = corpus.evidence(i);
      if (a.place() == null) {
        continue;
      }
      int votes = votesOf.get(a.placeForms());
      if (votes > bestVotes) {
        best = a.place();
        bestVotes = votes;
      }
    }
    return best;
  }

  /** Events up to this many articles explain themselves by all their pairs. */
  static final int ALL_PAIRS_UP_TO = 64;

  /** In a larger event, how many later articles (in event order) each article is scored with. */
  static final int WINDOW = 8;

  /**
   * A maximum spanning tree of the cluster's pair scores: the strongest ties that hold it. A
   * large event (hundreds of copies of one wire story) would cost k² scores, so beyond {@link
   * #ALL_PAIRS_UP_TO} articles each is scored only with the next {@link #WINDOW} in event
   * order: still connected (each article meets its successor), k * WINDOW scores.
   */
  private List<MergeLink> links(List<Integer> cluster) {
    List<PairScore> pairs = new ArrayList<>();
    int window = cluster.size() <= ALL_PAIRS_UP_TO ? cluster.size() : WINDOW;
    for (int x = 0; x < cluster.size(); x++) {
      for (int y = x + 1; y < cluster.size() && y <= x + window; y++) {
        pairs.add(scorer.score(cluster.get(x), cluster.get(y)));
      }
    }
    pairs.sort(Comparator.comparingDouble((PairScore p) -> -p.score())
        .thenComparingInt(PairScore::first).thenComparingInt(PairScore::second));
    // Union-find over corpus indexes; relabelling every member per link was k² again.
    Map<Integer, Integer> parent = new TreeMap<>();
    cluster.forEach(i -> parent.put(i, i));
    List<MergeLink> links = new ArrayList<>();
    for (PairScore p : pairs) {
      int a = root(parent, p.first());
      int b = root(parent, p.second());
      if (a == b) {
        continue;
      }
      parent.put(b, a);
      double score = Math.round(p.score() * 1000) / 1000.0;
      links.add(new MergeLink(corpus.articles().get(p.first()).source(),
          corpus.articles().get(p.second()).source(), score, scorer.evidence(p)));
    }
    return links;
  }

  private static int root(Map<Integer, Integer> parent, int i) {
    int r = i;
    while (parent.get(r) != r) {
      r = parent.get(r);
    }
    parent.put(i, r);
    return r;
  }

  private static Moment lastUpdated(List<Article> articles) {
    List<Moment> moments = new ArrayList<>();
    for (Article a : articles) {
      if (a.published() != null) {
        moments.add(a.published());
      }
      if (a.updated() != null) {
        moments.add(a.updated());
      }
    }
    return moments.stream().max(MomentOrder.CHRONOLOGICAL).orElse(null);
  }
}
