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
}
