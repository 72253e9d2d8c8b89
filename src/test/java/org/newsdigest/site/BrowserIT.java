package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Three reports that share the word "harbour", on three days, from two outlets. */
  private static final Map<String, String> HARBOUR_ARTICLES = Map.of(
      "bridge.md", article("Harbour bridge opens in Lisbon", "2025-05-01", "Lisbon Daily",
          "The new harbour bridge opened to traffic on Thursday after four years of work."),
      "fire.md", article("Harbour fire closes the port of Setubal", "2025-09-10", "Porto Post",
          "A fire in a warehouse closed the port for a day; nobody was hurt, the fire brigade said."),
      "chief.md", article("Harbour authority of Faro names a new chief engineer", "2024-02-03", "Lisbon Daily",
          "The authority chose an engineer from Łódź to run the docks and the marina."));

  Path site;
  Path searchSite;
  Path profile;

  @BeforeAll
  void build(@TempDir Path dir) throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed");
    site = dir.resolve("site");
    profile = Files.createDirectories(dir.resolve("profile"));
    build(Path.of("seeds"), site);
    // The seeds and three dated reports from two outlets, for the search filters.
    Path seeds = Files.createDirectories(dir.resolve("search-seeds").resolve("harbour"));
    try (var files = Files.list(Path.of("seeds"))) {
      for (Path seed : files.toList()) {
        Files.copy(seed, seeds.resolveSibling(seed.getFileName()));
      }
    }
    for (Map.Entry<String, String> article : HARBOUR_ARTICLES.entrySet()) {
      Files.writeString(seeds.resolve(article.getKey()), article.getValue());
    }
    searchSite = dir.resolve("search-site");
    build(seeds.getParent(), searchSite);
  }

  private void build(Path seeds, Path out) throws Exception {
    Process build = new ProcessBuilder(javaBinary(), "-jar", JAR.toString(), "build", "--seeds", seeds.toString(),
        "--templates", "templates", "--out", out.toString(), "--quiet", "--no-cache")
        .redirectErrorStream(true).start();
    String output = new String(build.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, build.waitFor(), output);
  }

  private static String article(String title, String date, String outlet, String text) {
    return "---\ntitle: " + title + "\ndate: " + date + "\nsource: " + outlet + "\n---\n\n" + text + "\n";
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

  @Test
  void searchFromFileLoadsTheShardItNeedsAndMarksTheMatches() throws Exception {
    try (DevToolsBrowser browser = DevToolsBrowser.start(CHROMIUM, profile.resolveSibling("devtools-file"))) {
      browser.open(searchSite.resolve("search.html").toUri() + "?q=harb");
      assertHarbourResults(browser);
    }
  }

  @Test
  void searchOverHttpFromASubPathLoadsTheSameFiles() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/news/", exchange -> {
      Path file = searchSite.resolve(exchange.getRequestURI().getPath().substring("/news/".length())).normalize();
      boolean found = file.startsWith(searchSite) && Files.isRegularFile(file);
      byte[] body = found ? Files.readAllBytes(file) : new byte[0];
      String name = file.getFileName().toString();
      exchange.getResponseHeaders().set("Content-Type", name.endsWith(".js") ? "text/javascript; charset=utf-8"
          : name.endsWith(".css") ? "text/css" : "text/html; charset=utf-8");
      exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    try (DevToolsBrowser browser = DevToolsBrowser.start(CHROMIUM, profile.resolveSibling("devtools-http"))) {
      browser.open("http://127.0.0.1:" + server.getAddress().getPort() + "/news/search.html?q=harb");
      assertHarbourResults(browser);
    } finally {
      server.stop(0);
    }
  }

  /** "harb" finds the three reports through the "h" shard, each with "Harbour" marked in its title. */
  private static void assertHarbourResults(DevToolsBrowser browser) throws Exception {
    browser.waitFor("document.querySelectorAll('#search-results li').length > 0");
    assertEquals(List.of("Harbour fire closes the port of Setubal", "Harbour bridge opens in Lisbon",
        "Harbour authority of Faro names a new chief engineer"), browser.texts("#search-results h2"));
    assertEquals(List.of("Harbour", "Harbour", "Harbour"), browser.texts("#search-results h2 mark"));
    assertTrue(browser.texts("#search-results .teaser mark").contains("harbour"),
        browser.texts("#search-results .teaser").toString());
    assertEquals("3 results for “harb”.", browser.texts("#search-status").get(0));
    String scripts = browser.eval("Array.from(document.querySelectorAll('script[src]'))"
        + ".map(s => s.getAttribute('src')).join(' ')").asText();
    assertTrue(scripts.contains("assets/search/t-68.js"), "the shard of 'h': " + scripts);
    assertTrue(!scripts.contains("assets/search/t-6c.js"), "no other word shard: " + scripts);
  }

  @Test
  void theBuildAndThePageCutWordsAlikeSoLodzFindsLodzWithItsAccents() throws Exception {
    try (DevToolsBrowser browser = DevToolsBrowser.start(CHROMIUM, profile.resolveSibling("devtools-words"))) {
      browser.open(searchSite.resolve("search.html").toUri() + "?q=LODZ");
      browser.waitFor("document.querySelectorAll('#search-results li').length > 0");
      assertEquals(List.of("Harbour authority of Faro names a new chief engineer"), browser.texts("#search-results h2"));
      assertEquals(List.of("Łódź"), browser.texts("#search-results .teaser mark"));
    }
  }

  @Test
  void theDateAndOutletFiltersNarrowTheResultsAndTheAddressKeepsThem() throws Exception {
    String page = searchSite.resolve("search.html").toUri().toString();
    try (DevToolsBrowser browser = DevToolsBrowser.start(CHROMIUM, profile.resolveSibling("devtools-filters"))) {
      browser.open(page);
      browser.waitFor("document.getElementById('search-status').textContent.indexOf('Type') === 0");
      // Typed as a reader would: the query, then a first day, then an outlet.
      browser.eval("(() => { const q = document.getElementById('q'); q.focus(); q.value = 'harbour';"
          + " q.dispatchEvent(new Event('input', {bubbles: true})); })()");
      browser.waitFor("document.querySelectorAll('#search-results li').length === 3");
      browser.eval("(() => { const f = document.getElementById('from'); f.value = '2025-01-01';"
          + " f.dispatchEvent(new Event('change', {bubbles: true})); })()");
      browser.waitFor("document.querySelectorAll('#search-results li').length === 2");
      assertEquals(List.of("Harbour fire closes the port of Setubal", "Harbour bridge opens in Lisbon"),
          browser.texts("#search-results h2"));
      browser.eval("(() => { const o = document.getElementById('outlet'); o.value = 'Lisbon Daily';"
          + " o.dispatchEvent(new Event('change', {bubbles: true})); })()");
      browser.waitFor("document.querySelectorAll('#search-results li').length === 1");
      assertEquals(List.of("Harbour bridge opens in Lisbon"), browser.texts("#search-results h2"));
      assertEquals("1 result for “harbour”.", browser.texts("#search-status").get(0));
      String linked = browser.eval("location.href").asText();
      assertEquals(page + "?q=harbour&from=2025-01-01&outlet=Lisbon+Daily", linked);

      // The address alone brings the same search back, fields filled in.
      browser.open("about:blank");
      browser.open(linked);
      browser.waitFor("document.querySelectorAll('#search-results li').length === 1");
      assertEquals(List.of("Harbour bridge opens in Lisbon"), browser.texts("#search-results h2"));
      assertEquals("harbour|2025-01-01||Lisbon Daily", browser.eval("['q', 'from', 'to', 'outlet']"
          + ".map(id => document.getElementById(id).value).join('|')").asText());

      // A filter without words lists what it keeps, newest first; "to" ends the range.
      browser.open(page + "?outlet=Lisbon+Daily&to=2024-12-31");
      browser.waitFor("document.querySelectorAll('#search-results li').length > 0");
      assertEquals(List.of("Harbour authority of Faro names a new chief engineer"), browser.texts("#search-results h2"));
      assertEquals("1 result, newest first.", browser.texts("#search-status").get(0));
    }
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
