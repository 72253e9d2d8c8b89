package org.newsdigest.merge;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.MergeEvidence;

/**
 * Scores a pair of articles: text cosine and shared rare entities, nudged by agreeing dates and
 * places; vetoed (scored 0, and a cannot-link when the settings say so) when both state event
 * dates too far apart, penalised when their places differ.
 */
final class PairScorer {
  private final Corpus corpus;
  private final MergeSettings settings;

  PairScorer(Corpus corpus, MergeSettings settings) {
    this.corpus = corpus;
    this.settings = settings;
  }

  PairScore score(int i, int j) {
    return combine(features(i, j), settings);
  }

  /** {@link #score(int, int)} when the text cosine of the two is already known. */
  PairScore score(int i, int j, double text) {
    return combine(features(i, j, text), settings);
  }

  /** The settings-independent comparison of two articles. */
  PairFeatures features(int i, int j) {
    return features(i, j,
        corpus.evidence(Math.min(i, j)).vector().cosine(corpus.evidence(Math.max(i, j)).vector()));
  }

  /**
   * {@link #features(int, int)} with the text cosine computed by the caller: bulk scoring
   * reads one article's vector against all its partners at once.
   */
  PairFeatures features(int i, int j, double text) {
    ArticleEvidence a = corpus.evidence(Math.min(i, j));
    ArticleEvidence b = corpus.evidence(Math.max(i, j));
    long apart = -1;
    boolean confident = false;
    if (a.date() != null && b.date() != null) {
      apart = Math.abs(ChronoUnit.DAYS.between(a.date().date(), b.date().date()));
      confident = a.date().confident() && b.date().confident();
    }
    return new PairFeatures(
        Math.min(i, j),
        Math.max(i, j),
        text,
        entityOverlap(Math.min(i, j), Math.max(i, j)),
        apart,
        confident,
        placeRelation(corpus.comparedSets(Math.min(i, j)), corpus.comparedSets(Math.max(i, j))),
        (a.date() == null ? 1 : 0) + (b.date() == null ? 1 : 0),
        peopleDiffer(Math.min(i, j), Math.max(i, j)),
        numbersDiffer(a, b));
  }

  /** The weighted score of a compared pair under {@code settings}. */
  static PairScore combine(PairFeatures f, MergeSettings settings) {
    double score = settings.textWeight() * f.text() + settings.entityWeight() * f.entities();
    boolean vetoed = false;
    if (f.daysApart() >= 0) {
      if (f.datesConfident() && f.daysApart() > settings.vetoDays()) {
        vetoed = true;
      } else if (f.daysApart() <= 1) {
        score += settings.dateBonus();
      }
    }
    switch (f.place()) {
      case SAME -> score += settings.placeBonus();
      case DIFFERENT -> score *= settings.placePenalty();
      case DISJOINT -> score *= settings.placePenalty() * settings.placePenalty();
      default -> {}
    }
    if (f.undated() == 1) {
      score *= settings.undatedFactor();
    }
    if (f.peopleDiffer()) {
      score *= settings.peopleFactor();
    }
    if (f.numbersDiffer()) {
      score *= settings.numberFactor();
    }
    score = vetoed ? 0 : Math.min(1, score);
    // A soft veto scores the pair 0 instead of forbidding the join: it still weighs against
    // joining in the average, but one follow-up months later (the trial of the accused) no
    // longer keeps two halves of one story apart when the rest of them agree.
    boolean cannotLink = vetoed && settings.vetoCannotLink();
    return new PairScore(f.first(), f.second(), score, f.text(), f.entities(), cannotLink);
  }

  enum PlaceRelation {
    UNKNOWN,
    SAME,
    COMPATIBLE,
    DIFFERENT,
    /** Different places known to lie in different countries: penalised twice. */
    DISJOINT
  }

  /**
   * SAME when the two places share a name form; COMPATIBLE when one lies in the other (the
   * gazetteer, {@link org.newsdigest.text.Gazetteer#selfAndAncestors}) or one article also names
   * the other's place (a city and the country it is in, named by both); DISJOINT when the
   * gazetteer puts them in different countries; else DIFFERENT.
   */
  static PlaceRelation placeRelation(ArticleEvidence a, ArticleEvidence b) {
    if (a.placeForms().isEmpty() || b.placeForms().isEmpty()) {
      return PlaceRelation.UNKNOWN;
    }
    if (intersects(a.placeForms(), b.placeForms())) {
      return PlaceRelation.SAME;
    }
    if (intersects(a.placeForms(), b.placeScope())
        || intersects(b.placeForms(), a.placeScope())
        || intersects(a.placeForms(), b.allPlaceForms())
        || intersects(b.placeForms(), a.allPlaceForms())) {
      return PlaceRelation.COMPATIBLE;
    }
    if (!a.placeCountries().isEmpty() && !b.placeCountries().isEmpty()
        && !intersects(a.placeCountries(), b.placeCountries())) {
      return PlaceRelation.DISJOINT;
    }
    return PlaceRelation.DIFFERENT;
  }

