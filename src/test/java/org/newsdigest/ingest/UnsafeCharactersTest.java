package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InlineLink;
import org.newsdigest.model.InputFormat;

/** Characters decoded from references after the bytes were cleaned (hostile corpus finds). */
class UnsafeCharactersTest {
  private final UnsafeCharacters unsafe = new UnsafeCharacters();

  @Test
  void referencesToControlsAndLoneSurrogatesNeverReachAPage() throws Exception {
    Document page = Fixtures.readOne("museum.html", "<html><head><title>Museum &#xD800; returns"
        + " &#0; painting &#x1F5BC;</title></head><body><article><p>A museum in Krakow returned"
        + " a painting &#x1; on Sunday, &#xFFFF; the ministry said, and thanked the family.</p>"
        + "<p>The painting had hung in a house in Bavaria for decades.</p></article>"
        + "</body></html>");
    assertEquals("Museum \uFFFD returns   painting \uD83D\uDDBC", page.title());
    assertEquals("A museum in Krakow returned a painting   on Sunday, \uFFFD the ministry said,"
        + " and thanked the family.", page.blocks().get(0).text());
  }

  @Test
  void bodyTextKeepsItsLengthSoLinksStayInPlace() {
    Block block = new Block(BlockKind.PARAGRAPH, "a\u0000b\uDC00 read more", 0,
        List.of(new InlineLink(5, 14, "https://example.org/a")), null);
    Document document = new Document("a.html", InputFormat.HTML, "T", null,
        List.of(block), List.of());
    Block cleaned = unsafe.clean(document).blocks().get(0);
    assertEquals("a b\uFFFD read more", cleaned.text());
    assertEquals(block.links(), cleaned.links());
  }

  @Test
  void oneLineFieldsLoseBidiControlsAndAreAbsentWhenNothingShows() {
    assertEquals("evil title", UnsafeCharacters.field("\u202Eevil title"));
    assertEquals("\u0645\u0635\u062F\u0631 Outlet",
        UnsafeCharacters.field("\u0645\u0635\u062F\u0631 \u2067Outlet\u2069"));
    assertNull(UnsafeCharacters.field("\u202E\u202C \u200B"));
    String plain = "Tram line opens";
    assertSame(plain, UnsafeCharacters.field(plain));
  }

  @Test
  void aLineOfInvisibleCharactersDoesNotBecomeTheTitle() throws Exception {
    Document document = Fixtures.readOne("snow.txt", "\u202E\u202C\u2066\u2069\n\n"
        + "Snow fell in the Tatra mountains on Saturday, a month earlier than usual.\n");
    assertNull(document.title());
    assertEquals(1, document.blocks().size());
  }

  @Test
  void aCleanDocumentIsReturnedAsItIs() throws Exception {
    Document document = Fixtures.readOne("a.txt", "Tram line opens\n\n"
        + "The city of Graz opened a new tram line on Monday, the company said.\n");
    assertSame(document, unsafe.clean(document));
  }
}
