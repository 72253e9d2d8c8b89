package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.check.SiteChecker;
import org.newsdigest.cli.ExitCodes;

/**
 * Sites built from articles in every shape (the validity sample: saved pages that carry inline
 * scripts and handlers, a feed, Markdown, Windows-1252 text) pass {@code newsdigest check}, with
 * relative addresses and with {@code --base-url} (absolute feed and sitemap addresses).
 */
class CheckedSiteTest {
  @Test
  void aSiteWithRelativeAddressesPasses(@TempDir Path dir) throws Exception {
    SiteFixture site = new SiteFixture(dir);
    ValiditySample.writeInto(site);
    assertEquals(ExitCodes.OK, site.build("--quiet"), site.err());
    assertEquals(List.of(), new SiteChecker().check(site.site));
    assertEquals(ExitCodes.OK, site.run("check", site.site.toString()), site.out());
  }

  @Test
  void aSiteWithABaseUrlPassesAndItsAbsoluteAddressesAreFollowed(@TempDir Path dir) throws Exception {
    SiteFixture site = new SiteFixture(dir);
    ValiditySample.writeInto(site);
    String base = "https://news.example.org/digest/";
    assertEquals(ExitCodes.OK, site.build("--quiet", "--base-url", base), site.err());
    assertEquals(List.of(), new SiteChecker().check(site.site));
    // The checker resolves the sitemap's absolute addresses: removing a page it lists is caught.
    assertTrue(site.read("sitemap.xml").contains("<loc>" + base + "index.html</loc>"));
    Path timeline = site.site.resolve("timeline.html");
    try (Stream<Path> events = Files.list(site.site.resolve("events"))) {
      Path event = events.filter(p -> p.toString().endsWith(".html")).sorted().findFirst().orElseThrow();
      Files.delete(event);
    }
    assertTrue(Files.exists(timeline));
    String problems = new SiteChecker().check(site.site).toString();
    assertTrue(problems.contains("sitemap.xml: broken link url ") && problems.contains("<loc> '" + base + "events/"),
        problems);
    assertTrue(problems.contains("feed.xml: broken link entry "), problems);
  }
}
