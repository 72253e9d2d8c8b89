package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The candidate queue gives its candidates highest average first, ties to the lowest a, then b. */
class CandidateQueueTest {
  private record Candidate(double average, double support, int a, int b, int versionA, int versionB) {}

  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.comparingDouble((Candidate c) -> -c.average())
          .thenComparingInt(Candidate::a).thenComparingInt(Candidate::b);

  private static Candidate top(CandidateQueue queue) {
    return new Candidate(queue.topAverage(), queue.topSupport(), queue.topA(), queue.topB(),
        queue.topVersionA(), queue.topVersionB());
  }

  @Test
  void candidatesFilledThenOrderedAndAddedLaterComeOutBestFirst() {
    Random random = new Random(7);
    for (int round = 0; round < 50; round++) {
      CandidateQueue queue = new CandidateQueue();
      List<Candidate> all = new ArrayList<>();
      int filled = random.nextInt(200);
      for (int i = 0; i < filled + 100; i++) {
        // Few distinct averages and ids, so ties on the average and on a are common.
        Candidate c = new Candidate(random.nextInt(8) / 8.0, random.nextDouble(),
            random.nextInt(20), random.nextInt(20), random.nextInt(3), Integer.MAX_VALUE - i);
        all.add(c);
        if (i < filled) {
          queue.addUnordered(c.average(), c.support(), c.a(), c.b(), c.versionA(), c.versionB());
        } else {
          if (i == filled) {
            queue.order();
          }
          queue.add(c.average(), c.support(), c.a(), c.b(), c.versionA(), c.versionB());
        }
      }
      List<Candidate> taken = new ArrayList<>();
      while (!queue.isEmpty()) {
        taken.add(top(queue));
        queue.poll();
      }
      assertEquals(all.size(), taken.size());
      for (int i = 1; i < taken.size(); i++) {
        assertTrue(BEST_FIRST.compare(taken.get(i - 1), taken.get(i)) <= 0, "round " + round);
      }
      assertTrue(taken.containsAll(all) && all.containsAll(taken), "every candidate, whole");
    }
  }
}
