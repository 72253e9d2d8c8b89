package org.newsdigest.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.Document;

/** Helpers shared by the ingest tests. */
final class Fixtures {
  private Fixtures() {}

  static byte[] resource(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource ingest/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Reads one single-article input through the public entry point. */
  static Document readOne(String source, String text) throws UnreadableInputException {
    List<Document> documents = new Ingester().read(source, utf8(text));
    if (documents.size() != 1) {
      throw new AssertionError("expected one document, got " + documents.size());
    }
    return documents.get(0);
  }

  static List<String> texts(Document document, BlockKind kind) {
    return document.blocks().stream()
        .filter(b -> b.kind() == kind)
        .map(Block::text)
        .collect(Collectors.toList());
  }

  static String body(Document document) {
    return document.blocks().stream().map(Block::text).collect(Collectors.joining("\n"));
  }
}
