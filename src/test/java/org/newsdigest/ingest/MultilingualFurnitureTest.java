package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;

/**
 * Page furniture in the languages whose pages the readers date, and the prose a page keeps when
 * the main-content search finds none; lines from the multilingual development pages.
 */
class MultilingualFurnitureTest {

  @Test
  void pointersToOtherArticlesAdsCommentsAndRightsNoticesAreFurniture() {
    for (String line : List.of("Lesen Sie auch: Die besten Rezepte für den Herbst", "Weitere Artikel zum Thema",
        "Das Thema könnte dich auch interessieren:", "Aktuellste Beiträge", "zurück zur Listenansicht",
        "Lea también: Impiden ingreso a Nicaragua a reportero", "Czytaj też", "À lire aussi",
        "Leggi anche", "Lees ook", "Leia também", "- Anzeige -", "Werbung", "Publicité", "12 Kommentare",
        "Kommentare", "Vervielfältigung nur mit Genehmigung", "Tous droits réservés © Le Journal",
        "Jetzt abonnieren und nichts verpassen")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void sentencesThatOnlyStartLikeFurnitureStay() {
    for (String line : List.of(
        "Weitere Ermittlungen der Polizei ergaben, dass der Täter das Auto am Vorabend gestohlen hatte.",
        "Mehr als 300 Menschen demonstrierten am Samstag vor dem Rathaus gegen die Schließung.",
        "Das Gericht hat die Klage am Dienstag abgewiesen.",
        "Lea Müller leitet seit März die Stadtbibliothek.")) {
      assertFalse(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void aPageWhoseStoryTheSearchMissesStillGivesItsProse() throws Exception {
    // The story sits in cards the content search scores as a list of links; its paragraphs are
    // still prose.
    StringBuilder cards = new StringBuilder("<html><head><title>Schneewittchen-Kuchen</title></head><body>"
        + "<nav><a href=/>Start</a> <a href=/rezepte>Rezepte</a></nav><div class=\"cards\">");
    for (int i = 1; i <= 3; i++) {
      cards.append("<aside class=\"card\"><a href=/s").append(i).append(">Schritt ").append(i).append("</a></aside>");
    }
    cards.append("<div class=\"card\"><a href=/z>Zutaten</a><p>Den Teig in eine gefettete Springform geben,"
        + " die Kirschen darauf verteilen und alles im vorgeheizten Ofen etwa 50 Minuten backen.</p></div>");
    cards.append("</div><footer><p>Impressum und Datenschutz dieser Seite werden von der Redaktion"
        + " regelmäßig überprüft und aktualisiert.</p></footer></body></html>");
    Document doc = Fixtures.readOne("kuchen.html", cards.toString());
    String body = String.join("\n", doc.blocks().stream().map(Block::text).toList());
    assertTrue(body.contains("Springform"), body);
    assertFalse(body.contains("Impressum"), body);
  }

  @Test
  void aShortBodyGivesWayToThePagesProseOnlyWhenThatTellsFarMore() {
    // a lead and a byline taken for the story of a page of twenty paragraphs
    assertTrue(HtmlReader.proseTellsMore(40, 600));
    assertTrue(HtmlReader.proseTellsMore(0, 12));
    // a short story beside a long comment thread or a page of teasers
    assertFalse(HtmlReader.proseTellsMore(45, 120));
    assertFalse(HtmlReader.proseTellsMore(300, 3000));
    assertFalse(HtmlReader.proseTellsMore(20, 0));
  }
}
