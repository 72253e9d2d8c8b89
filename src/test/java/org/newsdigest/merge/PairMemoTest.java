package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

/**
 * Every pair score a remembering merger takes from its last merge ({@link PairMemo}) is the
 * score a fresh scoring gives, after any kind of edit; and most pairs are taken. Scores are
 * compared directly: a stale score seldom changes the events, since it must cross a threshold
 * to change a cluster.
 */
class PairMemoTest {
  /** Shared entities weigh in the score only with an entity weight, which the defaults set to 0. */
  private static final MergeSettings SETTINGS =
      MergeSettings.defaults().with(s -> s.entityWeight = 0.3);

  @Test
  void everyRememberedScoreIsTheScoreOfAFreshScoring() {
    SpecEdits edits = new SpecEdits(7L);
    PairMemo memo = new PairMemo();
    remember(memo, new Corpus(edits.articles()));
    int taken = 0;
    int pairs = 0;
    for (int round = 0; round < 40; round++) {
      edits.edit();
      Corpus corpus = new Corpus(edits.articles());
      byte[][] inputs = ArticleInputs.of(corpus);
      PairMemo.Known known = memo.known(corpus, inputs);
      PairScorer scorer = new PairScorer(corpus, SETTINGS);
      CandidatePairs.Pairs candidates = new CandidatePairs().of(corpus);
      for (int p = 0; p < candidates.size(); p++) {
        int i = candidates.first()[p];
        int j = candidates.second()[p];
        int slot = known.slot(i, j);
        if (slot >= 0) {
          PairScore fresh = scorer.score(i, j);
          String which = "round " + round + ": " + pair(corpus, i, j);
          assertEquals(fresh.score(), known.score(slot), 0.0, which);
          assertEquals(fresh.vetoed(), known.vetoed(slot), which);
          taken++;
        }
      }
      pairs += candidates.size();
      remember(memo, corpus);
    }
    assertTrue(taken > pairs / 4, taken + " of " + pairs + " pair scores taken");
  }

  @Test
  void noScoreIsTakenForAnArticleThatIsANewObject() {
    List<Article> articles = SpecEdits.all();
    PairMemo memo = new PairMemo();
    remember(memo, new Corpus(articles));
    Corpus same = new Corpus(articles);
    PairMemo.Known known = memo.known(same, ArticleInputs.of(same));
    Corpus reparsed = new Corpus(SpecEdits.allParsedAgain());
    PairMemo.Known none = memo.known(reparsed, ArticleInputs.of(reparsed));
    CandidatePairs.Pairs candidates = new CandidatePairs().of(same);
    for (int p = 0; p < candidates.size(); p++) {
      assertTrue(known.slot(candidates.first()[p], candidates.second()[p]) >= 0);
      assertEquals(-1, none.slot(candidates.first()[p], candidates.second()[p]));
    }
  }

  @Test
  void aPairIsScoredAgainWhenAnArticleElsewhereSplitsAPersonBothName() {
    Article a = ArticleFixture.parse("""
        source: a.txt
        title: Police arrest suspect in Lyon jewellery heist
        people: Sophie Martin = prosecutor
        places: Lyon
        ---
        French police arrested a man in Lyon, prosecutor Sophie Martin said.
        """);
    Article b = ArticleFixture.parse("""
        source: b.txt
        title: Man held over armed robbery of Lyon jeweller
        people: Martin
        places: Lyon
        ---
        A man was held in Lyon over the robbery of a jeweller, prosecutor Martin said.
        """);
    String elsewhere = """
        source: c.txt
        title: Prosecutor opens inquiry into Marseille port fraud
        people: Sophie Martin
        places: Marseille
        ---
        A prosecutor opened an inquiry into customs fraud at the port of Marseille.
        """;
    PairMemo memo = new PairMemo();
    remember(memo, new Corpus(List.of(a, b, ArticleFixture.parse(elsewhere))));
    // A second first name for the surname: the bare "Martin" of b no longer joins a's.
    Corpus corpus = new Corpus(List.of(a, b,
        ArticleFixture.parse(elsewhere.replace("Sophie Martin", "Pierre Martin"))));
    PairMemo.Known known = memo.known(corpus, ArticleInputs.of(corpus));
    assertEquals(-1, known.slot(0, 1));
  }

  private static void remember(PairMemo memo, Corpus corpus) {
    CandidatePairs.Pairs candidates = new CandidatePairs().of(corpus);
    PairScorer scorer = new PairScorer(corpus, SETTINGS);
    double[] scores = new double[candidates.size()];
    boolean[] vetoed = new boolean[candidates.size()];
    for (int p = 0; p < scores.length; p++) {
      PairScore score = scorer.score(candidates.first()[p], candidates.second()[p]);
      scores[p] = score.score();
      vetoed[p] = score.vetoed();
    }
    memo.keep(corpus, ArticleInputs.of(corpus), candidates, scores, vetoed);
  }

  private static String pair(Corpus corpus, int i, int j) {
    return corpus.articles().get(i).source() + " and " + corpus.articles().get(j).source();
  }
}
