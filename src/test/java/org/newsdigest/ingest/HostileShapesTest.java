package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

/** Input shapes found by the hostile corpus (src/test/resources/hostile): each once a crash. */
class HostileShapesTest {
  private static final String PARAGRAPH =
      "The city of Graz opened a new tram line on Monday, the transport company said.\n\n";

  private final Ingester ingester = new Ingester();

  @Test
  void markdownNestedTenThousandQuotesDeepIsUnreadableNotAStackOverflow() {
    String quotes = "# Tram line\n\n" + ">".repeat(10_000) + " " + PARAGRAPH;
    String emphasis = "# Tram line\n\n" + PARAGRAPH + "*".repeat(50_000) + "x" + "*".repeat(50_000);
    for (String markdown : List.of(quotes, emphasis)) {
      UnreadableInputException e = assertThrows(UnreadableInputException.class,
          () -> ingester.read("deep.md", Fixtures.utf8(markdown)));
      assertEquals("could not read as markdown: nested too deeply", e.getMessage());
      // Refused on purpose: the fuzz targets must not take it for a reader's crash.
      assertEquals(UnreadableInputException.Kind.REFUSED, e.kind());
    }
  }

  @Test
  void deepMarkdownIsRefusedTheSameWayWhateverTheStackSize() throws Exception {
    String quotes = "# Tram line\n\n" + ">".repeat(10_000) + " " + PARAGRAPH;
    String separate = "# Tram line\n\n" + "*a ".repeat(2_000) + "b" + " a*".repeat(2_000);
    List<String> outcomes = new ArrayList<>();
    // With 512 MB of stack the parser would get through; the outcome must not change.
    Thread big = new Thread(null, () -> {
      for (String markdown : List.of(quotes, separate)) {
        try {
          ingester.read("deep.md", Fixtures.utf8(markdown));
          outcomes.add("read");
        } catch (UnreadableInputException e) {
          outcomes.add(e.getMessage());
        }
      }
    }, "big-stack", 512L * 1024 * 1024);
    big.start();
    big.join();
    assertEquals(List.of("could not read as markdown: nested too deeply",
        "could not read as markdown: nested too deeply"), outcomes);
  }

  @Test
  void ordinaryQuotesAndEmphasisAreNotTooDeep() {
    String markdown = "> > quoted *twice* and **bold** and _under_\n\n"
        + "Form: ____________ and a rule\n\n* * *\n\n" + "*word* ".repeat(400);
    assertEquals(false, MarkdownReader.nestedTooDeeply(markdown));
    assertEquals(true, MarkdownReader.nestedTooDeeply(">".repeat(65) + " deep"));
    assertEquals(false, MarkdownReader.nestedTooDeeply(">".repeat(64) + " deep"));
  }

  @Test
  void aHugeTextFileIsReadUpToTheLimitAtALineBreak() throws Exception {
    String text = "Tram line opens\n\n" + PARAGRAPH.repeat(2_000);
    LengthLimit limit = new LengthLimit(10_000);
    List<String> warnings = new ArrayList<>();
    String cut = limit.cut(text, warnings);
    assertTrue(cut.length() <= 10_000 && cut.length() > 9_000, "length " + cut.length());
    assertTrue(cut.endsWith("said.\n"), cut.substring(cut.length() - 20));
    assertEquals(List.of("too long for one article: only the first 10,000 of its "
        + String.format(Locale.ROOT, "%,d", text.length())
        + " characters were read"), warnings);
    assertEquals(text.substring(0, 100), limit.cut(text.substring(0, 100), warnings));
    assertEquals(1, warnings.size());
  }

  @Test
  void aLineWithoutBreaksIsCutAtTheLimitAndNeverBetweenSurrogates() {
    String emoji = "\uD83D\uDEA2";
    String text = "a" + emoji.repeat(10_000);
    String cut = new LengthLimit(1_000).cut(text, new ArrayList<>());
    assertEquals(999, cut.length());
    assertTrue(Character.isHighSurrogate(cut.charAt(cut.length() - 2)));
  }

  @Test
  void markupDocumentsKeepTheirBlocksUpToTheLimit() {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      blocks.add(new Block(BlockKind.PARAGRAPH, "x".repeat(300), 0, List.of(), null));
    }
    Document page = new Document("a.html", InputFormat.HTML, "T", null, blocks, List.of());
    Document capped = new LengthLimit(1_000).cap(page);
    assertEquals(3, capped.blocks().size());
    assertTrue(capped.warnings().get(0).startsWith("too long for one article"),
        capped.warnings().toString());
    assertEquals(page, new LengthLimit(10_000).cap(page));
  }

  @Test
  void theIngesterCutsAFiftyMegabyteStyleTextFile() throws Exception {
    String text = "Tram line opens\nFirst Published: 2024-11-01\n\n" + PARAGRAPH.repeat(20_000);
    Document document = ingester.read("big.txt", Fixtures.utf8(text)).get(0);
    int total = document.blocks().stream().mapToInt(b -> b.text().length()).sum();
    assertTrue(total <= LengthLimit.MAX_CHARS, "total " + total);
    assertTrue(document.warnings().stream().anyMatch(w -> w.startsWith("too long")),
        document.warnings().toString());
  }
}
