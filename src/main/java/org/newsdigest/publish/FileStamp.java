package org.newsdigest.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What the manifest knows of one site file: its length and SHA-256 say what it holds; its
 * modification time (nanoseconds since the epoch, as the file system reported it right after the
 * publisher wrote the file) says whether anyone touched it since.
 */
record FileStamp(long length, String sha256, long modifiedNanos) {
  /** The stamp of {@code content} before it is written; the time is filled in once it is. */
  static FileStamp of(byte[] content) {
    return new FileStamp(content.length, sha256(content), 0);
  }

  FileStamp modifiedAt(long nanos) {
    return new FileStamp(length, sha256, nanos);
  }

  /** Same bytes, whenever they were written. */
  boolean sameContent(FileStamp other) {
    return length == other.length && sha256.equals(other.sha256);
  }

  static MessageDigest newSha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256.
      throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
    }
  }

  private static String sha256(byte[] content) {
    return HexFormat.of().formatHex(newSha256().digest(content));
  }
}
