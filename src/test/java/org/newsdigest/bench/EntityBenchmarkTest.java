package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;

/** The entity benchmark's own steps: names looked up in the text, the extractor's names grouped. */
class EntityBenchmarkTest {
  @Test
  void aNameIsLookedUpAsWholeWords() {
    String text = "the Red Sox\n\nhave made an offer.\n\nThe Red Sox declined; Red Soxes did not.";
    assertEquals(2, EntityBenchmark.occurrences(text, List.of("Red Sox")).size());
    assertEquals(0, EntityBenchmark.occurrences("Parisian cafés", List.of("Paris")).size());
  }

  @Test
  void extractedEntitiesWithMatchingNamesAreOneName() {
    Entity reid = new Entity("person:tara-reid", EntityType.PERSON, "Tara Reid", List.of(), null);
    Entity alone = new Entity("person:reid", EntityType.PERSON, "Ms. Reid", List.of(), null);
    Entity other = new Entity("person:jack-ketsoyan", EntityType.PERSON, "Jack Ketsoyan",
        List.of("Ketsoyan"), null);
    List<EntityBenchmark.Unit> units =
        EntityBenchmark.group(EntityType.PERSON, List.of(reid, other, alone));
    assertEquals(2, units.size());
    assertEquals(List.of(reid, alone), units.get(0).entities());
    assertEquals(List.of("Jack Ketsoyan", "Ketsoyan"), units.get(1).names());
    // Places join only on the whole name: "Paris" and "Paris Hilton" stay two.
    Entity paris = new Entity("place:paris", EntityType.PLACE, "Paris", List.of(), null);
    Entity hilton = new Entity("place:paris-hilton", EntityType.PLACE, "Paris Hilton", List.of(), null);
    assertEquals(2, EntityBenchmark.group(EntityType.PLACE, List.of(paris, hilton)).size());
  }
}
