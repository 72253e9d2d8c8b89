package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;

/** A skipped file says what kind of reason lost it, not only in words. */
class SkippedKindTest {
  private static final ArticleReader READER = new ArticleReader(new Ingester(), new Extractor());

  private static Skipped skipped(String source, byte[] bytes) {
    ArticleReader.FileRead read = READER.understand(source, bytes);
    assertTrue(read.articles().isEmpty(), source);
    assertEquals(1, read.skipped().size(), source);
    return read.skipped().get(0);
  }

  @Test
  void eachReasonHasItsKind() {
    assertEquals(Skipped.Kind.NOT_AN_ARTICLE, skipped("empty.txt", new byte[0]).kind());
    assertEquals(Skipped.Kind.NOT_AN_ARTICLE, skipped("zeros.bin.txt", new byte[4096]).kind());
    Skipped deep = skipped("deep.md", ("# Tram line\n\n" + ">".repeat(10_000) + " the tram stops.\n")
        .getBytes(StandardCharsets.UTF_8));
    assertEquals(Skipped.Kind.REFUSED, deep.kind());
    assertTrue(deep.reason().startsWith("could not read as "), "reads like a reader failure, is not one");
    assertFalse(deep.kind().internal());
    assertTrue(Skipped.Kind.READER_FAILED.internal() && Skipped.Kind.EXTRACTOR_FAILED.internal());
  }
}
