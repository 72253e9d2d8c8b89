package org.newsdigest.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DigestEntity;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Participant;

/** Who is who across the digest, decided once: names, aliases and keys across events. */
class EntityTableBuilderTest {
  private static Participant person(String key, String name, List<String> aliases, int sources) {
    List<String> from = java.util.stream.IntStream.range(0, sources).mapToObj(i -> key + "-" + i + ".txt").toList();
    return new Participant(key, EntityType.PERSON, name, aliases, null, from);
  }

  private static Event event(Participant... participants) {
    Article article = new Article("a.txt", InputFormat.TEXT, "An event", false, null, null, null,
        null, null, "en", null, List.of(), List.of(Block.paragraph("Text.")), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of());
    return new Event("An event", null, null, null, List.of(participants), List.of(article),
        List.of(), List.of(), List.of(), List.of(), List.of(), null, null, List.of());
  }

  @Test
  void oneNameAcrossEventsIsOneEntityShownInItsBestSpelling() {
    List<Event> events = List.of(
        event(person("person:steve-cooley", "STEVE COOLEY", List.of(), 3)),
        event(person("person:steve-cooley", "Steve Cooley", List.of(), 1)),
        event(person("person:cooley", "Cooley", List.of(), 1),
            person("person:steve-cooley-2", "Steve Cooley", List.of("Cooley", "Mr. Cooley"), 1)));
    EntityTable table = EntityTableBuilder.build(events);
    DigestEntity cooley = table.ofParticipant(0, "person:steve-cooley");
    assertEquals("person:steve-cooley", cooley.key());
    assertEquals("Steve Cooley", cooley.name(), "mixed case before the more used shouted spelling");
    assertEquals(cooley, table.ofParticipant(1, "person:steve-cooley"));
    assertEquals(cooley, table.ofParticipant(2, "person:steve-cooley-2"));
    assertEquals(cooley, table.ofParticipant(2, "person:cooley"), "an alias of one fuller name joins it");
    assertTrue(cooley.aliases().contains("Mr. Cooley"));
    assertTrue(table.covers(events));
    assertFalse(table.covers(events.subList(0, 2)));
    assertNull(table.ofParticipant(3, "person:steve-cooley"));
  }

  @Test
  void aSurnameOfTwoFullerNamesJoinsNeither() {
    List<Event> events = List.of(
        event(person("person:dorothy-brown", "Dorothy Brown", List.of("Brown"), 1)),
        event(person("person:devonte-brown", "Devonte Brown", List.of("Brown"), 1)),
        event(person("person:brown", "Brown", List.of(), 1)));
    EntityTable table = EntityTableBuilder.build(events);
    assertEquals("person:brown", table.ofParticipant(2, "person:brown").key());
    assertEquals(3, table.entities().size());
  }

  @Test
  void aShortFormOfTheGivenNameOrAShorterRunOfTheNameJoinsTheOneFullerName() {
    List<Event> events = List.of(
        event(person("person:maurice-cheeks", "Maurice Cheeks", List.of("Cheeks"), 2)),
        event(person("person:mo-cheeks", "Mo Cheeks", List.of(), 1)),
        event(person("person:arcade-joseph-comeaux-jr", "Arcade Joseph Comeaux Jr",
            List.of("Comeaux"), 2)),
        event(person("person:joseph-comeaux", "Joseph Comeaux", List.of(), 1)),
        event(person("person:jon-owen", "Jon Owen", List.of(), 1)));
    EntityTable table = EntityTableBuilder.build(events);
    assertEquals("person:maurice-cheeks", table.ofParticipant(1, "person:mo-cheeks").key());
    assertEquals("person:arcade-joseph-comeaux-jr",
        table.ofParticipant(3, "person:joseph-comeaux").key());
    assertEquals("person:jon-owen", table.ofParticipant(4, "person:jon-owen").key(),
        "no John Owen to join");
    assertEquals(3, table.entities().size());
  }

  @Test
  void aShorterRunOfTwoFullerNamesJoinsNeither() {
    List<Event> events = List.of(
        event(person("person:john-a-smith", "John A. Smith", List.of(), 1)),
        event(person("person:john-b-smith", "John B. Smith", List.of(), 1)),
        event(person("person:john-smith", "John Smith", List.of(), 1)));
    EntityTable table = EntityTableBuilder.build(events);
    assertEquals("person:john-smith", table.ofParticipant(2, "person:john-smith").key());
    assertEquals(3, table.entities().size());
  }

