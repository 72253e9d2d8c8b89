package org.newsdigest.merge;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.newsdigest.model.Murmur3;

/**
 * A 128-bit {@link Murmur3} hash of a sequence of ints and strings, for the memos of a
 * remembering merger ({@link ArticleInputs}, {@link AssemblyInputs}): values are collected as ints
 * and hashed at once. Not thread-safe; one per hash.
 */
final class InputHash {
  private int[] values = new int[256];
  private int size;

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** A string as its length, then its chars: no two strings give the same values. */
  void add(String text) {
    add(text.length());
    for (int c = 0; c < text.length(); c++) {
      add(text.charAt(c));
    }
  }

  /** Bytes, four to a value, in order. */
  void add(byte[] bytes) {
    add(bytes.length);
    for (int b = 0; b < bytes.length; b += 4) {
      int value = 0;
      for (int k = b; k < Math.min(b + 4, bytes.length); k++) {
        value = value << 8 | bytes[k] & 0xff;
      }
      add(value);
    }
  }

  /** The hash of everything added, 16 bytes. */
  byte[] digest() {
    ByteBuffer bytes = ByteBuffer.allocate(size * Integer.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    bytes.asIntBuffer().put(values, 0, size);
    Murmur3 hash = new Murmur3();
    hash.update(bytes.array(), 0, bytes.capacity());
    return hash.digest();
  }
}
