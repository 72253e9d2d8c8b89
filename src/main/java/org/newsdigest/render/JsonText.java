package org.newsdigest.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * JSON as the site writes it: indented with "\n" whatever the machine (Jackson's default
 * follows the platform's line separator) or compact, and safe to place inside an HTML
 * {@code <script>} element. Immutable, thread-safe.
 */
final class JsonText {
  private final ObjectWriter pretty;
  private final ObjectWriter compact;

  JsonText() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    ObjectMapper mapper = new ObjectMapper();
    // Jackson closes the stream it writes to; a streamed page's stream belongs to its writer.
    this.pretty = mapper.writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    this.compact = mapper.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** Indented JSON and a final newline, as UTF-8. */
  byte[] pretty(Object value) {
    return utf8Line(pretty, value);
  }

  /** As {@link #pretty}, written to {@code out}, which is left open. */
  void prettyTo(Object value, OutputStream out) throws IOException {
    writeLine(pretty, value, out);
  }

  /** JSON without any white space between tokens, and a final newline, as UTF-8. */
  byte[] compact(Object value) {
    return utf8Line(compact, value);
  }

  /**
   * {@code value} as JSON and a final newline, encoded straight to UTF-8: the site-wide files
   * (events.json, the search index) run to tens of megabytes at 100,000 articles, and going
   * through a String would hold the text twice more (UTF-16, then the copy with the newline).
   */
  static byte[] utf8Line(ObjectWriter writer, Object value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
    try {
      writeLine(writer, value, out);
    } catch (IOException e) {
      throw new IllegalStateException("JSON could not be written", e);
    }
    return out.toByteArray();
  }

  /**
   * {@code value} as JSON and a final newline, written to {@code out} as UTF-8. {@code out} stays
   * open only when {@code writer} is made without {@link JsonGenerator.Feature#AUTO_CLOSE_TARGET},
   * as this class's writers are; set once per writer, not per page.
   */
  static void writeLine(ObjectWriter writer, Object value, OutputStream out) throws IOException {
    writer.writeValue(out, value);
    out.write('\n');
  }

  /**
   * Compact JSON that cannot end or confuse the HTML {@code <script>} element holding it: "<",
   * ">" and "&" only occur inside JSON strings, where their \\u escapes mean the same, so input
   * text such as "</script>" or "<!--" stays data. U+2028 and U+2029 are escaped for old parsers.
   */
  String forScriptElement(Object value) {
    return write(compact, value)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029");
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("JSON could not be written", e);
    }
  }
}
