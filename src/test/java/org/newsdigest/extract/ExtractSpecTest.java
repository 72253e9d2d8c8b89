package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Fact;

/** Runs every example of {@code extract-spec.md} as its own test. */
class ExtractSpecTest {

  private static final Extractor EXTRACTOR = new Extractor();

  @TestFactory
  Stream<DynamicTest> spec() throws IOException {
    List<ExampleReader.Example> examples = ExampleReader.read("/extract/extract-spec.md");
    assertTrue(examples.size() >= 40, "the spec should hold 40+ examples, has " + examples.size());
    return examples.stream()
        .map(e -> DynamicTest.dynamicTest(e.name() + " (line " + e.line() + ")", () -> check(e)));
  }

  private static void check(ExampleReader.Example example) {
    Article a = EXTRACTOR.extract(example.document());
    for (String expectation : example.expectations()) {
      if (expectation.isBlank()) {
        continue;
      }
      int colon = expectation.indexOf(':');
      String key = expectation.substring(0, colon).strip();
      String value = expectation.substring(colon + 1).strip();
      String context = example.name() + " / " + expectation + "\n  got " + describe(a);
      switch (key) {
        case "title" -> assertEquals(value, a.title(), context);
        case "title.derived" -> assertEquals(Boolean.parseBoolean(value), a.titleDerived(), context);
        case "published" -> assertEquals(value, a.published() == null ? "none" : a.published().iso(), context);
        case "updated" -> assertEquals(value, a.updated() == null ? "none" : a.updated().iso(), context);
        case "outlet" -> assertEquals(value, Objects.toString(a.outlet(), "none"), context);
        case "outlet.kind" -> assertEquals(value, a.publisher() == null || a.publisher().kind() == null
            ? "none" : a.publisher().kind().id(), context);
        case "outlet.country" -> assertEquals(value,
            a.publisher() == null ? "none" : Objects.toString(a.publisher().country(), "none"), context);
        case "outlet.basis" -> assertEquals(value,
            a.publisher() == null ? "none" : a.publisher().basis().id(), context);
        case "byline" -> assertEquals(value, Objects.toString(a.byline(), "none"), context);
        case "language" -> assertEquals(value, Objects.toString(a.language(), "none"), context);
        case "dateline" -> assertEquals(value, a.dateline() == null ? "none" : a.dateline().text(), context);
        case "dateline.place" -> assertEquals(value, a.dateline().place(), context);
        case "dateline.agency" -> assertEquals(value, Objects.toString(a.dateline().agency(), "none"), context);
        case "dateline.date" -> assertEquals(value, Objects.toString(a.dateline().date(), "none"), context);
        case "date" -> {
          String[] parts = value.split("→");
          String text = parts[0].strip();
          String date = parts[1].strip();
          assertTrue(a.dates().stream().anyMatch(d -> d.text().equals(text) && d.date().toString().equals(date)),
              context + "\n  dates " + a.dates());
        }
        case "no-date" -> assertTrue(a.dates().stream().noneMatch(d -> d.text().contains(value)),
            context + "\n  dates " + a.dates());
        case "quote" -> {
          String[] parts = value.split("\\|");
          String text = parts[0].strip();
          String speaker = parts[1].strip();
          assertTrue(a.quotes().stream().anyMatch(q -> q.text().startsWith(text.replace("…", ""))
                  && Objects.toString(q.speaker(), "none").equals(speaker)),
              context + "\n  quotes " + a.quotes());
        }
        case "no-quote" -> assertTrue(a.quotes().stream().noneMatch(q -> q.text().contains(value)),
            context + "\n  quotes " + a.quotes());
        case "quotes" -> assertEquals(Integer.parseInt(value), a.quotes().size(), context);
        case "person" -> checkEntity(a, EntityType.PERSON, value, context);
        case "place" -> checkEntity(a, EntityType.PLACE, value, context);
        case "org" -> checkEntity(a, EntityType.ORGANISATION, value, context);
        case "no-entity" -> assertTrue(a.entities().stream().noneMatch(
                e -> e.name().equals(value) || e.aliases().contains(value)), context);
        case "no-place" -> assertTrue(a.places().stream().noneMatch(
                e -> e.name().equals(value) || e.aliases().contains(value)), context + "\n  places " + a.places());
        case "people" -> assertEquals(Integer.parseInt(value), a.people().size(), context);
        case "key" -> assertTrue(a.entities().stream().anyMatch(e -> e.key().equals(value)), context);
        case "fact" -> checkFact(a, value, context);
        case "no-fact" -> assertTrue(a.facts().stream().noneMatch(f -> f.wording().contains(value)),
            context + "\n  facts " + a.facts());
        case "sentence" -> assertTrue(a.sentences().stream().anyMatch(s -> s.text().equals(value)),
            context + "\n  sentences " + a.sentences());
        case "sentences" -> assertEquals(Integer.parseInt(value), a.sentences().size(),
            context + "\n  sentences " + a.sentences());
        default -> fail("unknown expectation '" + key + "' in " + example.name());
      }
    }
  }

  /** "Name (Role) aliases A, B": the role and aliases are checked only when given. */
  private static void checkEntity(Article a, EntityType type, String value, String context) {
    String name = value;
    String role = null;
    List<String> aliases = List.of();
    int aliasAt = name.indexOf(" aliases ");
    if (aliasAt >= 0) {
      aliases = List.of(name.substring(aliasAt + 9).split(",\\s*"));
      name = name.substring(0, aliasAt);
    }
    int paren = name.indexOf(" (");
    if (paren >= 0) {
      role = name.substring(paren + 2, name.lastIndexOf(')'));
      name = name.substring(0, paren);
    }
    String wanted = name.strip();
    Entity e = a.entitiesOf(type).stream().filter(x -> x.name().equals(wanted)).findFirst().orElse(null);
    if (e == null) {
      fail(context);
    }
    if (role != null) {
      assertEquals(role, e.role(), context);
    }
    for (String alias : aliases) {
      assertTrue(e.aliases().contains(alias.strip()), context + "\n  aliases " + e.aliases());
    }
  }

  /** "wording = value unit ~qualifier". */
  private static void checkFact(Article a, String value, String context) {
    String[] sides = value.split(" = ");
    String wording = sides[0].strip();
    String rest = sides[1].strip();
    String qualifier = null;
    int tilde = rest.indexOf(" ~");
    if (tilde >= 0) {
      qualifier = rest.substring(tilde + 2).strip();
      rest = rest.substring(0, tilde);
    }
    String number = rest.substring(0, rest.indexOf(' '));
    String unit = rest.substring(rest.indexOf(' ') + 1);
    String q = qualifier;
    boolean found = a.facts().stream().anyMatch(f -> f.wording().equals(wording)
        && f.value().compareTo(new java.math.BigDecimal(number)) == 0
        && f.unit().equals(unit) && Objects.equals(f.qualifier(), q));
    assertTrue(found, context + "\n  facts " + a.facts().stream().map(ExtractSpecTest::fact)
        .collect(Collectors.joining("; ")));
  }

  private static String fact(Fact f) {
    return f.wording() + " = " + f.value().toPlainString() + " " + f.unit() + " ~" + f.qualifier();
  }

  private static String describe(Article a) {
    return "title=" + a.title() + " dateline=" + a.dateline() + "\n  entities=" + a.entities();
  }
}
