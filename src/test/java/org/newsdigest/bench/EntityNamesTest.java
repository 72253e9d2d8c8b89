package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The entity benchmark's lenient name matching: every number it prints rests on it. */
class EntityNamesTest {
  @Test
  void periodsALeadingTheAndAPossessiveAreIgnored() {
    assertEquals("red sox", EntityNames.key("the Red Sox's"));
    assertTrue(EntityNames.matches("the Red Sox's", "Red Sox", false));
    assertTrue(EntityNames.matches("U.S.", "US", false));
    assertTrue(EntityNames.matches("Microsoft’s", "Microsoft", false));
    assertTrue(EntityNames.matches("The Hollywood Reporter", "Hollywood Reporter", false));
    // Alone, "The" is a word like any other.
    assertEquals("the", EntityNames.key("The"));
  }

  @Test
  void caseAndAccentsAreIgnored() {
    assertTrue(EntityNames.matches("JOSÉ MOURINHO", "Jose Mourinho", true));
    assertTrue(EntityNames.matches("Zürich", "ZURICH", false));
  }

  @Test
  void titlesAndJrAreIgnored() {
    assertTrue(EntityNames.matches("Gov. Sarah Palin", "Sarah Palin", true));
    assertTrue(EntityNames.matches("President Barack Obama", "Barack Obama", true));
    assertTrue(EntityNames.matches("Lt. Gov. Sean Parnell", "Sean Parnell", true));
    assertTrue(EntityNames.matches("Prime Minister Manmohan Singh", "Manmohan Singh", true));
    assertTrue(EntityNames.matches("Attorney Mark Jay Heller", "Mark Jay Heller", true));
    assertTrue(EntityNames.matches("Arcade Joseph Comeaux Jr.", "Arcade Joseph Comeaux", true));
    assertTrue(EntityNames.matches("Sammy Davis, Jr.", "Sammy Davis", true));
    // A title alone stays a name, so it matches only itself.
    assertEquals("judge", EntityNames.key("Judge"));
    assertFalse(EntityNames.matches("Judge", "Judge Rowland Barnes", true));
  }

  @Test
  void aSurnameMatchesTheFullNameOfAPersonOnly() {
    assertTrue(EntityNames.matches("Mr. Steele", "James Steele", true));
    assertTrue(EntityNames.matches("James Steele", "Steele", true));
    assertTrue(EntityNames.matches("Hilton", "Paris Hilton", true));
    assertTrue(EntityNames.matches("Lohan's", "Lindsay Lohan", true));
    assertFalse(EntityNames.matches("Dorothy Brown", "Devonte Brown", true));
    // Not outside people: the last word of an organisation or place is not its name.
    assertFalse(EntityNames.matches("Steele", "James Steele", false));
    assertFalse(EntityNames.matches("Navy", "Indian Navy", false));
  }

  @Test
  void aPersonsNicknameAndMiddleInitialsAreIgnored() {
    assertTrue(EntityNames.matches("Kimani (Kiki) Gray", "Kimani Gray", true));
    assertTrue(EntityNames.matches("Luis Gerardo \"Jerry\" Ortiz", "Luis Gerardo Ortiz", true));
    assertTrue(EntityNames.matches("Kimani 'Kiki' Gray", "Kimani Gray", true));
    assertTrue(EntityNames.matches("Raj K. Chohan", "Raj Chohan", true));
    assertTrue(EntityNames.matches("George W. Bush", "George Bush", true));
    assertFalse(EntityNames.matches("George W. Bush", "George Bush", false));
    assertFalse(EntityNames.matches("Raj Chohan", "Raj Patel", true));
  }

  @Test
  void aFirstNameIsNotASurname() {
    assertFalse(EntityNames.matches("Paris", "Paris Hilton", false));
    assertFalse(EntityNames.matches("Paris", "Paris Hilton", true));
    assertFalse(EntityNames.matches("Lindsay", "Lindsay Lohan", true));
  }

  @Test
  void aPlaceMatchesItsNameWithTheRegionAfterAComma() {
    assertTrue(EntityNames.matches("Wasilla", "Wasilla, Alaska", false));
    assertTrue(EntityNames.matches("Schenectady, N.Y.", "Schenectady", false));
    assertTrue(EntityNames.matches("RICHMOND HILL, QUEENS", "Richmond Hill", false));
    assertFalse(EntityNames.matches("Alaska", "Wasilla, Alaska", false));
  }

  @Test
  void namesThatMatchOneAnotherAreOneName() {
    List<List<String>> groups = EntityNames.group(
        List.of("Brian Nichols", "Julie Ann Brandau", "Nichols", "Mr. Nichols", "Brandau"), true);
    assertEquals(List.of(List.of("Brian Nichols", "Nichols", "Mr. Nichols"),
        List.of("Julie Ann Brandau", "Brandau")), groups);
    assertEquals("Brian Nichols", EntityNames.fullest(groups.get(0)));
    // Outside people the surname rule does not join.
    assertEquals(2, EntityNames.group(List.of("Indian Navy", "Navy"), false).size());
  }
}
