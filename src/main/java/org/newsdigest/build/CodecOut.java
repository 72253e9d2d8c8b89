package org.newsdigest.build;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.newsdigest.model.Murmur3;

/**
 * A growing byte array for the cache's binary codecs ({@link FileReadCodec}, {@link MergeMemoryCodec}):
 * big-endian numbers, texts as UTF-8 with a length (-1 for null).
 */
final class CodecOut {
  private byte[] buffer = new byte[4096];
  private int size;

  void count(int value) {
    integer(value);
  }

  void bool(boolean value) {
    ensure(1);
    buffer[size++] = (byte) (value ? 1 : 0);
  }

  void ordinal(Enum<?> value) {
    integer(value == null ? -1 : value.ordinal());
  }

  void integer(int value) {
    ensure(4);
    buffer[size++] = (byte) (value >>> 24);
    buffer[size++] = (byte) (value >>> 16);
    buffer[size++] = (byte) (value >>> 8);
    buffer[size++] = (byte) value;
  }

  void longValue(long value) {
    integer((int) (value >>> 32));
    integer((int) value);
  }

  void doubleValue(double value) {
    longValue(Double.doubleToRawLongBits(value));
  }

  /** Bytes with their length (-1 for null). */
  void byteArray(byte[] bytes) {
    if (bytes == null) {
      integer(-1);
      return;
    }
    integer(bytes.length);
    ensure(bytes.length);
    System.arraycopy(bytes, 0, buffer, size, bytes.length);
    size += bytes.length;
  }

  void date(LocalDate date) {
    bool(date != null);
    if (date != null) {
      longValue(date.toEpochDay());
    }
  }

  void string(String text) {
    if (text == null) {
      integer(-1);
      return;
    }
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    integer(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, buffer, size, utf8.length);
    size += utf8.length;
  }

  void strings(List<String> texts) {
    count(texts.size());
    for (String text : texts) {
      string(text);
    }
  }

  private void ensure(int more) {
    if (size + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
    }
  }

  byte[] bytes() {
    return Arrays.copyOf(buffer, size);
  }

  /** The 128-bit {@link Murmur3} hash of the bytes written so far. */
  byte[] digest() {
    Murmur3 hash = new Murmur3();
    hash.update(buffer, 0, size);
    return hash.digest();
  }
}
