package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newsdigest.model.Document;

/** The headline a page's meta title gives, without the site's name or a day before it. */
class HeadlineTest {
  private static final String PROSE = "<article><p>Den Teig in eine gefettete Springform geben, die Kirschen"
      + " darauf verteilen und alles im vorgeheizten Ofen etwa 50 Minuten backen.</p></article>";

  @Test
  void theSitesNameAfterASeparatorIsCut() {
    assertEquals("Batteriespeicher",
        HtmlReader.withoutSiteName("Batteriespeicher - daheim Solar", null, "daheim Solar", null));
    assertEquals("Maulwurfkuchen mit Erdbeeren", HtmlReader.withoutSiteName(
        "Maulwurfkuchen mit Erdbeeren - Rezept von Backen.de", null, null, "https://www.backen.de/rezepte/1"));
    assertEquals("Muffin Grundrezept",
        HtmlReader.withoutSiteName("Muffin Grundrezept : Muffin Rezepte", "Muffin Grundrezept", null, null));
  }

  @Test
  void aTitleWhoseTailIsNotTheSiteStaysWhole() {
    assertEquals("Medienbericht: Bund und Länder planen Lockdown-Verlängerung", HtmlReader.withoutSiteName(
        "Medienbericht: Bund und Länder planen Lockdown-Verlängerung", null, "RTL", "https://www.rtl.de/a"));
    assertEquals("Korsetts - Shops, Designer, online kaufen",
        HtmlReader.withoutSiteName("Korsetts - Shops, Designer, online kaufen", null, "Corsagen-Welt", null));
  }

  @Test
  void aDayBeforeTheHeadlineIsCut() throws Exception {
    Document doc = Fixtures.readOne("a.html", "<html><head><title>x</title>"
        + "<meta property=\"og:title\" content=\"08.11.2021 | Neue Regeln für Radfahrer\"></head><body>"
        + PROSE + "</body></html>");
    assertEquals("Neue Regeln für Radfahrer", doc.title());
  }

  @Test
  void theHeadlineReadersSeeWinsOverATitleThatHoldsItWithMore() {
    assertEquals("Endlich mehr Beschleunigung wagen!", HtmlReader.headlineWithin(
        "Pressemitteilung: Endlich mehr Beschleunigung wagen!", "Endlich mehr Beschleunigung wagen!", null));
    assertEquals("Schneewittchen-Kuchen mit Mini-Marshmallows", HtmlReader.headlineWithin(
        "Schneewittchen-Kuchen mit Mini-Marshmallows Rezept", "Schneewittchen-Kuchen mit Mini-Marshmallows", null));
    // a meta title cut at an unescaped quotation mark
    assertEquals("Senador republicano califica a Biden de \"incapacitado\"", HtmlReader.headlineWithin(
        "Senador republicano califica a Biden de", "Senador republicano califica a Biden de \"incapacitado\"", null));
  }

  @Test
  void anH1ThatIsTheSitesNameOrASmallPartOfTheTitleIsNoHeadline() {
    assertEquals("Über uns | bumm film GmbH",
        HtmlReader.headlineWithin("Über uns | bumm film GmbH", "bumm film GmbH", "bumm film GmbH"));
    assertEquals("Neue Busse für die Innenstadt ab Montag im Einsatz | Stadtwerke Ulm",
        HtmlReader.headlineWithin("Neue Busse für die Innenstadt ab Montag im Einsatz | Stadtwerke Ulm", "Stadtwerke Ulm",
            null));
    assertEquals("Ischgl: die Trails", HtmlReader.headlineWithin("Ischgl: die Trails", "Ischgl", null));
  }
}
