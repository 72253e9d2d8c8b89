package org.newsdigest.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * SHA-256, where a hash is shown (the site digest, a fetched item's name) or keys what must not
 * collide across inputs (the read cache, the code and settings that made a site). A hash only ever
 * compared with its own last value is a {@link Murmur3}, which C1 runs over twenty times as fast.
 */
public final class Sha256 {
  private Sha256() {}

  /** A new digest; every Java runtime has SHA-256. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime.", e);
    }
  }
}
