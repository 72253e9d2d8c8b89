package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The input the validity checks build from: the project's own seeds plus articles in every shape
 * the site renders differently (two outlets on one event with a quote and numbers that differ, a
 * lone dated report, Markdown with tags, a file in Windows-1252 with no date, one with no headline,
 * three saved web pages with links and images, an RSS feed). More shapes means more template
 * branches reach the checker.
 */
final class ValiditySample {
  private static final List<String> SAVED_PAGES = List.of("bbc-1", "guardian-1", "seattletimes-1");

  private ValiditySample() {}

  /** Writes the sample into the fixture's seeds folder. */
  static void writeInto(SiteFixture site) throws IOException {
    Path seeds = Path.of("seeds");
    try (Stream<Path> walk = Files.walk(seeds)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        site.bytes("project/" + seeds.relativize(file), Files.readAllBytes(file));
      }
    }
    for (String name : SAVED_PAGES) {
      String resource = "/site/pages/" + name + ".html";
      try (InputStream in = ValiditySample.class.getResourceAsStream(resource)) {
        assertNotNull(in, "missing fixture " + name);
        site.bytes("saved/" + name + ".html", in.readAllBytes());
      }
    }
    site.file("wire/rescue-agency.txt", """
        Hundreds Rescued as Floods Hit Valencia Region

        Published on October 29, 2024

        Valencia, October 29 (EFE) – Emergency crews rescued more than 200 people from flooded \
        homes in Valencia on Tuesday after torrential rain swept through eastern Spain.

        Regional president Carlos Mazon said the rescue effort would continue through the night. \
        "We will not stop until every family is safe," Mazon said.

        The Spanish Red Cross opened 12 shelters across the region.
        """);
    site.file("blogs/courier/valencia-floods.md", """
        ---
        title: "Valencia floods: crews pull 200 from homes"
        date: 2024-10-29
        source: The Daily Courier
        author: Ana Ruiz
        tags: [weather, spain]
        ---
        Rescue teams pulled about 200 people from flooded homes in Valencia on Tuesday as \
        torrential rain battered [eastern Spain](https://example.org/spain).

        "We will not stop until every family is safe," regional president Carlos Mazon told \
        reporters.

        ## Shelters

        The Spanish Red Cross said it had opened 15 shelters.
        """);
    site.file("wire/rescue-later.txt", """
        Flood Rescue in Bologna as River Bursts Its Banks

        Published on November 27, 2024

        Bologna, November 27 (ANSA) – Firefighters rescued 40 people in Bologna on Wednesday \
        after the Reno river burst its banks following days of rain in northern Italy.

        Mayor Matteo Lepore said 300 residents had been evacuated as a precaution.
        """);
    site.bytes("misc/cafes-latin1.txt", ("Caf\u00e9 Owners Protest New Rules\n\n"
        + "Owners of 30 caf\u00e9s protested in Lyon against new opening hours.\n")
        .getBytes(Charset.forName("windows-1252")));
    site.file("misc/untitled.txt",
        "A fire destroyed a furniture warehouse in Leeds overnight, firefighters said.\n");
    site.file("feeds/world.rss", SampleFeeds.HARBOUR_GAZETTE_RSS);
  }
}
