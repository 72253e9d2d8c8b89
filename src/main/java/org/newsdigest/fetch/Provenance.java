package org.newsdigest.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a saved article came from and when: kept in a comment at the top of the file itself, so
 * the article and its origin cannot be separated by a copy or a move. Pages also carry the
 * browsers' own "saved from url" comment, which the HTML reader takes as the page's address when
 * the page names none.
 *
 * <pre>{@code
 * <!-- saved from url=(0031)https://example.org/2026/paris -->
 * <!-- newsdigest fetch
 * url: https://example.org/2026/paris
 * fetched: 2026-12-07T04:40:00Z
 * etag: "5f2a"
 * last-modified: Mon, 07 Dec 2026 04:00:00 GMT
 * -->
 * }</pre>
 */
record Provenance(String url, Instant fetched, Validators validators) {
  private static final Pattern BLOCK = Pattern.compile("<!-- newsdigest fetch\\n(.*?)-->", Pattern.DOTALL);
  private static final Pattern FIELD = Pattern.compile("^([a-z-]+): (.*)$", Pattern.MULTILINE);
  /** How far into a file the comment is looked for: it is written at the top. */
  private static final int HEAD_BYTES = 8192;

  /** The comment block, for an HTML page or an XML file; a value that could end the comment is left out. */
  String comment() {
    StringBuilder block = new StringBuilder("<!-- newsdigest fetch\n");
    field(block, "url", commentSafe(url));
    field(block, "fetched", fetched.toString());
    field(block, "etag", validators.etag());
    field(block, "last-modified", validators.lastModified());
    return block.append("-->").toString();
  }

  /** The browsers' mark of a saved page, "saved from url=(length)address", which HTML readers know. */
  String savedFromComment() {
    String safe = commentSafe(url);
    return String.format("<!-- saved from url=(%04d)%s -->", safe.length(), safe);
  }

  /**
   * The address with every hyphen that follows a hyphen, and a last hyphen, percent-encoded: the
   * same address (RFC 3986 lets an unreserved character be written either way) that can stand in
   * a comment.
   */
  static String commentSafe(String address) {
    StringBuilder safe = new StringBuilder(address.length());
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      boolean risky = c == '-' && (i == address.length() - 1 || i > 0 && address.charAt(i - 1) == '-');
      safe.append(risky ? "%2D" : String.valueOf(c));
    }
    return safe.toString();
  }

  private static void field(StringBuilder block, String name, String value) {
    // XML forbids "--" inside a comment, and a line break would start a field of its own.
    if (value != null && !value.contains("--") && value.indexOf('\n') < 0 && value.indexOf('\r') < 0
        && !value.endsWith("-")) {
      block.append(name).append(": ").append(value).append('\n');
    }
  }

  /** The provenance at the top of {@code file}, if there is such a file and fetch saved it. */
  static Optional<Provenance> of(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(HEAD_BYTES);
    }
    return parse(new String(head, StandardCharsets.UTF_8));
  }

  static Optional<Provenance> parse(String text) {
    Matcher block = BLOCK.matcher(text);
    if (!block.find()) {
      return Optional.empty();
    }
    String url = null;
    Instant fetched = null;
    String etag = null;
    String lastModified = null;
    Matcher field = FIELD.matcher(block.group(1));
    while (field.find()) {
      String value = field.group(2);
      switch (field.group(1)) {
        case "url" -> url = value;
        case "fetched" -> fetched = instant(value);
        case "etag" -> etag = value;
        case "last-modified" -> lastModified = value;
        default -> { }
      }
    }
    return url == null || fetched == null ? Optional.empty()
        : Optional.of(new Provenance(url, fetched, new Validators(etag, lastModified)));
  }

  private static Instant instant(String value) {
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
