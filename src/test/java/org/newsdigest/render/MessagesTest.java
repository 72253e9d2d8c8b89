package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The site's labels: every language has every label English has, with the same places to fill
 * in, so a new label cannot be forgotten in one language; counting labels pick the right form;
 * dates are written in the language whatever the JVM's own locale.
 */
class MessagesTest {
  private static final Pattern PLACE = Pattern.compile("\\{\\w+}");

  @TempDir Path templates;

  @ParameterizedTest
  @ValueSource(strings = {"de", "fr"})
  void everyLanguageHasExactlyTheEnglishKeys(String language) throws IOException {
    Properties english = file("en");
    Properties other = file(language);
    Set<String> missing = new TreeSet<>(english.stringPropertyNames());
    missing.removeAll(other.stringPropertyNames());
    Set<String> extra = new TreeSet<>(other.stringPropertyNames());
    extra.removeAll(english.stringPropertyNames());
    assertEquals(Set.of(), missing, "labels missing from messages_" + language);
    assertEquals(Set.of(), extra, "labels English does not have in messages_" + language);
    for (String key : english.stringPropertyNames()) {
      assertEquals(places(english.getProperty(key)), places(other.getProperty(key)),
          "the places to fill in of " + key + " in " + language);
      assertFalse(other.getProperty(key).isBlank(), key + " is blank in " + language);
    }
  }

  @Test
  void everyCountingLabelHasBothForms() throws IOException {
    Properties english = file("en");
    for (String key : english.stringPropertyNames()) {
      if (key.endsWith(".one")) {
        assertTrue(english.containsKey(key.replaceAll("\\.one$", ".other")), key);
      }
      if (key.endsWith(".other")) {
        assertTrue(english.containsKey(key.replaceAll("\\.other$", ".one")), key);
      }
    }
  }

  @ParameterizedTest
  @CsvSource({
    "en, 0, 0 articles", "en, 1, 1 article", "en, 2, 2 articles", "en, 21, 21 articles",
    "de, 0, 0 Ereignisse", "de, 1, 1 Ereignis", "de, 3, 3 Ereignisse",
    "fr, 0, 0 événement", "fr, 1, 1 événement", "fr, 2, 2 événements",
  })
  void countingLabelsTakeTheLanguagesPluralForm(String language, long n, String expected) {
    Messages messages = Messages.load(language, null);
    String key = language.equals("en") ? "articles" : "events";
    assertEquals(expected, messages.count(key, n));
  }

  @ParameterizedTest
  @CsvSource({
    "en, 6 January 2026, January 2026, January",
    "de, 6. Januar 2026, Januar 2026, Januar",
    "fr, 6 janvier 2026, janvier 2026, janvier",
  })
  void datesAreWrittenInTheLanguage(String language, String day, String month, String monthName) {
    DateText dates = Messages.load(language, null).dates();
    assertEquals(day, dates.day(LocalDate.of(2026, 1, 6)));
    assertEquals(month, dates.month(YearMonth.of(2026, 1)));
    assertEquals(monthName, dates.monthName(YearMonth.of(2026, 1)));
    assertEquals("2026-01-06", dates.of(LocalDate.of(2026, 1, 6)).get("iso"), "machines read ISO");
  }

  @Test
  void placesAreFilledAndListsJoinedInTheLanguage() {
    Messages german = Messages.load("de", null);
    assertEquals("Seite 2 von 5", german.text("pageNumber", 2, 5));
    assertEquals("A, B und C", german.inWords(java.util.List.of("A", "B", "C")));
    assertEquals("{x} stays {9}", Messages.fill("{x} stays {9}", "a"), "only places with a value are filled");
  }

  @Test
  void aUsersFilesReplaceBuiltInLabels() throws IOException {
    Files.writeString(templates.resolve("messages.properties"), "search=Find\nkeyFacts=Facts\n");
    Files.writeString(templates.resolve("messages_de.properties"), "search=Finden\n", StandardCharsets.UTF_8);
    Messages english = Messages.load("en", templates);
    assertEquals("Find", english.text("search"));
    assertEquals("Facts", english.text("keyFacts"));
    Messages german = Messages.load("de", templates);
    assertEquals("Finden", german.text("search"), "the language's own file wins over messages.properties");
    assertEquals("Facts", german.text("keyFacts"));
    assertEquals("Zusammenfassung", german.text("summary"));
  }

  @Test
  void aLanguageOfTheUsersOwnFallsBackToEnglish() throws IOException {
    Files.writeString(templates.resolve("messages_es.properties"),
        "summary=Resumen\ndateDay=d 'de' MMMM 'de' uuuu\n", StandardCharsets.UTF_8);
    Messages spanish = Messages.load("es", templates);
    assertEquals("es", spanish.language());
    assertEquals("Resumen", spanish.text("summary"));
    assertEquals("Key facts", spanish.text("keyFacts"));
    assertEquals("6 de enero de 2026", spanish.dates().day(LocalDate.of(2026, 1, 6)));
    assertEquals("1 de enero de 2026", spanish.dates().day(LocalDate.of(2026, 1, 1)),
        "the first of the month as the file writes days, not as English does");
  }

  @Test
  void frenchWritesTheFirstOfTheMonthAsAnOrdinal() {
    assertEquals("1er janvier 2026", Messages.load("fr", null).dates().day(LocalDate.of(2026, 1, 1)));
    assertEquals("2 janvier 2026", Messages.load("fr", null).dates().day(LocalDate.of(2026, 1, 2)));
    assertEquals("1 January 2026", Messages.load("en", null).dates().day(LocalDate.of(2026, 1, 1)));
    assertEquals("1. Januar 2026", Messages.load("de", null).dates().day(LocalDate.of(2026, 1, 1)));
  }

  @Test
  void aLanguageWithoutLabelsIsRefusedNamingTheSupportedOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Messages.load("es", templates));
    assertTrue(e.getMessage().contains("'es'"), e.getMessage());
    assertTrue(e.getMessage().contains("de, en, fr"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Messages.load("../x", null));
  }

  @Test
  void labelsFilesAreNotTakenForTemplates() {
    assertTrue(Messages.isLabelsFile("messages.properties"));
    assertTrue(Messages.isLabelsFile("messages_de.properties"));
    assertFalse(Messages.isLabelsFile("assets/messages.properties.bak"));
    assertFalse(Messages.isLabelsFile("event.ftlh"));
  }

  private static Set<String> places(String text) {
    Set<String> places = new TreeSet<>();
    Matcher m = PLACE.matcher(text);
    while (m.find()) {
      places.add(m.group());
    }
    return places;
  }

  private static Properties file(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
