package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.FactReport;

/** What a fact's row is called, and which rows say too little to be shown. */
class FactLabelTest {
  private static FactReport report(String source, String wording, int value) {
    return new FactReport(source, wording, BigDecimal.valueOf(value), null, wording + ".");
  }

  @Test
  void aShareSaysWhatItIsAShareOf() {
    AlignedFact share = new AlignedFact("percent",
        List.of(report("a.txt", "approximately 20% of Ukraine", 20)), false);
    assertEquals("percent of Ukraine", FactLabel.of(share));
    assertTrue(FactLabel.isClear(share));
    assertEquals("countries", FactLabel.of(new AlignedFact("countries",
        List.of(report("a.txt", "35 countries", 35)), false)));
  }

  @Test
  void aBareShareOneSourceGivesIsLeftOutAndTwoSourcesAgreeingOnItStay() {
    AlignedFact bare = new AlignedFact("percent", List.of(report("a.txt", "5 percent", 5)), false);
    assertFalse(FactLabel.isClear(bare), "5 percent of what?");
    AlignedFact shared = new AlignedFact("percent",
        List.of(report("a.txt", "5 percent", 5), report("b.txt", "5 percent", 5)), false);
    assertTrue(FactLabel.isClear(shared));
  }
}
