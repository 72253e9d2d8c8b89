package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

class SeedArticlesTest {
  private final Ingester ingester = new Ingester();

  private Document seed(String name) throws UnreadableInputException {
    List<Document> documents = ingester.read(name, Fixtures.resource("seeds/" + name));
    assertEquals(1, documents.size());
    return documents.get(0);
  }

  @Test
  void seed000HasNoTitleFiveHeadingsAndNoCommentPrompt() throws Exception {
    Document doc = seed("000_df0ed3eab8cf45f6.txt");
    assertEquals(InputFormat.TEXT, doc.format());
    assertNull(doc.title());
    assertEquals(
        List.of(
            "Coalition of the Willing Aims to Strengthen Ukraine’s Security",
            "Diplomatic Challenges Remain",
            "Global Focus Complicates Negotiations",
            "The Importance of Security Guarantees",
            "Conclusion"),
        Fixtures.texts(doc, BlockKind.HEADING));
    assertTrue(doc.blocks().stream().filter(b -> b.isHeading()).allMatch(b -> b.level() == 2));
    assertTrue(doc.blocks().get(0).text().startsWith("Leaders from Ukraine’s top allies"));
    assertFalse(Fixtures.body(doc).contains("Leave a Reply"));
    assertTrue(doc.blocks().get(doc.blocks().size() - 1).text().endsWith("global diplomacy."));
    assertTrue(doc.warnings().contains("no title found"));
  }

  @Test
  void seed000KeepsTheQuoteIntroductionAsAParagraph() throws Exception {
    Document doc = seed("000_df0ed3eab8cf45f6.txt");
    assertTrue(
        Fixtures.texts(doc, BlockKind.PARAGRAPH)
            .contains(
                "Macron emphasized that coordinated international support would be crucial in"
                    + " ensuring a durable ceasefire:"));
    assertEquals(12, Fixtures.texts(doc, BlockKind.PARAGRAPH).size());
  }

  @Test
  void seed004HasTitleMetadataAndJoinedParagraph() throws Exception {
    Document doc = seed("004_66b5c6b8bcaa92e1.txt");
    assertEquals(
        "Allies of Ukraine Convene in Paris to Discuss Security Guarantees, Path to Ending War",
        doc.title());
    assertEquals("January 6, 2026", doc.metadata().published());
    assertEquals("Fri, Jan 09 2026 01:13:54 am", doc.metadata().updated());
    assertEquals(List.of("English", "International", "Snippets"), doc.metadata().tags());
    List<String> paragraphs = Fixtures.texts(doc, BlockKind.PARAGRAPH);
    assertEquals(4, paragraphs.size());
    assertTrue(paragraphs.get(0).startsWith("Paris, January 06 (QNA) – European allies"));
    assertTrue(
        paragraphs.get(1).contains("supporting Ukraine, while pursuing intensified diplomatic"));
    String body = Fixtures.body(doc);
    assertFalse(body.contains("Show on website"));
    assertFalse(body.contains("Click Here"));
    assertFalse(body.contains("Published on"));
    assertFalse(body.contains("Category"));
    assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
  }

  @Test
  void ecbPlusDateLineAboveTheHeadlineIsMetadata() throws Exception {
    Document doc =
        ingester.read("0036eca1444c.txt", Fixtures.resource("ecbplus/0036eca1444c.txt")).get(0);
    assertEquals("Waitrose Wellington fire: Man denies arson", doc.title());
    assertEquals("23 July 2013 Last updated at 13:42 GMT", doc.metadata().published());
    assertTrue(doc.blocks().get(0).text().startsWith("A man has denied arson"));
  }

  @Test
  void ecbPlusPostedAndUpdatedOnOneLineAreSplit() throws Exception {
    Document doc =
        ingester.read("7b9464bc7d27.txt", Fixtures.resource("ecbplus/7b9464bc7d27.txt")).get(0);
    assertEquals("Gary Ross 'Catching Fire' Negotiations Reportedly Continue", doc.title());
    assertEquals("04 / 9 / 2012 8:33 am", doc.metadata().published());
    assertEquals("04 / 9 / 2012 8:33 am", doc.metadata().updated());
  }
}
