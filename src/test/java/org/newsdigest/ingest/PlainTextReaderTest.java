package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;

class PlainTextReaderTest {
  private static final String BODY =
      "PARIS (Reuters) - Ministers from twelve countries met on Monday to agree on a plan.\n\n"
          + "The talks lasted six hours and ended with a joint statement from all delegations.\n";

  private static Document read(String text) throws UnreadableInputException {
    return Fixtures.readOne("a.txt", text);
  }

  private static DocumentMetadata metadataOf(String headerLine) throws UnreadableInputException {
    return read("Ministers Agree on a Plan\n\n" + headerLine + "\n\n" + BODY).metadata();
  }

  @Test
  void publishedLinesInTheirCommonShapes() throws Exception {
    assertEquals("January 6, 2026", metadataOf("Published on January 6, 2026").published());
    assertEquals("2026-01-06", metadataOf("Published: 2026-01-06").published());
    assertEquals("June 13, 2013 4:59 PM EDT",
        metadataOf("First Published: June 13, 2013 4:59 PM EDT").published());
    assertEquals("6 Jan 2026", metadataOf("Date: 6 Jan 2026").published());
    assertEquals("August 7, 2012 - 5:46 pm", metadataOf("August 7, 2012 - 5:46 pm").published());
  }

  @Test
  void publishedLinesInOtherLanguages() throws Exception {
    assertEquals("3 mars 2024", metadataOf("Publié le 3 mars 2024").published());
    assertEquals("22.12.2012", metadataOf("Datum: 22.12.2012").published());
    assertEquals("3. März 2024", metadataOf("Veröffentlicht am 3. März 2024").published());
    assertEquals("27 de junio de 2019", metadataOf("Publicado el 27 de junio de 2019").published());
    assertEquals("6 dicembre 2020", metadataOf("Pubblicato il 6 dicembre 2020").published());
    assertEquals("27 czerwca 2019", metadataOf("Opublikowano 27 czerwca 2019").published());
    assertEquals("17.01.2021", metadataOf("Aktualisiert am 17.01.2021").updated());
    assertEquals("4 mars 2024", metadataOf("Mis à jour le 4 mars 2024").updated());
  }

  @Test
  void updatedLinesInTheirCommonShapes() throws Exception {
    assertEquals("Jan 7, 2026", metadataOf("Updated: Jan 7, 2026").updated());
    assertEquals("Jan 7, 2026 10:00", metadataOf("Last updated Jan 7, 2026 10:00").updated());
    assertEquals("Fri, Jan 09 2026 01:13:54 am",
        metadataOf("Document Date: Fri, Jan 09 2026 01:13:54 am").updated());
  }

  @Test
  void tagOutletBylineAndUrlLines() throws Exception {
    assertEquals(List.of("World", "Europe", "Diplomacy"),
        metadataOf("Tags: World, , Europe,Diplomacy, world").tags());
    assertEquals(List.of("Politics"), metadataOf("Categories: Politics").tags());
    assertEquals("Qatar News Agency", metadataOf("Source: Qatar News Agency").outlet());
    assertEquals("Jane Doe", metadataOf("By Jane Doe").byline());
    assertEquals("Jane Doe and John Roe", metadataOf("By Jane Doe and John Roe").byline());
    assertEquals("Jane Doe", metadataOf("Author: Jane Doe").byline());
    assertEquals("https://example.org/a", metadataOf("URL: https://example.org/a").url());
    assertEquals("https://example.org/b", metadataOf("Link: https://example.org/b").url());
  }

  @Test
  void metadataLinesNeverBecomeBody() throws Exception {
    Document doc = read("Ministers Agree on a Plan\nBy Jane Doe\nPublished: 2026-01-06\n"
        + "Tags: World\nSource: Example News\n\n" + BODY);
    assertEquals(2, doc.blocks().size());
    assertTrue(doc.blocks().get(0).text().startsWith("PARIS (Reuters) - Ministers"));
  }

  @Test
  void aSentenceStartingWithByIsNotAByline() throws Exception {
    Document doc = read("By Tuesday, the talks had collapsed and nobody expected a deal.\n\n" + BODY);
    assertNull(doc.metadata().byline());
    assertEquals(3, doc.blocks().size());
  }

