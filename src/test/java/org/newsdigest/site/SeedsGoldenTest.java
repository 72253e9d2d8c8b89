package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.cli.ExitCodes;

/**
 * The project's own seeds, end to end: the two reports of the Paris meeting become one event
 * with both sources, the quotes carry the right speakers, the differing facts are flagged, and
 * the committed {@code site/} is exactly what a fresh build makes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedsGoldenTest {
  private static final Path SEEDS = Path.of("seeds");
  private static final Path COMMITTED_SITE = Path.of("site");

  Path dir;
  Path site;
  JsonNode event;
  Document eventPage;

  @BeforeAll
  void build(@TempDir Path dir) throws IOException {
    this.dir = dir;
    site = dir.resolve("site");
    SiteFixture cli = new SiteFixture(dir);
    int code = cli.run("build", "--seeds", SEEDS.toString(), "--templates", "templates",
        "--out", site.toString(), "--quiet");
    assertEquals(ExitCodes.OK, code, cli.err());
    JsonNode events = new ObjectMapper().readTree(site.resolve("data/events.json").toFile());
    assertEquals(1, events.get("events").size(), "the seeds report one meeting: " + events);
    event = events.get("events").get(0);
    eventPage = Jsoup.parse(Files.readString(site.resolve(event.get("url").asText())));
  }

  @Test
  void theTwoSeedsAreOneEventInParisOnTheSixthOfJanuary() {
    assertEquals("2026-01-06", event.get("date").asText());
    assertEquals("Paris", event.get("place").asText());
    List<String> sources = new ArrayList<>();
    event.get("articles").forEach(a -> sources.add(a.get("source").asText()));
    sources.sort(null);
    assertEquals(List.of("000_df0ed3eab8cf45f6.txt", "004_66b5c6b8bcaa92e1.txt"), sources);
  }

  @Test
  void theThreeQuotesAreAttributedToTheirSpeakers() {
    Map<String, String> speakerOf = new TreeMap<>();
    for (Element group : eventPage.select("[data-speaker]")) {
      for (Element quote : group.select("blockquote")) {
        speakerOf.put(quote.text(), group.attr("data-speaker"));
      }
    }
    assertEquals("Emmanuel Macron", speakerStarting(speakerOf, "The aim is to ensure that Ukraine"));
    assertEquals("Volodymyr Zelenskyy", speakerStarting(speakerOf, "I will not sign a peace deal"));
    assertEquals("Emmanuel Macron", speakerStarting(speakerOf, "Ukraine’s sovereignty must be respected"));
  }

  @Test
  void theHedgedAndTheBareCountOfCountriesAreNotAConflict() {
    assertEquals(null, eventPage.selectFirst("[data-differs=true]"), "no false 'Sources differ'");
    Element countries = eventPage.select("tr[data-agreement]").stream()
        .filter(row -> row.text().contains("approximately 35 countries")).findFirst().orElseThrow();
    assertTrue(countries.text().contains("2 sources agree"), countries.text());
    // One wording, both sources, one line: "“27 heads of state” — QNA, Unnamed source".
    Element heads = eventPage.select("tr[data-agreement]").stream()
        .filter(row -> row.text().contains("heads of state")).findFirst().orElseThrow();
    assertEquals(1, heads.select("ul.reports li").size(), heads.html());
    assertEquals(2, heads.select("ul.reports li a").size(), heads.html());
  }

  @Test
  void theEventPageSaysWhyTheArticlesWereMerged() {
    String why = eventPage.select("#why-merged").text();
    assertTrue(why.contains("2026-01-06"), why);
    assertTrue(why.contains("Paris"), why);
    assertTrue(why.contains("Macron"), why);
  }

  @Test
  void theCommittedSiteIsExactlyWhatTheToolBuilds() throws IOException {
    Map<String, byte[]> fresh = files(site);
    Map<String, byte[]> committed = files(COMMITTED_SITE);
    assertEquals(fresh.keySet(), committed.keySet(), "regenerate site/ with ./newsdigest build");
    List<String> differing = new ArrayList<>();
    fresh.forEach((path, bytes) -> {
      if (!Arrays.equals(bytes, committed.get(path))) {
        differing.add(path);
      }
    });
    assertEquals(List.of(), differing, "regenerate site/ with ./newsdigest build");
  }

  @Test
  void noPageNamesALocalPathOrTheBuildTime() throws IOException {
    String absolute = dir.toAbsolutePath().toString();
    for (Map.Entry<String, byte[]> file : files(site).entrySet()) {
      String text = new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8);
      assertFalse(text.contains(absolute), file.getKey() + " names the build folder");
      assertFalse(text.contains(System.getProperty("user.home") + "/"), file.getKey() + " names a home folder");
      // The seeds are from January 2026: the day of the build has no business on any page.
      assertFalse(text.contains(java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString()),
          file.getKey() + " holds the build date");
    }
  }

  private static String speakerStarting(Map<String, String> speakerOf, String start) {
    return speakerOf.entrySet().stream()
        .filter(e -> e.getKey().replaceAll("^[“\"]", "").startsWith(start))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no quote starts with '" + start + "': " + speakerOf));
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }
}
