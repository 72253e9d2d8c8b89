package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.text.Gazetteer;

/**
 * The articles being merged, sorted by source so nothing depends on input order, with the
 * corpus-wide knowledge every later step shares: term weights, resolved entities and each
 * article's evidence.
 */
final class Corpus {
  /**
   * Articles tokenised at once on every core before their terms are interned: large enough to
   * keep both cores busy, small enough that the term strings of one chunk are all that is held.
   */
  private static final int CHUNK = 2048;

  private final List<Article> articles;
  private final Terms terms = new Terms();
  private final TermWeights weights;
  private final EntityResolution entities;
  private final double[] entityWeights;
  private final List<ArticleEvidence> evidence = new ArrayList<>();
  /** Each article's entity groups ascending, and the sum of their squared weights in order. */
  private final int[][] entityGroupIds;
  private final double[] entityNormSquared;
  private final ComparedSets[] comparedSets;

  Corpus(List<Article> input) {
    this(input, Gazetteer.load());
  }

  Corpus(List<Article> input, Gazetteer places) {
    this(input, places, new StageTimer());
  }

  Corpus(List<Article> input, Gazetteer places, StageTimer timer) {
    this(input, places, timer, null);
  }

  /** @param remembered the terms of a remembering merger's last merge, or null */
  Corpus(List<Article> input, Gazetteer places, StageTimer timer, TermsMemo remembered) {
    List<Article> sorted = new ArrayList<>(input);
    sorted.sort(Comparator.comparing(Article::source));
    this.articles = List.copyOf(sorted);
    TermWeights.Builder builder = new TermWeights.Builder();
    List<TermWeights.Distinct> counted = new ArrayList<>(articles.size());
    for (int from = 0; from < articles.size(); from += CHUNK) {
      List<Article> chunk = articles.subList(from, Math.min(articles.size(), from + CHUNK));
      // each article is tokenised and counted alone; interning stays in article order, one thread
      List<TermWeights.Distinct> terms = chunk.parallelStream()
          .map(a -> {
            TermWeights.Distinct known = remembered == null ? null : remembered.known(a);
            return known != null ? known : TermWeights.Distinct.of(articleTerms(a));
          })
          .toList();
      terms.forEach(builder::add);
      if (remembered != null) {
        counted.addAll(terms); // held only to be remembered: at scale they are many arrays
      }
    }
    if (remembered != null) {
      remembered.keep(articles, counted);
      timer.count("terms remembered", remembered.takeTakenCount());
    }
    this.weights = builder.weights();
    List<TermWeights.Counts> counts = builder.documentCounts();
    timer.done("terms");
    this.entities = new EntityResolution(articles);
    this.entityWeights = new double[entities.groupCount()];
    Idf idf = new Idf(articles.size());
    for (int g = 0; g < entityWeights.length; g++) {
      entityWeights[g] = idf.of(entities.documentFrequency(g));
    }
    timer.done("entity resolution");
    EvidenceReader reader = new EvidenceReader();
    for (int from = 0; from < articles.size(); from += CHUNK) {
      int to = Math.min(articles.size(), from + CHUNK);
      // Each article's evidence reads only the article and the finished, read-only weights,
      // entities and containment: built on every core, kept in article order.
      evidence.addAll(IntStream.range(from, to).parallel()
          .mapToObj(i -> evidence(articles.get(i), counts.get(i), reader, places))
          .toList());
      for (int i = from; i < to; i++) {
        counts.set(i, null); // the vector holds what is needed; let the counts go
      }
    }
    entityGroupIds = new int[articles.size()][];
    entityNormSquared = new double[articles.size()];
    comparedSets = new ComparedSets[articles.size()];
    Map<String, Integer> placeNames = new HashMap<>(); // looked up only
    for (int i = 0; i < articles.size(); i++) {
      comparedSets[i] = ComparedSets.of(evidence.get(i), placeNames);
      entityGroupIds[i] = evidence.get(i).entityGroups().stream().mapToInt(g -> g).toArray();
      double norm = 0;
      for (int g : entityGroupIds[i]) {
        double w = entityWeights[g];
        norm += w * w;
      }
      entityNormSquared[i] = norm;
    }
    timer.done("evidence");
  }

  private ArticleEvidence evidence(Article article, TermWeights.Counts termCounts,
      EvidenceReader reader, Gazetteer places) {
    Entity place = reader.placeEntity(article);
    Set<String> placeForms = new TreeSet<>();
    Set<String> placeScope = new TreeSet<>();
    Set<String> placeCountries = new TreeSet<>();
    if (place != null) {
      for (String form : EvidenceReader.forms(place)) {
        placeForms.add(form);
        placeForms.add(places.canonicalKey(form));
        placeScope.addAll(places.selfAndAncestors(form));
        placeCountries.addAll(places.countriesOf(form));
      }
    }
    Set<Integer> mainPeople = new TreeSet<>();
    for (String key : reader.mainPeopleKeys(article)) {
      int group = entities.groupOf(article.source(), key);
      if (group >= 0) {
        mainPeople.add(group);
      }
    }
    Set<String> allPlaces = new TreeSet<>();
    article.places().forEach(p -> allPlaces.addAll(EvidenceReader.forms(p)));
    return new ArticleEvidence(
        article,
        reader.eventDate(article),
        place == null ? null : place.name(),
        placeForms,
        placeScope,
        placeCountries,
        allPlaces,
        weights.vector(termCounts),
        entities.groupsOf(article),
        mainPeople,
        reader.leadNumbers(article));
  }

  /** Body terms, with a stated headline counted three times: headlines name the event. */
  private List<String> articleTerms(Article article) {
    List<String> all = new ArrayList<>();
    List<String> title = terms.of(article.title());
    int titleCopies = article.titleDerived() ? 1 : 3;
    for (int i = 0; i < titleCopies; i++) {
      all.addAll(title);
    }
    all.addAll(terms.of(article.bodyText()));
    return all;
  }

  List<Article> articles() {
    return articles;
  }

  ArticleEvidence evidence(int i) {
    return evidence.get(i);
  }

  int size() {
    return articles.size();
  }

  Terms terms() {
    return terms;
  }

  TermWeights weights() {
    return weights;
  }

  EntityResolution entities() {
    return entities;
  }

  /** The entity groups article {@code i} names, ascending; the caller must not change it. */
  int[] entityGroupIds(int i) {
    return entityGroupIds[i];
  }

  /** Article {@code i}'s evidence sets as sorted arrays, for pair scoring. */
  ComparedSets comparedSets(int i) {
    return comparedSets[i];
  }

  /** The sum of the squared {@link #entityWeight}s of article {@code i}'s groups. */
  double entityNormSquared(int i) {
    return entityNormSquared[i];
  }

  /** How much sharing an entity group says: rare entities say more (smoothed IDF, {@link Idf}). */
  double entityWeight(int group) {
    return entityWeights[group];
  }
}
