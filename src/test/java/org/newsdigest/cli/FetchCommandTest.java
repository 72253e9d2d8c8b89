package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.fetch.LoopbackSite;

/** A new user's way in: init, fetch from a (loopback) site and its feed, build. */
class FetchCommandTest {
  private static final String PAGE = "<!DOCTYPE html><html lang=\"en\"><head><title>Allies meet in Paris</title>"
      + "<meta property=\"og:site_name\" content=\"Example News\"></head><body><article><h1>Allies meet in Paris</h1>"
      + "<p>PARIS, Jan 6 - Leaders of 30 countries met in Paris on Tuesday to agree on security guarantees for"
      + " Ukraine, the French presidency said.</p><p>\"We are ready,\" President Emmanuel Macron said after the"
      + " meeting at the Elysee Palace.</p></article></body></html>";

  @TempDir Path dir;
  private final LoopbackSite site = new LoopbackSite();
  private final CommandRunner cli = new CommandRunner();

  FetchCommandTest() throws IOException {}

  @AfterEach
  void stop() {
    site.close();
  }


  @Test
  void fetchedPagesAndFeedItemsBuildIntoTheSite() throws IOException {
    Path project = dir.resolve("digest");
    assertEquals(ExitCodes.OK, cli.run("init", project.toString()));
    site.put("/2026/01/06/allies-meet-in-paris", "text/html; charset=utf-8", PAGE);
    site.put("/feed.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><title>Wire</title>"
        + "<item><guid>w-1</guid><title>Ukraine allies gather in Paris</title><link>https://wire.example/1</link>"
        + "<pubDate>Tue, 06 Jan 2026 18:00:00 GMT</pubDate><description>Leaders of 30 countries met in Paris on"
        + " Tuesday, the French presidency said.</description></item></channel></rss>");
    Files.writeString(project.resolve("feeds.opml"),
        "<opml><body><outline xmlUrl=\"" + site.address("/feed.xml") + "\"/></body></opml>");
    Path settings = project.resolve("newsdigest.yaml");
    Files.writeString(settings, Files.readString(settings) + "\nopml: feeds.opml\ndelay: 0\n");

    assertEquals(ExitCodes.OK, cli.run("fetch", "--config", settings.toString(),
        site.address("/2026/01/06/allies-meet-in-paris")), cli.err());
    assertTrue(cli.out().contains("1 page saved, 1 feed item saved, 0 unchanged"), cli.out());
    Path hostFolder = project.resolve("seeds/127.0.0.1");
    assertTrue(Files.isRegularFile(hostFolder.resolve("allies-meet-in-paris.html")));

    assertEquals(ExitCodes.OK, cli.run("build", "--config", settings.toString(), "--quiet"), cli.err());
    String events = Files.readString(project.resolve("site/data/events.json"));
    assertTrue(events.matches("(?s).*\"source\"\\s*:\\s*\"127\\.0\\.0\\.1/allies-meet-in-paris\\.html\".*"), events);
    assertTrue(events.matches("(?s).*\"source\"\\s*:\\s*\"127\\.0\\.0\\.1/ukraine-allies-gather-in-paris-[0-9a-f]{8}\\.xml\".*"),
        "a feed item is keyed by its own file: " + events);
    String article = Files.readString(project.resolve("site/articles/allies-meet-in-paris.html"));
    assertTrue(article.contains("href=\"" + site.address("/2026/01/06/allies-meet-in-paris") + "\""),
        "the address the page was saved from is the article's own: " + article);
  }

  @Test
  void failuresAreListedOnStderrWithExitCode7() {
    Path seeds = dir.resolve("seeds");
    int code = cli.run("fetch", "--seeds", seeds.toString(), "--delay", "0", site.address("/gone"));
    assertEquals(ExitCodes.FETCH_INCOMPLETE, code);
    assertTrue(cli.err().contains("failed " + site.address("/gone") + ": HTTP 404 Not Found"), cli.err());
    assertTrue(cli.out().contains("1 failed."), cli.out());
  }

  @Test
  void nothingToFetchIsAOneLineUsageError() {
    assertEquals(ExitCodes.USAGE, cli.run("fetch", "--seeds", dir.resolve("seeds").toString()));
    assertTrue(cli.err().startsWith("newsdigest: Nothing to fetch: give page addresses, --feed URL or --opml FILE"),
        cli.err());
    assertEquals(1, cli.err().strip().lines().count(), "no usage dump");
  }
}
