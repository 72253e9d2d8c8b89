package org.newsdigest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Fetcher} against a web site on the loopback address. */
class FetcherTest {
  private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");
  private static final String PAGE = "<!DOCTYPE html><html><head><title>Allies meet in Paris</title></head>"
      + "<body><article><h1>Allies meet in Paris</h1><p>Leaders met in Paris on Tuesday.</p></article></body></html>";

  @TempDir Path seeds;
  private final LoopbackSite site = new LoopbackSite();
  private final List<String> lines = new ArrayList<>();
  private final List<Duration> waits = new ArrayList<>();
  private long nanos;

  FetcherTest() throws IOException {}

  @AfterEach
  void stop() {
    site.close();
  }

  /** A fetcher whose clock stands still except while its sleeper is asked to wait. */
  private Fetcher fetcher(Duration delay) {
    return new Fetcher(new Fetcher.Settings(seeds, delay, Duration.ofSeconds(10), "test"),
        Clock.fixed(NOW, ZoneOffset.UTC), () -> nanos, duration -> {
          waits.add(duration);
          nanos += duration.toNanos();
        }, lines::add);
  }

  private FetchReport fetch(List<String> pages, List<String> feeds) throws Exception {
    return fetcher(Duration.ZERO).run(pages, feeds);
  }

  private Path host() {
    return seeds.resolve("127.0.0.1");
  }

  @Test
  void aPageIsSavedWithItsAddressFetchTimeAndValidators() throws Exception {
    site.put("/2026/01/06/allies-meet.html", LoopbackSite.Answer.ok("text/html; charset=utf-8", PAGE).withEtag("\"v1\""));
    FetchReport report = fetch(List.of(site.address("/2026/01/06/allies-meet.html")), List.of());

    assertEquals(1, report.pagesSaved(), lines.toString());
    Path saved = host().resolve("allies-meet.html");
    String text = Files.readString(saved);
    assertTrue(text.startsWith("<!-- saved from url=("), text);
    assertTrue(text.endsWith(PAGE), "the page itself is kept byte for byte");
    Provenance provenance = Provenance.of(saved).orElseThrow();
    assertEquals(site.address("/2026/01/06/allies-meet.html"), provenance.url());
    assertEquals(NOW, provenance.fetched());
    assertEquals("\"v1\"", provenance.validators().etag());
    assertTrue(site.requests().get(1).userAgent().startsWith("newsdigest/test"), "says who it is");
  }