  @Test
  void headlineIsTheShortFirstLine() throws Exception {
    assertEquals("Ministers Agree on a Plan", read("Ministers Agree on a Plan\n" + BODY).title());
    Document noTitle = read(BODY);
    assertNull(noTitle.title());
    assertTrue(noTitle.warnings().contains("no title found"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Leave a Reply", "Leave a comment", "Comments", "Post a comment", "12 Comments",
        "Show on website : [Click Here](#)", "Click here to read the full story",
        "Read more", "Continue reading", "Share on Facebook", "Share this:",
        "Tweet", "Email", "Print", "WhatsApp", "Facebook | Twitter | Email",
        "[Click Here](#)", "[](https://example.org/x)", "Advertisement",
        "Subscribe to our daily briefing", "Sign up for our newsletter",
        "© 2026 Example Media. All rights reserved.", "Copyright 2026 Example Media",
        "Photo: Jane Doe/Example Agency", "(AP Photo/John Roe)", "Image credit: Getty Images"
      })
  void boilerplateLinesAreDropped(String furniture) throws Exception {
    Document doc = read(BODY + "\n" + furniture + "\n\n"
        + "Officials said the next meeting would take place in Berlin in March.\n");
    assertEquals(3, doc.blocks().size(), doc.blocks().toString());
    assertFalse(Fixtures.body(doc).contains(furniture));
  }

  @Test
  void trailingBoilerplateAndRelatedListsAreDropped() throws Exception {
    Document doc = read(BODY + "\nRelated:\nOther story one\nOther story two\n\n\nLeave a Reply");
    assertEquals(2, doc.blocks().size(), doc.blocks().toString());
  }

  @Test
  void lineSeparatedParagraphs() throws Exception {
    Document doc = read("First paragraph sentence that is long enough to be a paragraph here.\n"
        + "Second paragraph sentence that is long enough to be a paragraph too.\n"
        + "Third one, also long enough to count as a real paragraph in the body.\n");
    assertEquals(3, Fixtures.texts(doc, BlockKind.PARAGRAPH).size());
  }

  @Test
  void hardWrappedParagraphsAreJoined() throws Exception {
    Document doc = read("The ministers met for six hours in the French capital on\n"
        + "Monday and agreed on a common plan to monitor any future\n"
        + "ceasefire along the front line.\n\n"
        + "Officials said the next meeting would take place in Berlin\n"
        + "in March, when the technical teams report back to leaders.\n");
    assertEquals(List.of(
        "The ministers met for six hours in the French capital on Monday and agreed on a common"
            + " plan to monitor any future ceasefire along the front line.",
        "Officials said the next meeting would take place in Berlin in March, when the technical"
            + " teams report back to leaders."),
        Fixtures.texts(doc, BlockKind.PARAGRAPH));
  }

  @Test
  void paragraphBrokenMidSentenceIsRepaired() throws Exception {
    Document doc = read(BODY + "\nThe plan supports Ukraine, while\n\npursuing talks with Russia.\n");
    assertEquals("The plan supports Ukraine, while pursuing talks with Russia.",
        doc.blocks().get(2).text());
    assertEquals(3, doc.blocks().size());
  }

  @Test
  void sectionHeadingsAreDetectedButQuoteIntroductionsAreNot() throws Exception {
    Document doc = read(BODY
        + "\nWhat Comes Next for the Talks\n\n"
        + "The minister said the plan was clear and explained it in detail:\n\n"
        + "“We will meet again in March and we will not stop until there is peace.”\n\n"
        + "Conclusion\n\n"
        + "The talks are a step forward, but many questions remain open for now.\n");
    assertEquals(List.of("What Comes Next for the Talks", "Conclusion"),
        Fixtures.texts(doc, BlockKind.HEADING));
    assertTrue(Fixtures.texts(doc, BlockKind.PARAGRAPH).get(2).endsWith("in detail:"));
  }

  @Test
  void markdownHeadingsInTextFilesAreHeadings() throws Exception {
    Document doc = read(BODY + "\n### Background\n\nThe conflict began in 2022 and has not stopped.\n");
    assertEquals("Background", doc.blocks().get(2).text());
    assertEquals(3, doc.blocks().get(2).level());
  }

  @Test
  void whitespaceIsNormalisedAndQuotesKept() throws Exception {
    Document doc = read("“We  are\u00A0ready,”   he said\tin Paris on Monday evening.\n\n" + BODY);
    assertEquals("“We are ready,” he said in Paris on Monday evening.", doc.blocks().get(0).text());
  }
}
