package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** The shortcuts taken for speed give exactly what the slow paths they skip would give. */
class FastPathsTest {
  private final TextDecoder decoder = new TextDecoder();

  @Test
  void everyCharacterDecodesAsTheFullCleaningWouldLeaveIt() throws Exception {
    String padding = "<p>The meeting in Paris ended late. ";
    for (int c = 1; c <= 0xFFFF; c++) {
      if (Character.isSurrogate((char) c)) {
        continue;
      }
      String text = padding + "a" + (char) c + "b</p>";
      String decoded = decoder.decode(text.getBytes(StandardCharsets.UTF_8)).text();
      assertEquals(TextDecoder.clean(text), decoded, "U+" + Integer.toHexString(c));
    }
  }

  @Test
  void ordinaryTextIsNotFlagged() {
    String text = "Kyiv’s “allies” – café, naïve, Zürich, 東京, emoji 😀\n\tend";
    assertFalse(Utf8Scan.mayNeedCleaning(text.getBytes(StandardCharsets.UTF_8)));
    // and what cleaning changes is flagged, so the check cannot pass by never flagging
    for (String dirty : new String[] {"a\r\nb", "soft\u00ADhyphen", "zero\u200Bwidth",
        "\uFEFFbom", "line\u2028sep", "c1\u0085"}) {
      assertTrue(Utf8Scan.mayNeedCleaning(dirty.getBytes(StandardCharsets.UTF_8)), dirty);
    }
  }

  @Test
  void decodingTakesTheFastPathOnlyWhenNothingChanges() throws Exception {
    String clean = "<p>Kyiv’s “allies” met in Paris.</p>\n";
    assertEquals(clean, decoder.decode(clean.getBytes(StandardCharsets.UTF_8)).text());
    String dirty = "<p>Kyiv\u200B’s allies\r\nmet\u00ADin Paris.</p>";
    assertEquals("<p>Kyiv’s allies\nmetin Paris.</p>",
        decoder.decode(dirty.getBytes(StandardCharsets.UTF_8)).text());
    String decomposed = "<p>Cafe\u0301 de Flore</p>";
    assertEquals("<p>Caf\u00E9 de Flore</p>",
        decoder.decode(decomposed.getBytes(StandardCharsets.UTF_8)).text());
  }

  @Test
  void strippedLengthMatchesJsoupText() {
    String[] samples = {"", "   ", " a  b ", "\n\tParis,\u00A0France\r\n", "\u2003lead em space",
        "soft\u00ADhyphen and zero\u200Bwidth", "\u200B \u200B", "emoji 😀 end ", "\u000Bx\u000B",
        "a\u00A0\u00A0 \u3000", "\u3000 \u3000"};
    for (String sample : samples) {
      assertEquals(new TextNode(sample).text().strip().length(),
          Texts.strippedNormalLength(sample), () -> "[" + sample + "]");
    }
  }

