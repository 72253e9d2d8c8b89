package org.newsdigest.serve;

/**
 * The one byte range of a {@code Range} header the server honours (RFC 9110, section 14.1.2):
 * {@code bytes=first-last}, {@code bytes=first-} or {@code bytes=-suffix}. Several ranges, other
 * units or a malformed header are answered with the whole file, as the RFC allows.
 */
final class ByteRange {
  private ByteRange() {}

  enum Kind { WHOLE, PART, UNSATISFIABLE }

  /**
   * @param first first byte sent, for {@link Kind#PART}
   * @param last last byte sent, inclusive, for {@link Kind#PART}
   */
  record Parsed(Kind kind, long first, long last) {
    static final Parsed WHOLE = new Parsed(Kind.WHOLE, 0, 0);
  }

  static Parsed parse(String header, long length) {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return Parsed.WHOLE;
    }
    String spec = header.substring("bytes=".length()).trim();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return Parsed.WHOLE;
    }
    try {
      String from = spec.substring(0, dash).trim();
      String to = spec.substring(dash + 1).trim();
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        if (suffix <= 0 || length == 0) {
          return new Parsed(Kind.UNSATISFIABLE, 0, 0);
        }
        return new Parsed(Kind.PART, Math.max(0, length - suffix), length - 1);
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? length - 1 : Math.min(Long.parseLong(to), length - 1);
      if (first < 0 || (!to.isEmpty() && Long.parseLong(to) < first)) {
        return Parsed.WHOLE; // not a valid range: ignored
      }
      if (first >= length) {
        return new Parsed(Kind.UNSATISFIABLE, 0, 0);
      }
      return new Parsed(Kind.PART, first, last);
    } catch (NumberFormatException e) {
      return Parsed.WHOLE;
    }
  }
}