  @Test
  void anUnchangedPageCostsA304AndItsFileStaysAsItWas() throws Exception {
    site.put("/a.html", LoopbackSite.Answer.ok("text/html", PAGE).withEtag("\"v1\""));
    fetch(List.of(site.address("/a.html")), List.of());
    Path saved = host().resolve("a.html");
    byte[] first = Files.readAllBytes(saved);

    FetchReport again = fetch(List.of(site.address("/a.html")), List.of());

    assertEquals(1, again.unchanged());
    assertEquals("\"v1\"", site.requests().get(site.requests().size() - 1).ifNoneMatch(), "asked conditionally");
    assertTrue(lines.get(lines.size() - 1).startsWith("unchanged "), lines.toString());
    assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(saved));
  }

  @Test
  void feedItemsAreSavedOneFileEachAndHistoryAccumulates() throws Exception {
    site.put("/feed.xml", "application/rss+xml", rss(item("a", "Allies meet in Paris"), item("b", "Talks resume")));
    fetch(List.of(), List.of(site.address("/feed.xml")));
    assertEquals(2, files(host()).size(), files(host()).toString());

    // The feed moves on: "a" falls out of its window, "c" comes in.
    site.put("/feed.xml", "application/rss+xml", rss(item("b", "Talks resume"), item("c", "A deal is signed")));
    FetchReport report = fetch(List.of(), List.of(site.address("/feed.xml")));

    assertEquals(1, report.itemsSaved());
    List<String> names = files(host());
    assertEquals(3, names.size(), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("allies-meet-in-paris-")), "the dropped item stays");
    assertTrue(lines.get(lines.size() - 1).contains("1 new item saved"), lines.toString());
    String item = Files.readString(host().resolve(names.stream().filter(n -> n.startsWith("a-deal")).findFirst().orElseThrow()));
    assertTrue(item.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- newsdigest fetch\n"), item);
    assertTrue(item.contains("<title>Paris watch</title>"), "the channel stays with its item");
    assertFalse(item.contains("Talks resume"), "one item per file");
  }

  @Test
  void aFeedIsAskedConditionallyWithTheValidatorsOfItsLastAnswer() throws Exception {
    site.put("/feed.xml", LoopbackSite.Answer.ok("application/rss+xml", rss(item("a", "Allies meet"))).withEtag("\"f1\""));
    fetch(List.of(), List.of(site.address("/feed.xml")));
    assertTrue(Files.readString(seeds.resolve(".newsdigest-feeds.tsv")).contains("\t\"f1\"\t"));

    FetchReport again = fetch(List.of(), List.of(site.address("/feed.xml")));

    assertEquals(1, again.unchanged());
    assertEquals("\"f1\"", site.requests().get(site.requests().size() - 1).ifNoneMatch());
  }

  @Test
  void aPageGivenAsAFeedLeadsToTheFeedItNames() throws Exception {
    site.put("/", "text/html", "<html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/rss\">"
        + "</head><body>Home</body></html>");
    site.put("/rss", "application/rss+xml", rss(item("a", "Allies meet in Paris")));
    site.put("/loop", "text/html", "<html><head><link rel=\"alternate\" type=\"application/atom+xml\" href=\"/loop\">");

    FetchReport report = fetch(List.of(), List.of(site.address("/"), site.address("/loop")));

    assertEquals(1, report.itemsSaved(), lines.toString());
    assertTrue(lines.contains("feed " + site.address("/") + ": a page that names its feed, " + site.address("/rss")));
    assertTrue(lines.contains("failed " + site.address("/loop") + ": not a feed (text/html)"), "followed once: " + lines);
  }

  @Test
  void robotsTxtIsHonouredAndAskedOncePerSite() throws Exception {
    site.put("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n");
    site.put("/private/x.html", "text/html", PAGE);
    site.put("/public/y.html", "text/html", PAGE);

    FetchReport report = fetch(List.of(site.address("/private/x.html"), site.address("/public/y.html")), List.of());

    assertEquals(1, report.skipped());
    assertEquals(1, report.pagesSaved());
    assertFalse(site.requestedPaths().contains("/private/x.html"), "never requested");
    assertEquals(1, site.requestedPaths().stream().filter("/robots.txt"::equals).count());
    assertTrue(lines.get(0).contains("robots.txt of 127.0.0.1 disallows it"), lines.toString());
  }

  @Test
  void aRobotsTxtThatFailsWithA5xxMeansNothingIsFetched() throws Exception {
    site.put("/robots.txt", new LoopbackSite.Answer(503, "text/plain", new byte[0], null, false));
    site.put("/a.html", "text/html", PAGE);
    FetchReport report = fetch(List.of(site.address("/a.html")), List.of());
    assertEquals(1, report.skipped());
    assertFalse(site.requestedPaths().contains("/a.html"));
  }

  @Test
  void requestsToOneSiteAreSpacedOutByTheLargerOfDelayAndCrawlDelay() throws Exception {
    site.put("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 2\n");
    site.put("/a.html", "text/html", PAGE);
    site.put("/b.html", "text/html", PAGE);

    fetcher(Duration.ofSeconds(1)).run(List.of(site.address("/a.html"), site.address("/b.html")), List.of());

    // robots.txt, then a.html and b.html each the site's two seconds after the request before.
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), waits);
    waits.clear();
    site.put("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.5\n");
    fetcher(Duration.ofSeconds(1)).run(List.of(site.address("/a.html")), List.of());
    assertEquals(List.of(Duration.ofSeconds(1)), waits, "the user's delay when it is the larger");
  }

  @Test
  void eachFailureIsOneLineAndTheOtherAddressesAreStillSaved() throws Exception {
    site.put("/good.html", "text/html", PAGE);
    site.put("/broken.html", new LoopbackSite.Answer(200, "text/html", PAGE.getBytes(StandardCharsets.UTF_8), null, true));
    site.put("/paper.pdf", "application/pdf", "%PDF-1.4");
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    FetchReport report = fetch(List.of(site.address("/missing.html"), site.address("/broken.html"),
        site.address("/paper.pdf"), "ftp://127.0.0.1/a", "http://127.0.0.1:" + closedPort + "/x",
        site.address("/good.html")), List.of(site.address("/good.html")));

    assertEquals(1, report.pagesSaved());
    assertEquals(6, report.failed(), lines.toString());
    assertTrue(lines.contains("failed " + site.address("/missing.html") + ": HTTP 404 Not Found"), lines.toString());
    assertTrue(lines.contains("failed " + site.address("/paper.pdf") + ": not an HTML page or a feed (application/pdf)"));
    assertTrue(lines.contains("failed ftp://127.0.0.1/a: not a web address: only http:// and https:// addresses are fetched"));
    assertTrue(lines.contains("failed " + site.address("/good.html") + ": not a feed (text/html)"), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("failed http://127.0.0.1:" + closedPort + "/x: could not connect")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("failed " + site.address("/broken.html") + ": the answer broke off")),
        lines.toString());
    // Nothing half-written: the one good page, no temporary file, no page from the broken answer.
    try (Stream<Path> all = Files.walk(seeds)) {
      assertEquals(List.of("good.html"), all.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aPageInTheCharsetItsHeaderNamesIsSavedAsUtf8SaidSoInItsHead() throws Exception {
    byte[] latin = "<html><head><title>Caf\u00e9</title></head><body><p>Un caf\u00e9 \u00e0 Paris.</p></body></html>"
        .getBytes(Charset.forName("windows-1252"));
    site.put("/cafe", new LoopbackSite.Answer(200, "text/html; charset=windows-1252", latin, null, false));
    fetch(List.of(site.address("/cafe")), List.of());
    String saved = Files.readString(host().resolve("cafe.html"), StandardCharsets.UTF_8);
    assertTrue(saved.contains("<head><meta charset=\"utf-8\"><title>Caf\u00e9</title>"), saved);
    assertTrue(saved.contains("Un caf\u00e9 \u00e0 Paris."), saved);
  }

  @Test
  void anAddressThatServesAFeedIsReadAsOneAndPagesOfOneNameStayApart() throws Exception {
    site.put("/news", "text/html", rss(item("a", "Allies meet in Paris")));
    site.put("/x/story", "text/html", PAGE);
    site.put("/y/story", "text/html", PAGE);
    FetchReport report = fetch(List.of(site.address("/news"), site.address("/x/story"), site.address("/y/story")), List.of());
    assertEquals(1, report.itemsSaved(), "a feed served as text/html is still a feed");
    List<String> names = files(host());
    assertTrue(names.contains("story.html"), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.matches("story-[0-9a-f]{8}\\.html")), names.toString());
    assertNull(Provenance.of(host().resolve("story.html")).orElseThrow().validators().etag());
  }

  private static String rss(String... items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<channel><title>Paris watch</title><link>https://example.org/</link>" + String.join("", items)
        + "</channel></rss>";
  }

  private static String item(String guid, String title) {
    return "<item><guid>" + guid + "</guid><title>" + title + "</title><link>https://example.org/" + guid + "</link>"
        + "<pubDate>Tue, 06 Jan 2026 10:00:00 GMT</pubDate><dc:creator>Ann Lee</dc:creator>"
        + "<description>&lt;p&gt;" + title + ", reporters said on Tuesday.&lt;/p&gt;</description></item>";
  }

  private static List<String> files(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList();
    }
  }
}
