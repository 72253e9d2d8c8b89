package org.newsdigest.publish;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.newsdigest.model.Page;

/**
 * What the manifest knows of one site file: its length and SHA-256 say what it holds; its
 * modification time (nanoseconds since the epoch, as the file system reported it right after the
 * publisher wrote the file) says whether anyone touched it since; its inputs, what the render made
 * it from ({@link Page#inputs()}), say whether the next build may keep it without making it again.
 *
 * @param inputs the page's inputs in hex, or "" when not known
 */
record FileStamp(long length, String sha256, long modifiedNanos, String inputs) {
  /**
   * The stamp of {@code content} before it is written, its inputs unknown; the time is filled in
   * once it is.
   */
  static FileStamp of(byte[] content) {
    return new FileStamp(content.length, sha256(content), 0, "");
  }

  /** The stamp of {@code page}, with its inputs when it has them. */
  static FileStamp of(Page page) {
    return new FileStamp(page.content().length, sha256(page.content()), 0,
        page.inputs() == null ? "" : HexFormat.of().formatHex(page.inputs()));
  }

  FileStamp modifiedAt(long nanos) {
    return new FileStamp(length, sha256, nanos, inputs);
  }

  /** Whether the file was made from exactly {@code pageInputs}; never when either is unknown. */
  boolean madeFrom(byte[] pageInputs) {
    return pageInputs != null && !inputs.isEmpty()
        && inputs.equals(HexFormat.of().formatHex(pageInputs));
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
