package org.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsdigest.text.Gazetteer.Entry;
import org.newsdigest.text.Gazetteer.Kind;

class GazetteerTest {
  private final Gazetteer places = Gazetteer.load();

  private Map<String, Entry> byName() {
    Map<String, Entry> byName = new HashMap<>();
    places.entries().forEach(e -> byName.put(e.name(), e));
    return byName;
  }

  // The list's own rules, over every line.

  @Test
  void everyAliasNamesAListedPlace() {
    Map<String, Entry> byName = byName();
    for (Entry e : places.entries()) {
      if (e.isAlias()) {
        Entry place = byName.get(e.canonical());
        assertTrue(place != null && !place.isAlias(), e + ": names no place line");
        assertTrue(place.recognised() || !e.recognised(), e + ": recognised, its place is not");
      }
    }
  }

  @Test
  void everyPlaceLiesInACountryOrIsOneOrARegionWithoutCycles() {
    Map<String, Entry> byName = byName();
    for (Entry e : places.entries()) {
      Set<String> path = new LinkedHashSet<>();
      Entry at = e.isAlias() ? byName.get(e.canonical()) : e;
      while (at.kind() == Kind.PART) {
        assertTrue(path.add(at.name()), e.name() + " lies in itself: " + path + " > " + at.name());
        at = byName.get(at.larger());
        assertTrue(at != null && !at.isAlias(), e.name() + ": the larger place is no place line");
      }
      // what the merge sees, by folded names, ends where the lines do
      String key = NameKeys.key(e.name());
      Set<String> expected = at.kind() == Kind.COUNTRY ? Set.of(NameKeys.key(at.name())) : Set.of();
      assertEquals(expected, places.countriesOf(key), e.name());
      assertTrue(places.selfAndAncestors(key).contains(NameKeys.key(at.name())), e.name());
    }
  }

  @Test
  void everyPlaceTheRecogniserKnowsTheMergeKnowsByItsCanonicalName() {
    for (Entry e : places.entries()) {
      if (!e.recognised()) {
        assertNull(places.canonical(e.name()), e.name() + " is for matching only");
        continue;
      }
      String canonical = places.canonical(e.name().length() <= 3 ? e.name().toUpperCase(Locale.ROOT)
          : e.name());
      assertEquals(e.canonical(), canonical, e.name());
      String place = places.canonicalKey(NameKeys.key(canonical));
      assertEquals(place, places.canonicalKey(NameKeys.key(e.name())), e.name());
      Entry line = byName().get(canonical);
      assertTrue(line.kind() == Kind.REGION || !places.countriesOf(place).isEmpty(),
          e.name() + ": the merge knows no country for it");
    }
  }

