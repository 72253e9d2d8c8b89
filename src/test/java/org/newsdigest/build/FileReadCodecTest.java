package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.build.ArticleReader.SourceFile;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Fact;
import org.newsdigest.model.InlineLink;
import org.newsdigest.model.InputFormat;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.OutletKind;
import org.newsdigest.model.Quote;
import org.newsdigest.model.Sentence;

/** A cached read must be the read itself: every field survives, damage is refused. */
class FileReadCodecTest {
  private static final ArticleReader READER = new ArticleReader(new Ingester(), new Extractor());

  /** Every shape the test resources hold: ECB+ text, HTML pages, Markdown, feeds, hostile files. */
  private static List<Path> samples() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().matches(".*/(site|hostile/files|ingest|extract/seeds|merge/copies)/.*"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    }
  }

  @Test
  void everySampleReadSurvivesTheRoundTrip() throws IOException {
    List<Path> samples = samples();
    assertTrue(samples.size() > 60, "samples: " + samples.size());
    int articles = 0;
    int skipped = 0;
    for (Path sample : samples) {
      FileRead read = READER.readFile(new SourceFile(sample, sample.toString()));
      assertEquals(read, FileReadCodec.decode(FileReadCodec.encode(read), 0, FileReadCodec.encode(read).length),
          sample.toString());
      articles += read.articles().size();
      skipped += read.skipped().size();
    }
    assertTrue(articles > 50 && skipped > 0, articles + " articles, " + skipped + " skipped");
  }

  @Test
  void sentencesComeBackAsStretchesOfTheirBlocksNotCopies() {
    FileRead read = READER.understand("a.txt", ("Storm in Gdansk\n\nA storm closed the harbour. "
        + "Ships waited outside. The port reopened on Tuesday.\n").getBytes(StandardCharsets.UTF_8));
    byte[] bytes = FileReadCodec.encode(read);
    FileRead decoded = FileReadCodec.decode(bytes, 0, bytes.length);
    assertEquals(read, decoded);
    Article article = decoded.articles().get(0);
    assertTrue(article.sentences().size() >= 3, article.sentences().toString());
    for (Sentence sentence : article.sentences()) {
      String blockText = article.blocks().get(sentence.block()).text();
      assertTrue(sentence.startIn(blockText) >= 0, sentence + " is a copy, not a stretch of its block");
      assertEquals(blockText.substring(sentence.startIn(blockText), sentence.end()), sentence.text());
    }
  }

  @Test
  void everyFieldSurvivesIncludingNullsScalesAndOffsets() {
    Article full = new Article("feeds/world.xml#2", InputFormat.FEED, "Ministers meet in Paris", false,
        new Outlet("Wire", "wire.example", "GB", OutletKind.WIRE, Outlet.Basis.ADDRESS,
            "https://www.wire.example/a"), "Ana Ruiz", new Moment(LocalDate.of(2026, 1, 9), LocalTime.of(1, 13, 54),
            ZoneOffset.ofHours(3), DatePrecision.SECOND),
        new Moment(LocalDate.of(2026, 1, 1), null, null, DatePrecision.MONTH),
        new Dateline("Paris, January 06 (QNA)", "Paris", null, "QNA"), "fr-FR",
        "https://example.org/a", List.of("politics", "Europe – ünïcödé 😀"),
        List.of(new Block(BlockKind.PARAGRAPH, "Ministers met in Paris.", 0,
                List.of(new InlineLink(0, 9, "https://example.org/m")), null),
            Block.heading("Talks", 2), Block.image("https://example.org/i.png", "")),
        List.of(new Sentence("Ministers met in Paris.", 0)),
        List.of(new Entity("place:paris", EntityType.PLACE, "Paris", List.of("the capital"), null)),
        List.of(new Mention("place:paris", 0, 16, 21, "Paris")),
        List.of(new Quote("We agreed", null, null, 0)),
        List.of(new Fact(new BigDecimal("35.0"), "countries", null, "35.0 countries", "s", 0),
            new Fact(null, "percent", "about", "w", "s", 0)),
        List.of(new DateMention("on Tuesday", LocalDate.of(2026, 1, 6), DatePrecision.DAY, true, 0)),
        List.of("no byline"));
    Article bare = new Article("a.txt", InputFormat.TEXT, "", true, null, null, null, null, null, null,
        null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of());
    FileRead read = new FileRead(List.of(full, bare), List.of(new Skipped("feeds/world.xml#3", Skipped.Kind.NOT_AN_ARTICLE, "empty")));
    byte[] bytes = FileReadCodec.encode(read);
    FileRead decoded = FileReadCodec.decode(bytes, 0, bytes.length);
    assertEquals(read, decoded);
    assertEquals(1, decoded.articles().get(0).facts().get(0).value().scale());
  }

  @Test
  void aCutOrPaddedEntryIsRefused() {
    FileRead read = READER.understand("a.txt", "Storm in Gdansk\n\nA storm closed the harbour.\n".getBytes());
    byte[] bytes = FileReadCodec.encode(read);
    for (int length = 0; length < bytes.length; length++) {
      int cut = length;
      assertThrows(RuntimeException.class, () -> FileReadCodec.decode(bytes, 0, cut), "cut at " + cut);
    }
    byte[] padded = Arrays.copyOf(bytes, bytes.length + 1);
    assertThrows(IllegalArgumentException.class, () -> FileReadCodec.decode(padded, 0, padded.length));
  }
}
