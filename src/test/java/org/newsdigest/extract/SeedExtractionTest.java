package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.Entity;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Quote;

/** Extracts both seed articles, with Documents built by hand the way ingest should build them. */
class SeedExtractionTest {

  private static final Extractor EXTRACTOR = new Extractor();

  /** Seed 000: headings are the short lines without a closing stop. */
  private static Article seed000() throws IOException {
    List<Block> blocks = new ArrayList<>();
    for (String line : lines("000_df0ed3eab8cf45f6.txt")) {
      if (line.equals("Leave a Reply")) {
        continue;
      }
      boolean heading = line.length() < 80 && !line.matches(".*[.:”]$");
      blocks.add(heading ? Block.heading(line, 2) : Block.paragraph(line));
    }
    return EXTRACTOR.extract(new Document("000_df0ed3eab8cf45f6.txt", InputFormat.TEXT, null,
        DocumentMetadata.EMPTY, blocks, List.of()));
  }

  /** Seed 004: metadata lines lifted out, the paragraph broken after "while" joined again. */
  private static Article seed004() throws IOException {
    List<String> lines = lines("004_66b5c6b8bcaa92e1.txt");
    List<Block> blocks = new ArrayList<>();
    for (int i = 5; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.endsWith(", while")) {
        line = line + " " + lines.get(++i);
      }
      blocks.add(Block.paragraph(line));
    }
    DocumentMetadata meta = new DocumentMetadata(null, null, "January 6, 2026",
        "Fri, Jan 09 2026 01:13:54 am", null, "en", List.of("International"));
    return EXTRACTOR.extract(new Document("004_66b5c6b8bcaa92e1.txt", InputFormat.TEXT, lines.get(0),
        meta, blocks, List.of()));
  }

  @Test
  void seed000QuotesHaveTheirSpeakers() throws IOException {
    Article a = seed000();
    assertSpeaker(a, "The aim is to ensure", "Emmanuel Macron");
    assertSpeaker(a, "I will not sign a peace deal", "Volodymyr Zelenskyy");
    assertSpeaker(a, "Ukraine’s sovereignty must be respected", "Emmanuel Macron");
    assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains("coalition of the willing")));
  }

  @Test
  void seed000PeoplePlacesAndFacts() throws IOException {
    Article a = seed000();
    assertRole(a, "Emmanuel Macron", "French President");
    assertRole(a, "Volodymyr Zelenskyy", "Ukrainian President");
    person(a, "Steve Witkoff");
    person(a, "Jared Kushner");
    assertTrue(a.places().stream().anyMatch(p -> p.name().equals("Paris")));
    assertFact(a, 35, "countries", null);
    assertFact(a, 20, "percent", "approximately");
    assertTrue(a.titleDerived());
    assertTrue(a.title().startsWith("Leaders from Ukraine’s top allies gathered in Paris"));
  }

  @Test
  void seed004DatelineDatesPeopleAndFacts() throws IOException {
    Article a = seed004();
    assertEquals("Paris", a.dateline().place());
    assertEquals(LocalDate.of(2026, 1, 6), a.dateline().date());
    assertEquals("QNA", a.dateline().agency());
    assertEquals("2026-01-06", a.published().iso());
    assertEquals("2026-01-09T01:13:54", a.updated().iso());
    assertTrue(a.dates().stream().anyMatch(
        d -> d.text().equals("on Tuesday") && d.date().equals(LocalDate.of(2026, 1, 6)) && d.relative()));
    assertRole(a, "Emmanuel Macron", "French President");
    assertRole(a, "Keir Starmer", "UK Prime Minister");
    assertRole(a, "Friedrich Merz", "German Chancellor");
    assertRole(a, "Vladimir Putin", "President");
    Entity zelensky = person(a, "Volodymyr Zelensky");
    assertEquals("Ukrainian President", zelensky.role());
    assertTrue(zelensky.aliases().contains("Zelensky"));
    assertEquals(1, a.people().stream().filter(p -> p.name().startsWith("Volodymyr")).count());
    assertFact(a, 35, "countries", "approximately");
    assertFact(a, 27, "heads of state", null);
    assertTrue(a.organisations().stream().anyMatch(o -> o.name().equals("French Presidency")));
    assertTrue(a.organisations().stream().anyMatch(o -> o.name().equals("Kremlin")));
  }

  @Test
  void zelenskyAndZelenskyyAreOneEntityInACombinedText() {
    Article a = EXTRACTOR.extract(new Document("x.txt", InputFormat.TEXT, "t", null, List.of(
        Block.paragraph("Ukrainian President Volodymyr Zelenskyy arrived."),
        Block.paragraph("Later Zelensky met Macron.")), List.of()));
    Entity e = person(a, "Volodymyr Zelenskyy");
    assertEquals("person:volodymyr-zelenskyy", e.key());
    assertTrue(e.aliases().contains("Zelensky"));
  }

  private static void assertSpeaker(Article a, String start, String speaker) {
    Quote q = a.quotes().stream().filter(x -> x.text().startsWith(start)).findFirst().orElse(null);
    assertNotNull(q, "no quote starting '" + start + "' in " + a.quotes());
    assertEquals(speaker, q.speaker());
    assertNotNull(q.speakerKey());
  }

  private static Entity person(Article a, String name) {
    Entity e = a.people().stream().filter(p -> p.name().equals(name)).findFirst().orElse(null);
    assertNotNull(e, name + " not among " + a.people());
    return e;
  }

  private static void assertRole(Article a, String name, String role) {
    assertEquals(role, person(a, name).role());
  }

  private static void assertFact(Article a, int value, String unit, String qualifier) {
    assertTrue(a.facts().stream().anyMatch(f -> f.value().compareTo(BigDecimal.valueOf(value)) == 0
            && f.unit().equals(unit) && java.util.Objects.equals(f.qualifier(), qualifier)),
        value + " " + unit + " ~" + qualifier + " not in " + a.facts());
  }

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = SeedExtractionTest.class.getResourceAsStream("/extract/seeds/" + name)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
  }
}
