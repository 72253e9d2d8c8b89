package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-checked candidate conflicts of the merge development sets ({@link FactConflicts}):
 * "Sources differ" is said of real disagreements, and of few others. Each line holds two real
 * sentences from two sources of one event and a person's verdict on whether they disagree.
 */
class FactConflictsTest {

  @Test
  void almostEveryFlaggedCandidateIsARealConflict() throws IOException {
    List<FactConflicts.Candidate> checked = FactConflicts.read(FactBench.CHECKED);
    assertTrue(checked.size() >= 50, "a sample of at least 50, has " + checked.size());
    List<String> falseFlags = new ArrayList<>();
    int flagged = 0;
    int realFlagged = 0;
    int real = 0;
    for (FactConflicts.Candidate c : checked) {
      boolean isFlagged = c.flagged();
      flagged += isFlagged ? 1 : 0;
      real += c.label() ? 1 : 0;
      if (isFlagged && c.label()) {
        realFlagged++;
      } else if (isFlagged) {
        falseFlags.add(c.a().fact().wording() + " vs " + c.b().fact().wording());
      }
    }
    assertTrue(realFlagged > 0, "no real conflict of " + real + " is flagged");
    assertTrue(realFlagged >= 0.95 * flagged,
        "precision under 0.95: " + realFlagged + " of " + flagged + "; false: " + falseFlags);
  }
}
