package org.newsdigest.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.ingest.UnreadableInputException;
import org.newsdigest.model.Document;

/**
 * Fuzzes {@link Ingester#read}: format detection, charset decoding and every reader. The one
 * documented outcome for bad bytes is {@link UnreadableInputException} with a reason; anything
 * else escaping, a reader crash the ingester had to wrap ("could not read as ..."), or a
 * document breaking {@link Sanity} is a finding.
 *
 * <p>Each target fixes the file name, so the extension's reader is reached even when the
 * content has no strong signal of its own; content that does (a doctype, a feed root, front
 * matter) reaches the other readers from any target. Kept inputs: {@code
 * src/test/resources/org/newsdigest/fuzz/IngesterFuzzTestInputs/<target>/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngesterFuzzTest {
  private final Ingester ingester = new Ingester();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readAsText(byte[] content) {
    read("inbox/article.txt", content);
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readAsMarkdown(byte[] content) {
    read("posts/2026/article.md", content);
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readAsHtml(byte[] content) {
    read("saved/page.html", content);
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readAsFeed(byte[] content) {
    read("feeds/world.xml", content);
  }

  /** The file name is input too: spaces, dots, unicode, no extension, odd extensions. */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void readAnyName(FuzzedDataProvider data) {
    String source = data.consumeString(80);
    if (source.isEmpty()) {
      source = "x";
    }
    read(source, data.consumeRemainingAsBytes());
  }

  private void read(String source, byte[] content) {
    List<Document> documents;
    try {
      documents = ingester.read(source, content);
    } catch (UnreadableInputException e) {
      if (Sanity.isHiddenCrash(e)) {
        fail("a reader crashed: " + e.getMessage(), e);
      }
      assertFalse(e.getMessage() == null || e.getMessage().isBlank(), "the reason is stated");
      return;
    }
    Sanity.checkDocuments(source, documents);
  }
}
