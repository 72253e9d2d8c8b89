package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;

/** Pair scoring over sorted arrays must answer exactly as over the evidence's sets. */
class ComparedSetsTest {
  private static final List<String> PLACES =
      List.of("berlin", "europe", "france", "germany", "lyon", "paris", "île de france");

  private static Set<String> someOf(Random random) {
    Set<String> set = new TreeSet<>();
    for (String place : PLACES) {
      if (random.nextInt(4) == 0) {
        set.add(place);
      }
    }
    return set;
  }

  private static ArticleEvidence evidence(Random random) {
    return new ArticleEvidence(null, null, null, someOf(random), someOf(random), someOf(random),
        someOf(random), SparseVector.EMPTY, Set.of(), Set.of(), Map.of());
  }

  @Test
  void placeRelationsOverArraysEqualThoseOverSets() {
    Random random = new Random(2026);
    int[] seen = new int[PairScorer.PlaceRelation.values().length];
    Map<String, Integer> names = new java.util.HashMap<>();
    for (int round = 0; round < 2000; round++) {
      ArticleEvidence a = evidence(random);
      ArticleEvidence b = evidence(random);
      PairScorer.PlaceRelation expected = PairScorer.placeRelation(a, b);
      assertEquals(expected,
          PairScorer.placeRelation(ComparedSets.of(a, names), ComparedSets.of(b, names)),
          a + " / " + b);
      seen[expected.ordinal()]++;
    }
    for (int count : seen) {
      assertTrue(count > 0, "every relation is exercised");
    }
  }

  @Test
  void arraysShareAnElementExactlyWhenTheyDo() {
    assertFalse(ComparedSets.intersects(new int[0], new int[] {1}));
    assertTrue(ComparedSets.intersects(new int[] {1, 5, 9}, new int[] {2, 9}));
    assertFalse(ComparedSets.intersects(new int[] {1, 5}, new int[] {2, 9}));
  }

  @Test
  void peopleDifferOverArraysEqualsOverSetsForRealArticles()
      throws IOException, URISyntaxException {
    Path folder = Path.of(ComparedSetsTest.class.getResource("/merge/copies").toURI());
    List<Article> articles = new ArticleReader(new Ingester(), new Extractor()).readTree(folder)
        .articles().stream().filter(a -> a.source().endsWith(".txt")).toList();
    Corpus corpus = new Corpus(articles);
    PairScorer scorer = new PairScorer(corpus, MergeSettings.defaults());
    for (int i = 0; i < corpus.size(); i++) {
      for (int j = 0; j < corpus.size(); j++) {
        assertEquals(PairScorer.peopleDiffer(corpus.evidence(i), corpus.evidence(j)),
            scorer.peopleDiffer(i, j));
        assertEquals(PairScorer.placeRelation(corpus.evidence(i), corpus.evidence(j)),
            PairScorer.placeRelation(corpus.comparedSets(i), corpus.comparedSets(j)));
      }
    }
  }
}
