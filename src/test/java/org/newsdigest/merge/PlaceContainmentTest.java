package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PlaceContainmentTest {
  private final PlaceContainment places = PlaceContainment.load();

  @Test
  void aCityLiesInItsStateAndCountry() {
    assertTrue(places.nested("newport beach", "california"));
    assertTrue(places.nested("united states", "newport beach"));
    assertTrue(places.nested("huntsville", "alabama"));
  }

  @Test
  void placesSideBySideAreNotNested() {
    assertFalse(places.nested("huntsville", "texas"));
    assertFalse(places.nested("lyon", "berlin"));
  }

  @Test
  void aliasesMeetTheirUsualName() {
    assertEquals("united states", places.canonical("usa"));
    assertTrue(places.nested("u s", "california") || places.nested("us", "california"));
  }

  @Test
  void aNamedPartOfAPlaceLiesInIt() {
    assertTrue(places.selfAndAncestors("northeast philadelphia").contains("pennsylvania"));
    assertTrue(places.nested("downtown los angeles", "california"));
  }

  @Test
  void outermostIsTheCountryOrNothingWhenUnknown() {
    assertEquals(Set.of("united states"), places.outermost("malibu"));
    assertEquals(Set.of("peru"), places.outermost("lima"));
    assertEquals(Set.of(), places.outermost("hawaiian gardens"));
  }

  @Test
  void parsesBothLineShapesAndSkipsComments() {
    PlaceContainment small = PlaceContainment.parse("# comment\nTown > Shire\nBurg = Town\n");
    assertTrue(small.nested("burg", "shire"));
    assertEquals(Set.of("shire"), small.outermost("burg"));
  }
}