  @Test
  void linesAreSortedWithinEachBlockAndListedOnce() throws IOException {
    String text;
    try (InputStream in = Gazetteer.class.getResourceAsStream("places.txt")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Comparator<String> order = Comparator.comparing(GazetteerTest::sortKey)
        .thenComparing(GazetteerTest::name);
    List<String> block = new ArrayList<>();
    Set<String> seen = new java.util.HashSet<>();
    for (String raw : (text + "\n#").split("\n")) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        List<String> sorted = new ArrayList<>(block);
        sorted.sort(order);
        assertEquals(sorted, block, "a block of places.txt out of order");
        block.clear();
        continue;
      }
      block.add(line);
      assertTrue(seen.add(name(line).toLowerCase(Locale.ROOT)), "listed twice: " + line);
    }
    assertEquals(places.entries().size(), seen.size());
  }

  private static String name(String line) {
    String rest = line.startsWith("~") ? line.substring(1).strip() : line;
    rest = rest.replaceAll(" \\[(country|region)\\]$", "");
    int cut = rest.indexOf(" = ") >= 0 ? rest.indexOf(" = ") : rest.indexOf(" > ");
    return cut >= 0 ? rest.substring(0, cut) : rest;
  }

  private static String sortKey(String line) {
    return NameKeys.key(name(line));
  }

  // The recogniser's names as written.

  @Test
  void namesAsWrittenGiveTheirCanonicalName() {
    assertEquals("Kyiv", places.canonical("Kiev"));
    assertEquals("Kyiv", places.canonical("KYIV"));
    assertEquals("United States", places.canonical("U.S."));
    assertEquals("United States", places.canonical("US"));
    assertEquals("United States", places.canonical("America"));
    assertNull(places.canonical("us"), "a word, not the country");
    assertEquals("New York", places.canonical("New York State"));
    assertEquals("Congo - Kinshasa", places.canonical("DRC"));
    assertNull(places.canonical("Nice"), "for matching only: a word as often as a city");
    assertNull(places.canonical("NYC"), "for matching only");
    assertNull(places.canonical("Springfield"));
  }

  @Test
  void countriesAreTheCountryLinesAndTheirNames() {
    assertTrue(places.isCountry("Britain"));
    assertTrue(places.isCountry("U.S."));
    assertTrue(places.isCountry("Germany"));
    assertFalse(places.isCountry("Paris"));
    assertFalse(places.isCountry("Europe"));
    assertFalse(places.isCountry("Georgia"), "the US state; the country is Georgia (country)");
  }

  // What the merge compares: folded names.

  @Test
  void aCityLiesInItsStateAndCountry() {
    assertTrue(places.nested("newport beach", "california"));
    assertTrue(places.nested("united states", "newport beach"));
    assertTrue(places.nested("huntsville", "alabama"));
    assertTrue(places.nested("donetsk", "ukraine"));
    assertTrue(places.nested("kiev", "kyiv"));
    assertTrue(places.nested("munich", "bavaria"));
  }

  @Test
  void placesSideBySideAreNotNested() {
    assertFalse(places.nested("huntsville", "texas"));
    assertFalse(places.nested("lyon", "berlin"));
  }

  @Test
  void aliasesMeetTheirUsualName() {
    assertEquals("united states", places.canonicalKey("usa"));
    assertEquals("united states", places.canonicalKey("us"));
    assertEquals("kyiv", places.canonicalKey("kiev"));
    assertTrue(places.nested("us", "california"));
  }

  @Test
  void aNamedPartOfAPlaceLiesInIt() {
    assertTrue(places.selfAndAncestors("northeast philadelphia").contains("pennsylvania"));
    assertTrue(places.nested("downtown los angeles", "california"));
    assertTrue(places.nested("greater london", "united kingdom"));
    // a listed name is a place of its own, whatever its first word
    assertFalse(places.nested("south sudan", "sudan"));
    assertFalse(places.nested("west virginia", "virginia"));
    assertFalse(places.nested("south america", "united states"), "not in 'America'");
    assertEquals(Set.of("united kingdom"), places.countriesOf("northern ireland"));
  }

  @Test
  void countriesOfAPlaceAreItsCountryOrNothingWhenUnknown() {
    assertEquals(Set.of("united states"), places.countriesOf("malibu"));
    assertEquals(Set.of("peru"), places.countriesOf("lima"));
    assertEquals(Set.of("fiji"), places.countriesOf("fiji"));
    assertEquals(Set.of(), places.countriesOf("hawaiian gardens"));
    assertEquals(Set.of(), places.countriesOf("europe"), "a continent is in no one country");
    assertEquals(Set.of("georgia country"), places.countriesOf("tbilisi"));
    assertEquals(Set.of("united states"), places.countriesOf("atlanta"));
  }

  // The format.

  @Test
  void parsesEveryLineShapeAndSkipsComments() {
    Gazetteer small = Gazetteer.parse(
        "# comment\nShire [country]\nTown > Shire\n\nBurg = Town\n~Hamlet > Town\n~Vill = Town\n"
            + "Waste [region]\n");
    assertTrue(small.nested("burg", "shire"));
    assertEquals(Set.of("shire"), small.countriesOf("hamlet"));
    assertEquals("Town", small.canonical("burg"));
    assertNull(small.canonical("Hamlet"));
    assertNull(small.canonical("Vill"));
    assertEquals("town", small.canonicalKey("vill"));
    assertTrue(small.isCountry("Shire"));
    assertEquals(Set.of(), small.countriesOf("waste"));
  }

  @Test
  void rejectsLinesItCannotUse() {
    for (String bad : new String[] {
        "Town", // neither a larger place nor a tag
        "Town > Shire", // Shire is not listed
        "Shire [country]\nTown > Shire [country]",
        "Shire [country]\nTown > Shire\nTown = Shire", // listed twice
        "Shire [country]\nBurg = Town", // an alias of nothing
        "Shire [country]\n~Town > Shire\nBurg = Town", // recognised alias of a matching-only place
        "Shire [country]\nTown > Shire\nTówn > Shire", // one key, two places
        "Shire [county]",
    }) {
      assertThrows(IllegalArgumentException.class, () -> Gazetteer.parse(bad), bad);
    }
  }
}