  @Test
  void frontMatterBlockIsWhereTheRegexFindsIt() {
    Pattern regex =
        Pattern.compile("\\A\\s*---[ \\t]*\\n(.*?)\\n?---[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    List<String> samples = new ArrayList<>(List.of("", "---", "---\n---", "---\n---\n", "---\n\n---",
        " \n\t---  \ntitle: a\n---\nbody", "---\ntitle: a---\nbody", "---\ntitle: a\n----\n---",
        "---\ntitle: a\n--- \t\nbody", "---\ntitle: a\n--- x\n---", "----\ntitle\n---\n",
        "--- x\n---\n", "\r---\r\n---\r\n", "---\n\n\n---\n", "text\n---\na\n---\n"));
    // Random strings of the pieces the pattern cares about.
    String[] pieces = {"---", "-", "\n", " ", "\t", "a", "\r"};
    Random random = new Random(6);
    for (int k = 0; k < 200_000; k++) {
      StringBuilder sample = new StringBuilder(random.nextBoolean() ? "---\n" : "");
      int length = random.nextInt(10);
      for (int c = 0; c < length; c++) {
        sample.append(pieces[random.nextInt(pieces.length)]);
      }
      samples.add(sample.toString());
    }
    int found = 0;
    for (String sample : samples) {
      Matcher m = regex.matcher(sample);
      FrontMatter.Block block = FrontMatter.Block.find(sample);
      if (!m.find()) {
        assertNull(block, () -> "[" + sample + "]");
        continue;
      }
      found++;
      String shown = "[" + sample + "]";
      assertEquals(m.start(1), block.yamlStart(), shown);
      assertEquals(m.end(1), block.yamlEnd(), shown);
      assertEquals(m.end(), block.end(), shown);
    }
    assertTrue(found > 10_000, "front matter found in " + found + " samples");
  }

  /** Lines of page furniture, at least one for every alternative of every whole-line rule. */
  private static final List<String> FURNITURE = List.of(
      "Leave a reply", "Post a Comment", "comments", "Comment", "12 comments", "3 Replies",
      "40  responses", "View all comments", "Hide comments", "Join the conversation",
      "No comments yet", "Be the first to comment on this", "Comments are closed.", "Reply",
      "Responses", "Tell us what you think in the comments below",
      "To see the video, click here", "Read more", "See more stories", "Find out more about it",
      "Continue reading the main story", "Read the full story on our site",
      "Open in the app", "View on the website", "Read this article at example.com",
      "Share", "Share this story: Facebook Twitter", "SHARE ON: X | Facebook",
      "Follow us on Telegram", "Facebook Twitter Email", "E-mail • Print", "copy link",
      "Bluesky / Mastodon / Threads", "x", "Advertisement", "ADVERTISING", "Sponsored content",
      "Ad", "Ads by Example Network", "Promoted", "Subscribe now for the latest news",
      "Sign up for our newsletter", "SIGNUP", "Register now", "Our daily Newsletter is free",
      "Get our best stories in your inbox every morning", "Get the headlines delivered daily",
      "© 2024 Example Media", "(C) Example", "Copyright 2013 Reuters. All rights reserved.",
      "Example News Ltd. All Rights Reserved", "Photo: John Doe", "(Images courtesy of the city)",
      "File photo / Reuters", "Photographs by Ann Lee", "Video: street scenes",
      "Graphics by the desk", "Illustration credit: Sam", "Picture credit: AP",
      "John Doe/Getty Images", "AP Photo/Jane Roe", "AFP PHOTO / POOL", "REUTERS/Staff",
      "Shutterstock", "EPA-EFE/Someone", "iStock", "Credit: Getty", "Source: AFP via pool",
      "Photo courtesy of the family", "Courtesy of the museum", "Back to top",
      "Skip to main content", "Skip to content", "Top of page", "Previous", "NEXT", "Home",
      "Menu", "Lesen Sie auch: Die besten Rezepte", "Weitere Artikel zum Thema", "Ähnliche Artikel",
      "Das Thema könnte dich auch interessieren:", "Meistgelesene", "zurück zur Listenansicht",
      "À lire aussi", "Lire aussi", "Sur le même sujet", "Lea también: Impiden ingreso", "Te puede interesar",
      "Noticias relacionadas", "Leggi anche", "Articoli correlati", "Lees ook", "Gerelateerde artikelen",
      "Leia também", "Saiba mais", "Czytaj też", "Zobacz także", "Polecamy", "Anzeige", "Werbung",
      "Publicité", "Publicidad", "Reklama", "12 Kommentare", "Commentaires", "Komentarze (3)",
      "Jetzt abonnieren und nichts verpassen", "Abonnez-vous", "Suscríbete", "Iscriviti",
      "Alle Rechte vorbehalten", "Vervielfältigung nur mit Genehmigung", "Tous droits réservés",
      "Todos los derechos reservados", "Tutti i diritti riservati", "Wszelkie prawa zastrzeżone",
      "Kommentare schreiben", "Laisser un commentaire", "19:49", "20.37 Uhr", "Kategorie: Politik",
      "Tags: Wahl, Berlin", "Quelle: dpa", "Anzeige, enthält Affiliate Links",
      "For the latest stories download the Nationnews apps for iOS and Android.");

  /** Sentences that are not furniture, some of them close to it. */
  private static final List<String> PROSE = List.of(
      "The council met on Monday.", "He did not reply to the letter sent in March.",
      "Copyright law changed on Monday, the ministry said in a statement to reporters.",
      "The photo was taken by a passer-by.", "Next week the talks resume in Geneva.",
      "Kelvin \u212Aeeps the share price", "İstanbul airport reopened", "Menu prices rose",
      "Share prices fell 3% on the news.", "ad hoc talks began", "Homes were damaged.",
      "Weitere Ermittlungen der Polizei ergaben, dass der Täter das Auto gestohlen hatte.",
      "Mehr als 300 Menschen demonstrierten am Samstag.", "Lea Müller leitet die Bibliothek.");

  @Test
  void aWholeLineRuleMatchesOnlyLinesHoldingItsWords() {
    List<String> lines = new ArrayList<>();
    for (String line : FURNITURE) {
      lines.add(line);
      lines.add(line.toUpperCase(Locale.ROOT));
      lines.add(line.toLowerCase(Locale.ROOT));
    }
    lines.addAll(PROSE);
    int[] matched = new int[Boilerplate.WHOLE_LINE.size()];
    for (String line : lines) {
      String lower = line.toLowerCase(Locale.ROOT);
      for (int r = 0; r < matched.length; r++) {
        Boilerplate.Rule rule = Boilerplate.WHOLE_LINE.get(r);
        if (rule.pattern().matcher(line).matches()) {
          matched[r]++;
          assertTrue(rule.mayMatch(lower), () -> "rule " + rule.pattern() + " on [" + line + "]");
        }
      }
    }
    for (int r = 0; r < matched.length; r++) {
      assertTrue(matched[r] > 0, "no sample for rule " + r);
    }
    for (String line : FURNITURE) {
      assertTrue(Boilerplate.isBoilerplate("• " + line + " |"), line);
    }
    for (String line : PROSE) {
      assertFalse(Boilerplate.isBoilerplate(line), line);
    }
  }
}
