package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.render.Messages;
import picocli.CommandLine;

/**
 * A site in another language, built from a settings file with {@code language: de}: its labels,
 * dates, lang attributes and feeds in German (and French), and a language the site cannot speak
 * refused in one line.
 */
class LanguageSiteTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private Path project;

  @BeforeEach
  void twoReportsOfOneVote() throws IOException {
    project = Files.createDirectories(dir.resolve("digest"));
    Path seeds = Files.createDirectories(project.resolve("seeds"));
    Files.writeString(seeds.resolve("gazette.md"), """
        ---
        title: City council approves tram line to the harbour
        date: 2026-01-06
        source: Harbour Gazette
        ---

        The city council of Rostock voted 31 to 12 on Tuesday to build a tram line to the harbour.
        "This is the most important transport decision in a generation," Mayor Anna Berg said.
        """);
    Files.writeString(seeds.resolve("courier.md"), """
        ---
        title: Rostock council backs harbour tram line
        date: 2026-01-06
        source: Baltic Courier
        ---

        Rostock's city council voted 31 to 12 on Tuesday for a tram line to the harbour.
        Mayor Anna Berg called it the most important transport decision in a generation.
        """);
  }

  private int run(String... args) {
    CommandLine cli = Main.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path build(String settings) throws IOException {
    Path file = Files.writeString(project.resolve("newsdigest.yaml"), settings);
    assertEquals(ExitCodes.OK, run("build", "--config", file.toString(), "--quiet", "--no-cache"), err.toString());
    return project.resolve("site");
  }

  private static Document page(Path site, String path) throws IOException {
    return Jsoup.parse(Files.readString(site.resolve(path)));
  }

  private static Path onlyEventPage(Path site) throws IOException {
    try (Stream<Path> events = Files.list(site.resolve("events"))) {
      List<Path> pages = events.filter(p -> p.toString().endsWith(".html")).toList();
      assertEquals(1, pages.size(), "the two reports make one event: " + pages);
      return pages.get(0);
    }
  }

  @Test
  void aGermanSiteSpeaksGermanEverywhere() throws IOException {
    Path site = build("title: Hafenblatt\nlanguage: de\n");

    Document index = page(site, "index.html");
    assertEquals("de", index.selectFirst("html").attr("lang"));
    assertEquals("Ereignisse", index.selectFirst("nav[aria-label] ul li a").text());
    assertEquals("Website", index.selectFirst("header nav").attr("aria-label"));
    assertTrue(index.select("time").text().contains("6. Januar 2026"), index.select("time").text());
    assertTrue(index.text().contains("2 Quellen von 2 Medien"), index.text());
    assertNoEnglishLabel(index.text() + " " + attributes(index));

    Document event = Jsoup.parse(Files.readString(onlyEventPage(site)));
    assertEquals("de", event.selectFirst("html").attr("lang"));
    assertEquals("Berichterstattung", event.getElementById("coverage").text());
    assertEquals("Quellen", event.getElementById("sources").text());
    assertEquals("2026-01-06", event.selectFirst("dl.facts-line time").attr("datetime"), "machines read ISO");
    assertEquals("6. Januar 2026", event.selectFirst("dl.facts-line time").text());

    assertTrue(Files.readString(site.resolve("feed.xml")).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"de\">"));
    assertTrue(Files.readString(site.resolve("rss.xml")).contains("<language>de</language>"));
    assertTrue(Files.readString(site.resolve("feed.json")).contains("\"language\" : \"de\""));
    assertEquals("Januar", page(site, "archive/index.html").selectFirst("ul.months a").text());
    assertEquals("Zum Inhalt springen", page(site, "404.html").selectFirst("a.skip").text());
    Document search = page(site, "search.html");
    assertEquals("Nichts gefunden für „{q}“.", search.selectFirst("form").attr("data-msg-none-for"));
    assertEquals("Alle Medien", search.selectFirst("select#outlet option").text());
    String markdown = Files.readString(Path.of(onlyEventPage(site).toString().replace(".html", ".md")));
    assertTrue(markdown.contains("- Datum: 6\\. Januar 2026"), markdown);
  }

  @Test
  void aFrenchSiteToo() throws IOException {
    Path site = build("language: fr\n");
    Document index = page(site, "index.html");
    assertEquals("fr", index.selectFirst("html").attr("lang"));
    assertEquals("Événements", index.selectFirst("nav[aria-label] ul li a").text());
    assertTrue(index.select("time").text().contains("6 janvier 2026"), index.select("time").text());
    assertTrue(Files.readString(site.resolve("feed.xml")).contains("xml:lang=\"fr\""));
    assertEquals("Sources", Jsoup.parse(Files.readString(onlyEventPage(site))).getElementById("sources").text());
    assertTrue(index.title().endsWith("Revue de presse"), "a site without a title has the language's: " + index.title());
  }

  @Test
  void theFlagWinsOverTheSettingsFile() throws IOException {
    Path file = Files.writeString(project.resolve("newsdigest.yaml"), "language: de\n");
    assertEquals(ExitCodes.OK, run("build", "--config", file.toString(), "--quiet", "--no-cache", "--language", "fr"),
        err.toString());
    assertEquals("fr", page(project.resolve("site"), "index.html").selectFirst("html").attr("lang"));
  }

  @Test
  void aLanguageWithoutLabelsIsAOneLineUsageError() throws IOException {
    Path file = Files.writeString(project.resolve("newsdigest.yaml"), "language: es\n");
    assertEquals(ExitCodes.USAGE, run("build", "--config", file.toString(), "--quiet"));
    String message = err.toString().strip();
    assertEquals(1, message.lines().count(), message);
    assertTrue(message.contains("'es'") && message.contains("de, en, fr"), message);
    assertFalse(Files.exists(project.resolve("site")), "nothing written");
  }

  @Test
  void aLanguageOfTheUsersOwnBuildsWithEnglishForWhatItLeavesOut() throws IOException {
    Path templates = Files.createDirectories(project.resolve("templates"));
    Files.writeString(templates.resolve("messages_es.properties"), "summary=Resumen\nevents=Sucesos\n",
        StandardCharsets.UTF_8);
    Path site = build("language: es\n");
    assertFalse(err.toString().contains("overrides no built-in template"), err.toString());
    Document index = page(site, "index.html");
    assertEquals("es", index.selectFirst("html").attr("lang"));
    assertEquals("Sucesos", index.selectFirst("nav[aria-label] ul li a").text());
    assertTrue(index.text().contains("Timeline"), "English where the file says nothing");
  }

  /** Every text a reader or a screen reader meets in the page's attributes. */
  private static String attributes(Document page) {
    List<String> texts = new ArrayList<>();
    page.getAllElements().forEach(e -> {
      texts.add(e.attr("aria-label"));
      texts.add(e.attr("title"));
    });
    return String.join(" ", texts);
  }

  /** No English label of more than one word is left on a page (one word may be a name's). */
  private static void assertNoEnglishLabel(String text) throws IOException {
    Properties english = new Properties();
    try (var in = Messages.class.getResourceAsStream("messages_en.properties")) {
      english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    for (String key : english.stringPropertyNames()) {
      for (String part : english.getProperty(key).split("\\{\\d}")) {
        String words = part.strip();
        if (words.contains(" ") && words.length() > 6 && !Set.of("dateDay", "dateMonth", "dateMonthName", "feedTitle").contains(key)) {
          assertFalse(text.contains(words), "English label " + key + " ('" + words + "') left on the page");
        }
      }
    }
  }
}
