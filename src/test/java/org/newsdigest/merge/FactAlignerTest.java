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

  /**
   * An article stating {@code facts}: "value | unit | qualifier | wording", optionally followed by
   * "| the sentence that states it" (else the wording alone is the sentence).
   */
  private static Article article(String source, String... facts) {
    StringBuilder text = new StringBuilder("source: " + source + "\n");
    StringBuilder body = new StringBuilder("The numbers were given.");
    for (String fact : facts) {
      String[] parts = fact.split("\\|", 5);
      text.append("fact: ").append(String.join("|", java.util.Arrays.copyOf(parts, 4))).append('\n');
      if (parts.length == 5) {
        body.append("\n\n").append(parts[4].strip());
      }
    }
    return ArticleFixture.parse(text + "---\n" + body + "\n");
  }

  @Test
  void aHedgeOrABoundAgreesWithTheBareNumberItAllows() {
    List<AlignedFact> facts = aligner.align(List.of(
        article("a", "35 | countries | | 35 countries"),
        article("b", "35 | countries | approximately | approximately 35 countries")));
    assertEquals(1, facts.size());
    assertFalse(facts.get(0).differs(), "both can be true");
    assertEquals(List.of("a", "b"), facts.get(0).reports().stream().map(r -> r.source()).toList());
    assertFalse(differ("40 | firefighters | | 40 firefighters",
        "40 | firefighters | up to | as many as 40 firefighters"));
    assertFalse(differ("1000000 | dollars | | $1 million",
        "1000000 | dollars | approximately | an estimated $1 million"));
    assertFalse(differ("30 | people | more than | more than 30 people", "32 | people | | 32 people"));
    assertFalse(differ("37 | people | approximately | about 37 people", "35 | people | | 35 people"));
  }

  @Test
  void reportsThatCannotAllBeTrueDiffer() {
    assertTrue(differ("35 | countries | | 35 countries | Leaders of 35 countries met in Paris.",
        "40 | countries | | 40 countries | Leaders of 40 countries met in Paris."));
    assertTrue(differ("30 | people | more than | More than 30 people | More than 30 people were killed in the fire.",
        "25 | people | | 25 people | The fire killed 25 people, officials said."));
    assertTrue(differ("30 | people | up to | Up to 30 people | Up to 30 people died in the fire.",
        "35 | people | | 35 people | 35 people died in the fire."));
    assertTrue(differ("40 | people | nearly | Nearly 40 people | Nearly 40 people were hurt.",
        "42 | people | | 42 people | 42 people were hurt."));
    assertTrue(differ("30 | people | approximately | About 30 people | About 30 people were hurt.",
        "35 | people | approximately | About 35 people | About 35 people were hurt.",
        "40 | people | | 40 people | 40 people were hurt."),
        "30 and 35 overlap, 30 and 40 do not");
  }

  @Test
  void twoCountsOfOneUnitThatShareNoWordAreTwoFacts() {
    List<AlignedFact> facts = aligner.align(List.of(
        article("a", "3 | people | | Three people | Three people died when the bank went up in flames."),
        article("b", "4 | people | | Four people | Four people are treated in nearby hospitals.")));
    assertEquals(2, facts.size(), "the dead and the treated: " + facts);
    assertFalse(facts.get(0).differs());
  }

  @Test
  void aRoundedNumberAgreesWithTheFigureItRounds() {
    assertFalse(differ("20 | percent | | 20 percent | Turnout was 20 percent.",
        "20.6 | percent | | 20.6 percent | Turnout was 20.6 percent."));
    assertTrue(differ("10 | seasons | | 10 seasons | He played 10 seasons in Boston.",
        "11 | seasons | | 11 seasons | He played 11 seasons in Boston."),
        "a rounding is never more than a twentieth");
  }

  /** Whether two or more sources, each stating one fact, are flagged as differing. */
  private boolean differ(String... facts) {
    List<Article> articles = new java.util.ArrayList<>();
    for (int i = 0; i < facts.length; i++) {
      articles.add(article("s" + i, facts[i]));
    }
    List<AlignedFact> aligned = aligner.align(articles);
    assertEquals(1, aligned.size(), "one fact: " + aligned);
    return aligned.get(0).differs();
  }

  @Test
  void closeValuesAlignAndDifferFarValuesStayApart() {
    List<AlignedFact> facts = aligner.align(List.of(
        article("a", "12 | dead | | 12 dead | The quake left 12 dead.",
            "300 | dead | | 300 dead | The 1999 quake left 300 dead."),
        article("b", "14 | dead | | 14 dead | The quake left 14 dead.")));
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
