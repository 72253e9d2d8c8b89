package org.newsdigest.publish;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * A page's inputs as the manifest keeps them: the render's 16-byte fingerprint of what the page
 * was made from ({@link org.newsdigest.model.Page#inputs()}) as two longs, compared as numbers.
 */
record PageInputs(long first, long second) {
  static final int BYTES = 16;

  /** The inputs {@code fingerprint} names, or null when it is unknown or not 16 bytes long. */
  static PageInputs of(byte[] fingerprint) {
    if (fingerprint == null || fingerprint.length != BYTES) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.wrap(fingerprint);
    return new PageInputs(bytes.getLong(), bytes.getLong());
  }

  static PageInputs read(DataInput in) throws IOException {
    return new PageInputs(in.readLong(), in.readLong());
  }

  void write(DataOutput out) throws IOException {
    out.writeLong(first);
    out.writeLong(second);
  }
}