  @Test
  void keysAreNumberedWhenTwoEntitiesShareASlug() {
    // "U.S." keys as "us", "U S" as "u s": two entities, one slug.
    List<Event> events = List.of(event(person("person:a", "U.S.", List.of(), 1), person("person:b", "U S", List.of(), 1)));
    EntityTable table = EntityTableBuilder.build(events);
    assertNotEquals(table.ofParticipant(0, "person:a").key(), table.ofParticipant(0, "person:b").key());
    assertEquals(List.of("person:u-s", "person:u-s-2"),
        table.entities().stream().map(DigestEntity::key).sorted().toList());
  }

  @Test
  void anArticlesNameIsTheEventsParticipantThatGoesByIt() {
    // Event 0: the merge joined "Mark Heller" into "Mark Jay Heller"; "Heller" names two people.
    List<Event> events = List.of(
        event(person("person:mark-jay-heller", "Mark Jay Heller", List.of("Mark Heller", "Heller"), 2),
            person("person:ann-heller", "Ann Heller", List.of("Heller"), 1)),
        event(person("person:mark-heller", "Mark Heller", List.of(), 1)));
    EntityTable table = EntityTableBuilder.build(events);
    assertEquals("Mark Jay Heller", table.named(0, EntityType.PERSON, "Mark Heller").name());
    assertEquals("Mark Jay Heller", table.named(0, EntityType.PERSON, "MARK HELLER").name());
    assertNull(table.named(0, EntityType.PERSON, "Heller"), "a spelling two participants share says neither");
    assertNull(table.named(0, EntityType.PLACE, "Mark Heller"), "a name is looked up in its own type");
    assertEquals("Mark Jay Heller", table.named(1, EntityType.PERSON, "Mark Heller").name(),
        "the merge-joined name leads to the fuller entity in the other event too");
  }

  /** An event of articles from these outlets ("The New York Times@nytimes.com@US"), a.txt, b.txt... */
  private static Event published(String... outlets) {
    List<Article> articles = new java.util.ArrayList<>();
    for (String spec : outlets) {
      String[] cells = spec.split("@", -1);
      Outlet outlet = cells[0].isEmpty() ? null : new Outlet(cells[0],
          cells.length > 1 && !cells[1].isEmpty() ? cells[1] : null,
          cells.length > 2 && !cells[2].isEmpty() ? cells[2] : null, null, Outlet.Basis.STATED,
          cells[0]);
      String source = "s" + SOURCES.getAndIncrement() + ".txt";
      articles.add(new Article(source, InputFormat.TEXT, "A report", false, outlet, null, null,
          null, null, "en", null, List.of(), List.of(Block.paragraph("Text.")), List.of(),
          List.of(), List.of(), List.of(), List.of(), List.of(), List.of()));
    }
    return new Event("An event", null, null, null, List.of(), articles, List.of(), List.of(),
        List.of(), List.of(), List.of(), null, null, List.of());
  }

  private static final java.util.concurrent.atomic.AtomicInteger SOURCES =
      new java.util.concurrent.atomic.AtomicInteger();

  private static String outletOf(EntityTable table, Event event, int article) {
    DigestEntity outlet = table.publisher(event.articles().get(article).source());
    return outlet == null ? null : outlet.key() + "=" + outlet.name();
  }

  @Test
  void oneOutletHowEverItsArticlesSpellIt() {
    Event first = published("NYT@nytimes.com@US", "The New York Times@nytimes.com@US",
        "The New York Times@nytimes.com@US", "HuffPost@huffingtonpost.com@US");
    Event second = published("HuffPost@huffpost.com@US", "The New York Times@@",
        "Springfield Courier@@", "@@");
    EntityTable table = EntityTableBuilder.build(List.of(first, second));
    String times = "outlet:the-new-york-times=The New York Times";
    assertEquals(times, outletOf(table, first, 0), "one host, one outlet; the most used name shown");
    assertEquals(times, outletOf(table, first, 1));
    assertEquals(times, outletOf(table, second, 1), "a name without host joins the host it names");
    assertEquals("outlet:huffpost=HuffPost", outletOf(table, first, 3));
    assertEquals(outletOf(table, first, 3), outletOf(table, second, 0),
        "two hosts of one name in one country are one outlet");
    assertEquals("outlet:springfield-courier=Springfield Courier", outletOf(table, second, 2));
    assertNull(outletOf(table, second, 3), "no outlet known, none made up");
    assertTrue(table.covers(List.of(first, second)));
    assertEquals(3, table.entities().stream().filter(e -> e.type() == EntityType.OUTLET).count());
  }

  @Test
  void twoOutletsOfOneNameInDifferentCountriesStayApart() {
    Event event = published("The Times@thetimes.co.uk@GB", "The Times@latimes.com@US",
        "The Times@@");
    EntityTable table = EntityTableBuilder.build(List.of(event));
    assertNotEquals(outletOf(table, event, 0), outletOf(table, event, 1));
    assertEquals("outlet:the-times-3=The Times", outletOf(table, event, 2),
        "a bare name two outlets go by says neither");
  }
}
