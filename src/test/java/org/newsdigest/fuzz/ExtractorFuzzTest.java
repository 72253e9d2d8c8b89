package org.newsdigest.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;
import org.newsdigest.model.DocumentMetadata;
import org.newsdigest.model.InputFormat;

/**
 * Fuzzes {@link Extractor#extract}, whose contract is that bad text never throws. Every
 * analysis inside it is guarded and turns a crash into a "could not extract ..." warning, so
 * that warning counts as a finding here, like an escaping exception or an article breaking
 * {@link Sanity}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractorFuzzTest {
  private final Ingester ingester = new Ingester();
  private final Extractor extractor = new Extractor();

  /**
   * What the readers give: the bytes go through the ingester first (as a .txt file, so the
   * content's own signals choose HTML, feed or Markdown), then every document is extracted.
   */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void extractWhatReadersGive(byte[] content) {
    List<Document> documents;
    try {
      documents = ingester.read("inbox/article.txt", content);
    } catch (UnreadableInputException e) {
      if (Sanity.isHiddenCrash(e)) {
        fail("a reader crashed: " + e.getMessage(), e);
      }
      return;
    }
    for (Document document : documents) {
      Sanity.checkArticle(document, extractor.extract(document));
    }
  }

  /**
   * Documents no reader would make: any metadata text (dates, bylines, addresses), empty and
   * odd blocks, headings anywhere. The extractor's contract holds for any valid Document.
   */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void extractAnyDocument(FuzzedDataProvider data) {
    InputFormat format = data.pickValue(InputFormat.values());
    DocumentMetadata metadata = new DocumentMetadata(
        nullable(data), nullable(data), nullable(data), nullable(data), nullable(data),
        nullable(data), List.of());
    String title = nullable(data);
    List<Block> blocks = new ArrayList<>();
    int count = data.consumeInt(0, 12);
    for (int i = 0; i < count && data.remainingBytes() > 0; i++) {
      String text = readerClean(data.consumeString(400));
      blocks.add(data.consumeBoolean()
          ? new Block(BlockKind.HEADING, text, data.consumeInt(1, 6))
          : Block.paragraph(text));
    }
    Document document = new Document(
        "fuzz/document.txt", format, title, metadata, blocks, List.of());
    Sanity.checkArticle(document, extractor.extract(document));
  }

  private static String nullable(FuzzedDataProvider data) {
    return data.consumeBoolean() ? null : readerClean(data.consumeString(60));
  }

  /**
   * Text as every reader hands it on: no control characters and no lone surrogates (the
   * readers' job, checked by {@link IngesterFuzzTest}), so that this target tests the extractor.
   */
  private static String readerClean(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> out.appendCodePoint(
        Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE ? ' ' : cp));
    return out.toString();
  }
}
