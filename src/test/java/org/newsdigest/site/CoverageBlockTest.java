package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coverage block of the seed event (one Paris meeting, two sources): counts, first reported,
 * each source's headline linked to its article page, and which facts each source carries.
 */
class CoverageBlockTest {

  @Test
  void theSeedEventShowsItsCoverageAtAGlance(@TempDir Path dir) throws IOException {
    SiteFixture site = new SiteFixture(dir);
    try (Stream<Path> seeds = Files.list(Path.of("seeds"))) {
      for (Path seed : seeds.sorted().toList()) {
        site.bytes(seed.getFileName().toString(), Files.readAllBytes(seed));
      }
    }
    assertEquals(0, site.build(), site.err());
    String eventPath;
    try (Stream<Path> files = Files.list(site.site.resolve("events"))) {
      eventPath = "events/" + files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".html")).findFirst().orElseThrow();
    }
    Document page = Jsoup.parse(site.read(eventPath));
    Element coverage = page.selectFirst("section.coverage");
    assertNotNull(coverage, "no coverage block");
    // The news first: the summary, the facts and the quotes come before the coverage detail,
    // which the header sums up in one line that links to it.
    int at = coverage.elementSiblingIndex();
    for (String before : List.of("#summary", "#facts", "#quotes")) {
      assertTrue(page.selectFirst(before).parent().elementSiblingIndex() < at, before);
    }
    Element header = page.selectFirst("dl.facts-line");
    assertTrue(header.text().contains("2 sources from 1 outlet and 1 unnamed source, first reported 6 January 2026"),
        header.text());
    assertEquals("#coverage", header.selectFirst("a[href=#coverage]").attr("href"));
    String line = coverage.selectFirst(".coverage-line").text();
    assertFalse(line.contains("2 sources from"), "the header's sentence is not repeated: " + line);
    assertTrue(line.startsWith("From 1 wire service"), line);
    assertTrue(line.contains("last updated 9 January 2026"), line);
    assertNotNull(coverage.selectFirst("details[open] table.matrix"), "two sources: the grid shows open");

    List<Element> rows = coverage.select("tbody tr");
    assertEquals(2, rows.size());
    for (Element row : rows) {
      String href = row.selectFirst("th a").attr("href");
      assertTrue(href.startsWith("../articles/") && href.endsWith(".html"), href);
    }
    assertEquals("QNA", rows.get(0).selectFirst(".outlet").text());
    // Columns: the source, then each key fact.
    assertEquals(List.of("Source", "countries", "heads of state", "percent of Ukraine"),
        coverage.select("thead th").eachText());
    // The sources agree on the countries (a hedged and a bare 35) and on the heads of state:
    // check marks, each with its own wording; only one source gives the percentage, the other a
    // dash.
    Element qna = rows.get(0);
    Element other = rows.get(1);
    assertEquals("agrees", qna.select("td").get(0).className());
    assertTrue(qna.select("td").get(0).text().endsWith("approximately 35 countries"));
    assertTrue(other.select("td").get(0).text().endsWith("35 countries"));
    assertEquals("agrees", qna.select("td").get(1).className());
    assertTrue(qna.select("td").get(1).text().startsWith("✓"));
    assertEquals("none", qna.select("td").get(2).className());
    assertEquals("value", other.select("td").get(2).className());
    // The key facts table and its hooks stay.
    assertEquals(3, page.select("tr[data-differs=false]").size());
    assertTrue(site.read(eventPath.replace(".html", ".md")).contains("## Coverage"));
  }
}
