package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Mention;
import org.newsdigest.text.Gazetteer;

/** The seams of the entity recogniser, each on its own. */
class EntityPartsTest {

  private static Surroundings around(String text, String run) {
    int start = text.indexOf(run);
    return Surroundings.of(text, start, start + run.length());
  }

  private static Candidate candidate(int start, String surface, EntityType type) {
    return new Candidate(0, start, start + surface.length(), surface,
        List.of(surface.split(" ")), type, null, false);
  }

  @Test
  void surroundingsReadPersonEvidenceFromSpeechAgeAndApposition() {
    assertTrue(around("Officials met on Monday and Jane Doe said talks went well.", "Jane Doe")
        .suggestsPerson());
    assertTrue(around("Jane Doe, 42, was arrested.", "Jane Doe").suggestsPerson());
    Surroundings apposed = around("Jane Doe, the mayor, spoke first.", "Jane Doe");
    assertEquals("mayor", apposed.appositionRole());
    assertFalse(around("Jane Doe Avenue was closed.", "Jane Doe").suggestsPerson());
  }

  @Test
  void anAppositionsRoleHeadMayFollowModifiers() {
    assertEquals("champion",
        around("Rahman, a former heavyweight champion who shocked the world, lost.", "Rahman")
            .appositionRole());
    assertEquals("CEO", around("Smith, the company's CEO, left.", "Smith").appositionRole());
    assertEquals("president", around("Smith, former president of the club, left.", "Smith")
        .appositionRole());
    // the subject of a speech verb, not an apposition; a clause, not a description
    assertNull(around("It burned in Wasilla, the church's minister said.", "Wasilla")
        .appositionRole());
    assertNull(around("She stays at Morningside, although the actress left.", "Morningside")
        .appositionRole());
    assertNull(around("Smith, a town where the mayor lives, grew.", "Smith").appositionRole());
  }

  @Test
  void aGenerationalSuffixIsNoSurname() {
    assertEquals("Comeaux", Candidate.surname(List.of("Arcade", "Joseph", "Comeaux", "Jr.")));
    assertEquals("Comeaux", Candidate.surname(List.of("Joseph", "Comeaux")));
    assertEquals("LaCalamita", Candidate.surname(List.of("Anthony", "LaCalamita", "III")));
    assertEquals("Jr", Candidate.surname(List.of("Jr")));
    assertTrue(Candidate.isNameSuffix("Sr."));
    assertFalse(Candidate.isNameSuffix("III"));
  }

  @Test
  void surroundingsFindLowerCaseRolesAndPlacePrepositions() {
    String text = "The club said team president and general manager Ed Stefanski left.";
    // the role words run back to "and" only: what precedes is a second role, not read
    assertEquals("general manager", around(text, "Ed Stefanski").lowerCaseRoleBefore());
    assertNull(around("Reporters met Ed Stefanski.", "Ed Stefanski").lowerCaseRoleBefore());
    assertTrue(around("The storm hit homes in Lagos overnight.", "Lagos").placePrepositionBefore());
    assertTrue(around("They went to the Kashmir region.", "Kashmir").regionAfter());
    assertTrue(around("It was the Paris Agreement.", "Paris Agreement").afterThe());
  }

  @Test
  void aPersonInAListMakesItsUntypedNeighbourAPerson() {
    String text = "Steve Witkoff and Jared Kushner flew in.";
    List<Candidate> spread = PersonLists.spread(List.of(
        candidate(0, "Steve Witkoff", EntityType.PERSON),
        candidate(18, "Jared Kushner", null)), List.of(Block.paragraph(text)));
    assertEquals(EntityType.PERSON, spread.get(1).type());
  }

  @Test
  void aListNeighbourOfOneWordStaysUntyped() {
    String text = "Steve Witkoff and Kushner flew in.";
    List<Candidate> spread = PersonLists.spread(List.of(
        candidate(0, "Steve Witkoff", EntityType.PERSON),
        candidate(18, "Kushner", null)), List.of(Block.paragraph(text)));
    assertNull(spread.get(1).type());
  }

  @Test
  void resolverFoldsASurnameSpelledOtherwiseIntoItsPerson() {
    EntityResolver resolver = new EntityResolver(Gazetteer.load());
    EntityRecognizer.Result result = resolver.resolve(List.of(
        candidate(0, "Volodymyr Zelenskyy", EntityType.PERSON),
        candidate(40, "Zelenskiy", null),
        candidate(60, "Kyiv", EntityType.PLACE)), Set.of(), List.of());
    assertEquals(2, result.entities().size());
    Entity person = result.entities().get(0);
    assertEquals("person:volodymyr-zelenskyy", person.key());
    assertEquals(List.of("Zelenskiy"), person.aliases());
    assertEquals(List.of("person:volodymyr-zelenskyy", "person:volodymyr-zelenskyy", "place:kyiv"),
        result.mentions().stream().map(Mention::entityKey).toList());
  }

  @Test
  void aSurnameNoFullNameOfTheBodyOwnsTakesTheFullNameOfTheTitle() {
    EntityResolver resolver = new EntityResolver(Gazetteer.load());
    EntityRecognizer.Result result = resolver.resolve(List.of(
        candidate(0, "Holbrook", null),
        candidate(30, "Holbrook", null)), Set.of(), List.of(List.of("Jane", "Holbrook")));
    assertEquals(1, result.entities().size());
    assertEquals("Jane Holbrook", result.entities().get(0).name());
    assertEquals(2, result.mentions().size());
  }

  @Test
  void aTitleNameNamesNobodyWithoutAMentionInTheBody() {
    EntityResolver resolver = new EntityResolver(Gazetteer.load());
    EntityRecognizer.Result result = resolver.resolve(List.of(
        candidate(0, "Kyiv", EntityType.PLACE)), Set.of(), List.of(List.of("Jane", "Holbrook")));
    assertEquals(List.of("place:kyiv"), result.entities().stream().map(Entity::key).toList());
  }

  @Test
  void resolverNumbersTheKeyOfASecondEntityWithTheSameSlug() {
    EntityResolver resolver = new EntityResolver(Gazetteer.load());
    EntityRecognizer.Result result = resolver.resolve(List.of(
        candidate(0, "Mary-Ann Smith", EntityType.PERSON),
        candidate(30, "Mary Ann Smith", EntityType.PERSON)), Set.of(), List.of());
    assertEquals(List.of("person:mary-ann-smith", "person:mary-ann-smith-2"),
        result.entities().stream().map(Entity::key).toList());
    assertEquals("person:mary-ann-smith-2", result.mentions().get(1).entityKey());
  }

  @Test
  void acronymsAreShortCapitalRunsStartingWithALetter() {
    assertTrue(WordShapes.isAcronym("NATO"));
    assertTrue(WordShapes.isAcronym("U.S."));
    assertTrue(WordShapes.isAcronym("G7"));
    assertFalse(WordShapes.isAcronym("Nato"));
    assertFalse(WordShapes.isAcronym("7G"));
    assertFalse(WordShapes.isAcronym("A"));
  }
}
