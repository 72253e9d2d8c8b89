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
        "Jetzt abonnieren und nichts verpassen", "Lea: Consejo Permanente de OEA aborda este miércoles",
        "PUEDES VER: ¿Qué es la Sunedu?", "Lesen Sie hier einen weiteren Beitrag", "Mehr zu Klima und Konsum",
        "Kommentare schreiben", "19:49", "Kategorie: Politik", "Tags: Wahl, Berlin", "Quelle: dpa", "Źródło: PAP",
        "Anzeige, enthält Affiliate Links", "*Werbung. Dieser Beitrag enthält Werbung für MYMARINI.",
        "For the latest stories and breaking news updates download the Nationnews apps for iOS and Android.")) {
      assertTrue(Boilerplate.isBoilerplate(line), line);
    }
  }

  @Test
  void sentencesThatOnlyStartLikeFurnitureStay() {
    for (String line : List.of(
        "Weitere Ermittlungen der Polizei ergaben, dass der Täter das Auto am Vorabend gestohlen hatte.",
        "Mehr als 300 Menschen demonstrierten am Samstag vor dem Rathaus gegen die Schließung.",
        "Das Gericht hat die Klage am Dienstag abgewiesen.",
        "Lea Müller leitet seit März die Stadtbibliothek.",
        "Um 19:49 Uhr fiel das zweite Tor, als der Stürmer aus kurzer Distanz traf.",
        "Die Quelle des Flusses liegt in den Alpen, sagte die Forscherin.")) {
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

  @Test
  void labelsThatCloseAnArticleInOtherLanguagesEndIt() throws Exception {
    for (String label : List.of("Auch interessant", "Ähnliche Beiträge", "Zum Weiterlesen", "Kontakt:",
        "Pressekontakt", "Te puede interesar", "Sur le même sujet", "Articoli correlati", "Media contact")) {
      List<Block> blocks = Fixtures.readOne("a.html", "<html><head><title>Straßenbahn wird verlängert</title></head>"
          + "<body><article><p>Der Gemeinderat hat am Dienstag beschlossen, die Straßenbahnlinie bis zum neuen"
          + " Bahnhof zu verlängern, nach drei Jahren Planung.</p><p>Die Arbeiten beginnen im Frühjahr und"
          + " sollen zwei Jahre dauern, sagte die Bürgermeisterin am Abend.</p><h3>" + label + "</h3>"
          + "<p><a href=/a>Neue Busse für die Innenstadt</a></p></article></body></html>").blocks();
      assertFalse(blocks.stream().anyMatch(b -> b.text().contains(label) || b.text().contains("Busse")),
          label + ": " + blocks);
    }
  }

  @Test
  void theAuthorsBiographyClosingAPostIsNotTheArticle() throws Exception {
    String article = "<p>Der Beef Maker lässt sich einfach reinigen: Grillrost und Blech dürfen in die"
        + " Spülmaschine, der Rest wird feucht abgewischt.</p><p>Das Angebot von 149 Euro ist gut, die"
        + " Verarbeitung auch, und das Steak gelingt in wenigen Minuten.</p>";
    String bio = "<p>Inga Buller ist Head of Social &amp; Community bei CHIP und testet gern neue Geräte.</p>";
    String byline = "<meta name=author content=\"Inga Buller\">";
    assertFalse(text(byline, article + bio).contains("Head of Social"));
    assertTrue(text("", article + bio).contains("Head of Social"), "no byline: no name to know the author by");
    assertFalse(text(byline, article + "<p>AUTOR</p><p>Dr. Thomas Schulte ist Gründungspartner der Kanzlei"
        + " Schulte und Partner in Berlin.</p>").contains("Gründungspartner"));
  }

  @Test
  void aLiveTickerOfOneLineEntriesIsProse() throws Exception {
    StringBuilder ticker = new StringBuilder("<html><head><title>Lorient - Lyon en direct</title></head><body>"
        + "<div class=\"live\">");
    for (int minute = 90; minute > 0; minute -= 5) {
      ticker.append("<div class=\"comment\"><div class=\"time\"><span>").append(minute)
          .append("'</span></div><div class=\"body\">Le coup de pied de coin ne donne rien à la ")
          .append(minute).append("e minute.</div></div>");
    }
    String body = String.join("\n", Fixtures.readOne("live.html", ticker + "</div></body></html>").blocks()
        .stream().map(Block::text).toList());
    assertTrue(body.contains("Le coup de pied de coin ne donne rien à la 55e minute."), body);
  }

  @Test
  void aBodyBehindAPaywallIsLedByThePagesDescription() throws Exception {
    Document doc = Fixtures.readOne("paywall.html", "<html><head><title>Prison official: anyone could escape</title>"
        + "<meta property=\"og:description\" content=\"A senior prison official has said in a sworn affidavit that"
        + " anyone with sufficient determination to escape from the prison could do so.\"></head><body><article>"
        + "<h1>Prison official: anyone could escape</h1><p>Subscribe to read the whole story.</p></article>"
        + "</body></html>");
    assertTrue(doc.blocks().get(0).text().startsWith("A senior prison official has said"), doc.blocks().toString());
  }

  private static String text(String head, String article) throws Exception {
    return String.join("\n", Fixtures.readOne("a.html", "<html><head><title>Beef Maker im Test</title>" + head
        + "</head><body><article>" + article + "</article></body></html>").blocks().stream().map(Block::text).toList());
  }
}
