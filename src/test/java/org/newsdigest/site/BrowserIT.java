package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seeds site as a reader's browser shows it: headless Chromium opens the pages from
 * file:// (no server, no JavaScript needed) and the DOM it built is checked. CI installs
 * Debian's chromium; where no browser is installed the test is skipped, not passed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserIT {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path JAR = Path.of("target", "newsdigest.jar");

  Path site;
  Path profile;

  @BeforeAll
  void build(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
    site = dir.resolve("site");
    profile = Files.createDirectories(dir.resolve("profile"));
    Process build = new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "build", "--seeds", "seeds",
        "--templates", "templates", "--out", site.toString(), "--quiet").redirectErrorStream(true).start();
    String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, build.waitFor(), output);
  }

  @Test
  void theIndexShowsOneEventWithBothSources() throws Exception {
    Document index = open("index.html");
    List<Element> events = index.select("main a[href^=events/]").stream()
        .filter(a -> !a.text().isBlank()).toList();
    assertEquals(1, events.stream().map(a -> a.attr("href")).distinct().count(), index.select("main").html());
    assertTrue(index.select("main").text().contains("2 sources"), index.select("main").text());
  }

  @Test
  void theEventPageShowsTheQuotesWithTheirSpeakersAndNoFalseConflict() throws Exception {
    Document index = open("index.html");
    Document event = open(index.selectFirst("main a[href^=events/]").attr("href"));
    List<String> speakers = new ArrayList<>();
    event.select("[data-speaker]").forEach(group -> group.select("blockquote").forEach(q -> speakers.add(group.attr("data-speaker"))));
    assertEquals(List.of("Emmanuel Macron", "Emmanuel Macron", "Volodymyr Zelenskyy"), speakers.stream().sorted().toList());
    // "approximately 35 countries" and "35 countries" can both be true: no "Sources differ".
    assertTrue(event.select("tr[data-differs=true]").isEmpty(), event.select("main").text());
    Element countries = event.select("tr[data-agreement]").stream()
        .filter(row -> row.text().contains("countries")).findFirst().orElseThrow();
    assertTrue(countries.text().contains("2 sources agree"), countries.text());
  }

  @Test
  void theEventPageRendersToAScreenshot() throws Exception {
    Path png = site.resolveSibling("event.png");
    run("--window-size=390,2000", "--screenshot=" + png, url("index.html"));
    assertTrue(Files.size(png) > 10_000, "the screenshot is empty");
  }

  @Test
  void searchWorksFromFileUrls() throws Exception {
    // From file:// a page may load scripts but not fetch files: the index is a script.
    Document search = Jsoup.parse(run("--virtual-time-budget=5000", "--dump-dom", url("search.html") + "?q=Paris"));
    List<String> found = search.select("#search-results a").eachAttr("href");
    assertTrue(found.stream().anyMatch(href -> href.startsWith("events/")), search.select("main").html());
    assertTrue(!search.selectFirst("#search-status").text().contains("could not be loaded"),
        search.selectFirst("#search-status").text());
  }

  private Document open(String page) throws Exception {
    return Jsoup.parse(run("--dump-dom", url(page)));
  }

  private String url(String page) {
    return site.resolve(page).toUri().toString();
  }

  private String run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars", "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "Chromium did not finish");
    return out;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
