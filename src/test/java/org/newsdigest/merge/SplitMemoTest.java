package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A topic part's split is taken from a remembering merger's last merge ({@link SplitMemo}) only
 * when everything the split reads is as it was: the same article objects in the same order, the
 * same {@link ArticleInputs} for each, and the same candidate pairs for a part compared sparsely.
 * Events are compared in {@link AssemblyMemoTest}; here the memo's key, since a split taken when
 * it should not be seldom changes the events of a small corpus.
 */
class SplitMemoTest {
  private final Corpus corpus = new Corpus(SpecEdits.all());
  private final byte[][] inputs = ArticleInputs.of(corpus);
  private final List<Integer> part = List.of(1, 3, 4);
  /** What the split in the first merge gave: positions 0 and 2 together, 1 alone. */
  private final List<List<Integer>> split = List.of(List.of(1, 4), List.of(3));
  private final AtomicInteger splits = new AtomicInteger();

  private Supplier<List<List<Integer>>> splitting() {
    return () -> {
      splits.incrementAndGet();
      return split;
    };
  }

  private SplitMemo remembered(List<int[]> sparse) {
    SplitMemo memo = new SplitMemo();
    SplitMemo.Session first = memo.session(corpus, inputs);
    first.split(part, sparse, splitting());
    memo.keep(first);
    splits.set(0);
    return memo;
  }

  @Test
  void thePartAsItWasIsTakenWithItsEvents() {
    SplitMemo memo = remembered(null);
    SplitMemo.Session again = memo.session(corpus, inputs);
    assertEquals(split, again.split(part, null, splitting()));
    assertEquals(0, splits.get());
    assertEquals(1, memo.takeReusedCount());
  }

  @Test
  void aPartIsSplitAgainWhenTheInputsOfOneMemberChanged() {
    SplitMemo memo = remembered(null);
    byte[][] moved = inputs.clone();
    moved[3] = Arrays.copyOf(inputs[3], inputs[3].length);
    moved[3][0]++;
    memo.session(corpus, moved).split(part, null, splitting());
    assertEquals(1, splits.get(), "an entity group or frequency step of a member moved");
  }

  @Test
  void aPartIsSplitAgainWhenItsArticlesAreNewObjects() {
    SplitMemo memo = remembered(null);
    Corpus reparsed = new Corpus(SpecEdits.allParsedAgain());
    memo.session(reparsed, ArticleInputs.of(reparsed)).split(part, null, splitting());
    assertEquals(1, splits.get());
  }

  @Test
  void aSparsePartIsSplitAgainWhenItsCandidatePairsChanged() {
    SplitMemo memo = remembered(List.of(new int[] {0, 1}, new int[] {1, 2}));
    memo.session(corpus, inputs).split(part, List.of(new int[] {0, 1}, new int[] {1, 2}),
        splitting());
    assertEquals(0, splits.get(), "the same pairs");
    memo.session(corpus, inputs).split(part, List.of(new int[] {0, 1}, new int[] {0, 2}),
        splitting());
    assertEquals(1, splits.get(), "other pairs");
    memo.session(corpus, inputs).split(part, null, splitting());
    assertEquals(2, splits.get(), "all pairs now");
  }

  @Test
  void aPartWithAnotherFirstMemberOrMoreMembersIsSplitAgain() {
    SplitMemo memo = remembered(null);
    List<List<Integer>> alone = List.of(List.of(1), List.of(3), List.of(4), List.of(5));
    assertEquals(alone, memo.session(corpus, inputs).split(List.of(1, 3, 4, 5), null, () -> {
      splits.incrementAndGet();
      return alone;
    }));
    assertEquals(alone.subList(1, 3), memo.session(corpus, inputs).split(List.of(3, 4), null, () -> {
      splits.incrementAndGet();
      return alone.subList(1, 3);
    }));
    assertEquals(2, splits.get());
  }
}
