package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsdigest.model.Document;

/**
 * The publication day of pages whose metadata states none, from the page shapes of the date
 * development sets (htmldate's and trafilatura's evaluation pages).
 */
class PageDatesTest {
  private static final String PROSE = "<p>Der Gemeinderat hat am Dienstag beschlossen, die Straßenbahnlinie"
      + " zu verlängern, nach drei Jahren, zwei Gutachten und einem neuen Bürgermeister.</p>"
      + "<p>Die Arbeiten beginnen im Frühjahr und sollen zwei Jahre dauern, sagte der Rat.</p>";

  private static String published(String body) throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html lang=\"de\"><head><title>Straßenbahn wird verlängert</title>"
        + "</head><body>" + body + "</body></html>");
    return doc.metadata().published();
  }

  @Test
  void anElementClassedAsTheDateOrTheArticlesDetailsGivesTheDay() throws Exception {
    assertEquals("2018-06-27", published("<div class=\"postDetails\"><span>By Urs Gassner</span>"
        + "<span class=\"created-post\">27.06.2018 09:54</span></div><article>" + PROSE + "</article>"));
    assertEquals("2013-05-03", published("<article>" + PROSE + "<div class=\"asset-meta\">Von Christian am"
        + " 03.05.2013, 11:51 | 0 Meinungen</div></article>"));
  }

  @Test
  void markupThatSaysPublishedComesFirst() throws Exception {
    assertEquals("2012-12-16", published("<div class=\"meta\">Stand 01.01.2013</div><article>"
        + "Artikel veröffentlicht am <abbr class=\"published\" title=\"2012-12-16T19:05\">16.12.2012</abbr>"
        + PROSE + "</article>"));
    assertEquals("2020-05-16", published("<script>var page = {\"datePublished\": \"2020-05-16 09:51\"};</script>"
        + "<article>" + PROSE + "</article>"));
  }

  @Test
  void anUpdateACopyrightAndOtherArticlesAreNotThePublication() throws Exception {
    assertNull(published("<div class=\"meta\">Aktualisiert am 05.12.2022</div>"
        + "<article>" + PROSE + "</article><div class=\"date-update-wrapper\">02.12.2022</div>"
        + "<footer><span class=\"date\">01.01.2020</span></footer>"
        + "<div class=\"related\"><span class=\"date\">05.05.2019</span></div>"));
  }

  @Test
  void aDayAtTheTopOfTheArticlesOwnTextIsTheLastResort() throws Exception {
    assertEquals("2018-01-18", published("<article><p>(18.01.2018) Deutschlands Landwirte setzen auf neue"
        + " Züchtungen, die gegen die Schweinepest helfen sollen, sagte der Verband am Donnerstag.</p>"
        + PROSE + "</article>"));
  }

  @Test
  void aDescriptionHiddenInACommentForTrackbackReadersGivesTheDay() throws Exception {
    assertEquals("2020-07-12", published("<!-- <rdf:RDF><rdf:Description rdf:about=\"https://blog.example/e/1\""
        + " dc:title=\"Sieger 2020/7/11-12\" dc:date=\"2020-07-12T22:00:00+09:00\" /></rdf:RDF> -->"
        + "<article><p>Sieger vom 2020/7/11: drei Pferde aus der Auktion.</p>" + PROSE + "</article>"));
  }

  @Test
  void theArticlesOwnFooterIsNotThePagesFooter() throws Exception {
    assertEquals("2013-05-03", published("<article>" + PROSE + "<div class=\"asset-footer\"><div class="
        + "\"asset-meta\">Von Christian am 03.05.2013, 11:51</div></div></article>"));
    assertEquals("2013-05-03", published("<article>" + PROSE + "<footer><span class=\"date\">03.05.2013"
        + "</span></footer></article>"));
  }

  @Test
  void aShortLineUnderTheHeadlineIsItsDateLineEvenWithATwoDigitYear() throws Exception {
    assertEquals("2022-01-21", published("<h1>Straßenbahn wird verlängert</h1><p>21. Januar 2022 | Verkehr</p>"
        + PROSE));
    assertEquals("2012-05-08", published("<h1>Straßenbahn wird verlängert</h1><p class=\"morespace\">von Ulf,"
        + " 8.5.12</p>" + PROSE));
  }

  @Test
  void aDateLineStopsAtTheProse() throws Exception {
    assertNull(published("<h1>Straßenbahn wird verlängert</h1>" + PROSE + "<p>Version 8.5.12</p>"));
  }

  @Test
  void anEarlierDayUnderTheHeadlineIsThePublicationTheMetadataMissed() throws Exception {
    String head = "<html lang=\"fr\"><head><title>Le tram prolongé</title>"
        + "<meta property=\"article:published_time\" content=\"2019-07-03T10:18:46+02:00\"></head><body>"
        + "<h1>Le tram prolongé</h1>";
    assertEquals("2019-06-29", Fixtures.readOne("a.html", head + "<div class=\"time\">Publié le 29 juin 2019"
        + "</div>" + PROSE + "</body></html>").metadata().published());
    // A later day is the masthead's today, and "07/03/2019" read the other way is the metadata's day.
    assertEquals("2019-07-03T10:18:46+02:00", Fixtures.readOne("a.html", head + "<div>Mardi 9 juillet 2019</div>"
        + PROSE + "</body></html>").metadata().published());
  }
}
