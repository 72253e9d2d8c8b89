package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;

class FactAlignerTest {
  private final FactAligner aligner = new FactAligner();

  private static Article article(String source, String... facts) {
    StringBuilder text = new StringBuilder("source: " + source + "\n");
    for (String fact : facts) {
      text.append("fact: ").append(fact).append('\n');
    }
    return ArticleFixture.parse(text + "---\nThe numbers were given.\n");
  }

  @Test
  void sameValueDifferentQualifierDiffers() {
    List<AlignedFact> facts = aligner.align(List.of(
        article("a", "35 | countries | | 35 countries"),
        article("b", "35 | countries | approximately | approximately 35 countries")));
    assertEquals(1, facts.size());
    assertTrue(facts.get(0).differs());
    assertEquals(List.of("a", "b"), facts.get(0).reports().stream().map(r -> r.source()).toList());
  }

  @Test
  void closeValuesAlignAndDifferFarValuesStayApart() {
    List<AlignedFact> facts = aligner.align(List.of(
        article("a", "12 | dead | | 12 dead", "300 | dead | | 300 dead"),
        article("b", "14 | dead | | 14 dead")));
    assertEquals(2, facts.size());
    AlignedFact toll = facts.get(0);
    assertEquals(2, toll.reports().size(), "12 and 14 dead are one toll reported differently");
    assertTrue(toll.differs());
    assertEquals(1, facts.get(1).reports().size());
    assertFalse(facts.get(1).differs(), "a fact one source states cannot differ");
  }

  @Test
  void sameFactAgreesAndUnitsNeverMix() {
    List<AlignedFact> facts = aligner.align(List.of(
        article("a", "27 | heads of state | | 27 heads of state"),
        article("b", "27 | Heads of State | | 27 heads of state", "27 | countries | | 27 countries")));
    assertEquals(2, facts.size());
    assertEquals(2, facts.get(0).reports().size());
    assertFalse(facts.get(0).differs());
    assertEquals("countries", facts.get(1).unit());
  }
}
