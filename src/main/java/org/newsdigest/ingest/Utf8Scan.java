package org.newsdigest.ingest;

/**
 * Looks at UTF-8 bytes for the characters {@link TextDecoder#clean} rewrites or drops, so that
 * the common page, which has none, is decoded once and never scanned char by char: a byte scan
 * is much cheaper than {@code String.charAt} over a decoded page.
 */
final class Utf8Scan {
  private Utf8Scan() {}

  /**
   * True when the bytes may hold a character that cleaning changes: a C0 control other than
   * '\n' and '\t' (so also '\r'), DEL, a C1 control or the soft hyphen (C2 xx), a zero-width
   * character, a direction mark or a line/paragraph separator (E2 80 8B..8F, E2 80 A8..A9,
   * E2 81 A0) or a byte order mark (EF BB BF). False positives only cost the slow path.
   */
  static boolean mayNeedCleaning(byte[] bytes) {
    int n = bytes.length;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      if (b >= 0x20 && b < 0x7F) {
        continue;
      }
      if (b == '\n' || b == '\t') {
        continue;
      }
      if (b < 0x80) {
        return true; // other C0 controls and DEL
      }
      int next = i + 1 < n ? bytes[i + 1] & 0xFF : 0;
      if (b == 0xC2 && (next <= 0x9F || next == 0xAD)) {
        return true;
      }
      if (b == 0xE2 && i + 2 < n) {
        int third = bytes[i + 2] & 0xFF;
        if (next == 0x80 && ((third >= 0x8B && third <= 0x8F) || third == 0xA8 || third == 0xA9)
            || next == 0x81 && third == 0xA0) {
          return true;
        }
      }
      if (b == 0xEF && next == 0xBB && i + 2 < n && (bytes[i + 2] & 0xFF) == 0xBF) {
        return true;
      }
    }
    return false;
  }
}
