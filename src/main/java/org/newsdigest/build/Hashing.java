package org.newsdigest.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, which every Java runtime has: the cache's keys must not collide by accident. */
final class Hashing {
  private Hashing() {}

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The Java runtime has no SHA-256, which every runtime must have.", e);
    }
  }

  /**
   * The key of one file's read: its source key (a file's name can change what is read, e.g. its
   * format, and it is in every article's source) and its bytes, and nothing else, because reading
   * depends on nothing else (not the file's time, not the machine's zone or locale).
   */
  static byte[] readKey(String source, byte[] content) {
    MessageDigest digest = sha256();
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
    return hex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
