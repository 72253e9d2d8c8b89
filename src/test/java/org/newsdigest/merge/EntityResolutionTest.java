package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;

class EntityResolutionTest {

  private static Article article(String source, String header) {
    return ArticleFixture.parse("source: " + source + "\n" + header + "\n---\nText.\n");
  }

  /** The entity's group, checked to exist: two unknown keys (-1 each) would compare equal. */
  private static int group(EntityResolution r, String source, String key) {
    int group = r.groupOf(source, key);
    assertTrue(group >= 0, "no entity " + key + " in " + source);
    return group;
  }

  @Test
  void transliterationsOfOneSurnameMeet() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "people: Volodymyr Zelenskyy"),
        article("b", "people: Volodymyr Zelensky"),
        article("c", "people: Zelenskiy")));
    int group = group(r, "a", "person:volodymyr-zelenskyy");
    assertEquals(group, group(r, "b", "person:volodymyr-zelensky"));
    assertEquals(group, group(r, "c", "person:zelenskiy"));
    assertEquals("Volodymyr Zelenskyy", r.displayName(group));
    assertEquals(3, r.documentFrequency(group));
  }

  @Test
  void differentFirstNamesStayApartAndABareSurnameDoesNotChainThem() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "people: John Smith"),
        article("b", "people: Jane Smith"),
        article("c", "people: Smith")));
    assertNotEquals(group(r, "a", "person:john-smith"), group(r, "b", "person:jane-smith"));
    assertNotEquals(group(r, "a", "person:john-smith"), group(r, "c", "person:smith"));
  }

  @Test
  void initialMatchesFirstName() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "people: John Smith"),
        article("b", "people: J. Smith")));
    assertEquals(group(r, "a", "person:john-smith"), group(r, "b", "person:j-smith"));
  }

  @Test
  void acronymMeetsExpansionAndAliasesMeet() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "orgs: North Atlantic Treaty Organization"),
        article("b", "orgs: NATO"),
        article("c", "places: Kyiv / Kiev"),
        article("d", "places: Kiev")));
    assertEquals(group(r, "a", "organisation:north-atlantic-treaty-organization"),
        group(r, "b", "organisation:nato"));
    assertEquals(group(r, "c", "place:kyiv"), group(r, "d", "place:kiev"));
  }

  @Test
  void typesNeverMix() {
    EntityResolution r = new EntityResolution(List.of(
        article("a", "places: Georgia"),
        article("b", "people: Georgia")));
    assertNotEquals(group(r, "a", "place:georgia"), group(r, "b", "person:georgia"));
  }
}
