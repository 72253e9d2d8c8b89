package org.newsdigest.build;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads what {@link CodecOut} wrote; any read past the end or odd value is a damaged entry. */
final class CodecIn {
  private final byte[] bytes;
  private final int end;
  private int position;

  CodecIn(byte[] bytes, int offset, int length) {
    this.bytes = bytes;
    this.position = offset;
    this.end = offset + length;
  }

  int count() {
    int value = integer();
    // A list cannot have more items than there are bytes left: a damaged length stops here,
    // before it allocates.
    if (value < 0 || value > end - position) {
      throw new IllegalArgumentException("damaged count " + value);
    }
    return value;
  }

  boolean bool() {
    need(1);
    byte value = bytes[position++];
    if (value != 0 && value != 1) {
      throw new IllegalArgumentException("damaged flag " + value);
    }
    return value == 1;
  }

  <E extends Enum<E>> E ordinal(E[] values) {
    int ordinal = integer();
    if (ordinal == -1) {
      return null;
    }
    if (ordinal < 0 || ordinal >= values.length) {
      throw new IllegalArgumentException("damaged ordinal " + ordinal);
    }
    return values[ordinal];
  }

  int integer() {
    need(4);
    int value = (bytes[position] & 0xff) << 24 | (bytes[position + 1] & 0xff) << 16
        | (bytes[position + 2] & 0xff) << 8 | bytes[position + 3] & 0xff;
    position += 4;
    return value;
  }

  long longValue() {
    return (long) integer() << 32 | integer() & 0xffffffffL;
  }

  double doubleValue() {
    return Double.longBitsToDouble(longValue());
  }

  /** The length written before bytes or text: -1 for null, never less. */
  private int length() {
    int length = integer();
    if (length < -1) {
      throw new IllegalArgumentException("damaged length " + length);
    }
    return length;
  }

  /** What {@link CodecOut#byteArray} wrote. */
  byte[] byteArray() {
    int length = length();
    if (length == -1) {
      return null;
    }
    need(length);
    byte[] copy = Arrays.copyOfRange(bytes, position, position + length);
    position += length;
    return copy;
  }

  /** Skips what {@link CodecOut#byteArray} wrote. */
  void skipByteArray() {
    int length = length();
    if (length > 0) {
      need(length);
      position += length;
    }
  }

  LocalDate date() {
    return bool() ? LocalDate.ofEpochDay(longValue()) : null;
  }

  String string() {
    int length = length();
    if (length == -1) {
      return null;
    }
    need(length);
    String text = new String(bytes, position, length, StandardCharsets.UTF_8);
    position += length;
    return text;
  }

  List<String> strings() {
    int count = count();
    List<String> texts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      texts.add(string());
    }
    return texts;
  }

  void end() {
    if (position != end) {
      throw new IllegalArgumentException("damaged entry: " + (end - position) + " bytes left over");
    }
  }

  private void need(int length) {
    if (length > end - position) {
      throw new IllegalArgumentException("damaged entry: cut short");
    }
  }
}