  /**
   * {@link #placeRelation(ArticleEvidence, ArticleEvidence)} of the two articles' sets as sorted
   * arrays: the same tests in the same order, so the same answer.
   */
  static PlaceRelation placeRelation(ComparedSets a, ComparedSets b) {
    if (a.placeForms().length == 0 || b.placeForms().length == 0) {
      return PlaceRelation.UNKNOWN;
    }
    if (ComparedSets.intersects(a.placeForms(), b.placeForms())) {
      return PlaceRelation.SAME;
    }
    if (ComparedSets.intersects(a.placeForms(), b.placeScope())
        || ComparedSets.intersects(b.placeForms(), a.placeScope())
        || ComparedSets.intersects(a.placeForms(), b.allPlaceForms())
        || ComparedSets.intersects(b.placeForms(), a.allPlaceForms())) {
      return PlaceRelation.COMPATIBLE;
    }
    if (a.placeCountries().length > 0 && b.placeCountries().length > 0
        && !ComparedSets.intersects(a.placeCountries(), b.placeCountries())) {
      return PlaceRelation.DISJOINT;
    }
    return PlaceRelation.DIFFERENT;
  }

  /**
   * {@link #peopleDiffer(ArticleEvidence, ArticleEvidence)} of corpus articles {@code i} and
   * {@code j}, over the sorted arrays of their main people and entity groups.
   */
  boolean peopleDiffer(int i, int j) {
    int[] mainA = corpus.comparedSets(i).mainPeople();
    int[] mainB = corpus.comparedSets(j).mainPeople();
    return mainA.length > 0
        && mainB.length > 0
        && !ComparedSets.intersects(mainA, corpus.entityGroupIds(j))
        && !ComparedSets.intersects(mainB, corpus.entityGroupIds(i));
  }

  /** Both are about someone, and neither so much as names the other's main people. */
  static boolean peopleDiffer(ArticleEvidence a, ArticleEvidence b) {
    return !a.mainPeople().isEmpty()
        && !b.mainPeople().isEmpty()
        && !intersects(a.mainPeople(), b.entityGroups())
        && !intersects(b.mainPeople(), a.entityGroups());
  }

  /**
   * Both leads count the same kind of thing and no such count agrees (23 pirates against 26):
   * one report rounding or updating a toll usually still shares some count with the other.
   */
  static boolean numbersDiffer(ArticleEvidence a, ArticleEvidence b) {
    boolean shared = false;
    for (var e : a.leadNumbers().entrySet()) {
      Set<BigDecimal> other = b.leadNumbers().get(e.getKey());
      if (other != null) {
        shared = true;
        if (intersects(e.getValue(), other)) {
          return false;
        }
      }
    }
    return shared;
  }

  private static <T> boolean intersects(Set<T> x, Set<T> y) {
    for (T s : x) {
      if (y.contains(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Cosine over entity groups weighted by rarity. The groups are sorted arrays and the norms
   * precomputed ({@link Corpus#entityGroupIds}): this runs for millions of pairs.
   */
  private double entityOverlap(int i, int j) {
    int[] a = corpus.entityGroupIds(i);
    int[] b = corpus.entityGroupIds(j);
    double shared = 0;
    int x = 0;
    int y = 0;
    while (x < a.length && y < b.length) {
      if (a[x] == b[y]) {
        double w = corpus.entityWeight(a[x]);
        shared += w * w;
        x++;
        y++;
      } else if (a[x] < b[y]) {
        x++;
      } else {
        y++;
      }
    }
    double normA = corpus.entityNormSquared(i);
    double normB = corpus.entityNormSquared(j);
    return normA == 0 || normB == 0 ? 0 : shared / Math.sqrt(normA * normB);
  }

  /** Why the pair belongs together, for a {@link org.newsdigest.model.MergeLink}. */
  MergeEvidence evidence(PairScore pair) {
    ArticleEvidence a = corpus.evidence(pair.first());
    ArticleEvidence b = corpus.evidence(pair.second());
    boolean datesClose = a.date() != null && b.date() != null
        && Math.abs(ChronoUnit.DAYS.between(a.date().date(), b.date().date())) <= 1;
    return new MergeEvidence(datesClose ? a.date().date() : null, datesClose ? b.date().date() : null,
        placeRelation(a, b) == PlaceRelation.SAME ? a.place() : null,
        shared(a, b, EntityType.PERSON), shared(a, b, EntityType.ORGANISATION), shared(a, b, EntityType.PLACE),
        pair.text());
  }

  /** The display names of the entity groups of {@code type} both articles name, sorted. */
  private List<String> shared(ArticleEvidence a, ArticleEvidence b, EntityType type) {
    Set<String> shared = new TreeSet<>();
    for (int g : a.entityGroups()) {
      if (b.entityGroups().contains(g) && corpus.entities().typeOf(g) == type) {
        shared.add(corpus.entities().displayName(g));
      }
    }
    return List.copyOf(shared);
  }
}
