package org.newsdigest.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.newsdigest.model.Sha256;

/** The cache's keys, SHA-256 ({@link Sha256}): they must not collide by accident. */
final class Hashing {
  private Hashing() {}

  /**
   * The key of one file's read: its source key (a file's name can change what is read, e.g. its
   * format, and it is in every article's source) and its bytes, and nothing else, because reading
   * depends on nothing else (not the file's time, not the machine's zone or locale).
   */
  static byte[] readKey(String source, byte[] content) {
    MessageDigest digest = Sha256.digest();
    byte[] name = source.getBytes(StandardCharsets.UTF_8);
    digest.update(new byte[] {
        (byte) (name.length >>> 24), (byte) (name.length >>> 16), (byte) (name.length >>> 8), (byte) name.length});
    digest.update(name);
    digest.update(content);
    return digest.digest();
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static String hexOf(String text) {
    return hex(Sha256.digest().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
