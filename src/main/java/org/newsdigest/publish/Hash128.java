package org.newsdigest.publish;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * A 128-bit {@link org.newsdigest.model.Murmur3} hash as two longs, as the manifest keeps two per
 * page (its bytes and its inputs) and two manifests are held at once (674,000 files at 100,000
 * articles): compared as numbers, a fraction of the memory of hex text.
 */
record Hash128(long first, long second) {
  static final int BYTES = 16;

  /** The hash whose 16 bytes are {@code hash}. */
  static Hash128 of(byte[] hash) {
    if (hash.length != BYTES) {
      throw new IllegalArgumentException("A 128-bit hash has 16 bytes, not " + hash.length + ".");
    }
    ByteBuffer bytes = ByteBuffer.wrap(hash);
    return new Hash128(bytes.getLong(), bytes.getLong());
  }

  /** A page's {@link org.newsdigest.model.Page#inputs() inputs}; null if unknown or not 16 bytes. */
  static Hash128 ofInputs(byte[] inputs) {
    return inputs == null || inputs.length != BYTES ? null : of(inputs);
  }

  static Hash128 read(DataInput in) throws IOException {
    return new Hash128(in.readLong(), in.readLong());
  }

  void write(DataOutput out) throws IOException {
    out.writeLong(first);
    out.writeLong(second);
  }

  /** The 32 lower-case hex digits. */
  String hex() {
    HexFormat hex = HexFormat.of();
    return hex.toHexDigits(first) + hex.toHexDigits(second);
  }
}
