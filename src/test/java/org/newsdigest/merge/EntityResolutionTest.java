package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

class EntityResolutionTest {

  private static Article article(String source, String header) {
    return ArticleFixture.parse("source: " + source + "\n" + header + "\n---\nText.\n");
  }

  @Test
  void transliterationsOfOneSurnameMeet() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "people: Volodymyr Zelenskyy"),
        article("b", "people: Volodymyr Zelensky"),
        article("c", "people: Zelenskiy")));
    int group = r.groupOf("a", "person:volodymyr-zelenskyy");
    assertEquals(group, r.groupOf("b", "person:volodymyr-zelensky"));
    assertEquals(group, r.groupOf("c", "person:zelenskiy"));
    assertEquals("Volodymyr Zelenskyy", r.displayName(group));
    assertEquals(3, r.documentFrequency(group));
  }

  @Test
  void differentFirstNamesStayApartAndABareSurnameDoesNotChainThem() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "people: John Smith"),
        article("b", "people: Jane Smith"),
        article("c", "people: Smith")));
    assertNotEquals(r.groupOf("a", "person:john-smith"), r.groupOf("b", "person:jane-smith"));
    assertNotEquals(r.groupOf("a", "person:john-smith"), r.groupOf("c", "person:smith"));
  }

  @Test
  void initialMatchesFirstName() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "people: John Smith"),
        article("b", "people: J. Smith")));
    assertEquals(r.groupOf("a", "person:john-smith"), r.groupOf("b", "person:j-smith"));
  }

  @Test
  void acronymMeetsExpansionAndAliasesMeet() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "orgs: North Atlantic Treaty Organization"),
        article("b", "orgs: NATO"),
        article("c", "places: Kyiv / Kiev"),
        article("d", "places: Kiev")));
    assertEquals(r.groupOf("a", "organisation:north-atlantic-treaty-organization"),
        r.groupOf("b", "organisation:nato"));
    assertEquals(r.groupOf("c", "place:kyiv"), r.groupOf("d", "place:kiev"));
  }

  @Test
  void typesNeverMix() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "places: Georgia"),
        article("b", "people: Georgia")));
    assertNotEquals(r.groupOf("a", "place:georgia"), r.groupOf("b", "person:georgia"));
  }
}
