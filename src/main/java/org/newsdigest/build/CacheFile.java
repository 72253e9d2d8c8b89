package org.newsdigest.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;

/**
 * One file of the cache folder that a build reads whole and writes whole, for the next build: it
 * starts with its format's name and the fingerprint of the code that wrote it and ends with a
 * CRC-32C of all before. One that does not check out, is of other code, or is not a regular file
 * within the size allowed is not read. Written to a temporary file and renamed into place. Nothing
 * in such a file is ever needed: without it the build works everything out.
 */
final class CacheFile {
  /**
   * The largest payload kept, as a share of the heap: its bytes are held whole while it is read
   * or written, which must not crowd the stages that run meanwhile.
   */
  private static final long HEAP_SHARE = 16;

  private final Path file;
  private final byte[] magic;
  private final byte[] fingerprint;
  private final long largest;

  /**
   * @param format the format's name, written first
   * @param largest the most bytes kept, or -1 for a sixteenth of the heap
   */
  CacheFile(Path file, String format, byte[] fingerprint, long largest) {
    this.file = file;
    this.magic = ("newsdigest " + format + "\n").getBytes(StandardCharsets.US_ASCII);
    this.fingerprint = fingerprint.clone();
    this.largest = largest < 0 ? Runtime.getRuntime().maxMemory() / HEAP_SHARE : largest;
  }

  /** Whether a payload of this many bytes may be kept. */
  boolean fits(long bytes) {
    return bytes <= largest;
  }

  /** The payload kept here, or null when there is none that checks out. */
  Payload read() {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || !fits(attributes.size())) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      int start = magic.length + fingerprint.length;
      if (bytes.length < start + 4
          || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)
          || !Arrays.equals(bytes, magic.length, start, fingerprint, 0, fingerprint.length)) {
        return null;
      }
      CRC32C crc = new CRC32C();
      crc.update(bytes, 0, bytes.length - 4);
      if ((int) crc.getValue() != ByteBuffer.wrap(bytes).getInt(bytes.length - 4)) {
        return null;
      }
      return new Payload(bytes, start, bytes.length - 4 - start);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null; // none yet, or unreadable
    }
  }

  /** A payload: {@code length} bytes of {@code bytes} from {@code offset}. */
  record Payload(byte[] bytes, int offset, int length) {
    byte[] copy() {
      return Arrays.copyOfRange(bytes, offset, offset + length);
    }
  }

  /**
   * Keeps {@code payload}, or forgets what was kept when it is null or too large; a failure only
   * means the next build goes without it.
   */
  void write(byte[] payload) {
    Path temp = null;
    try {
      if (payload == null || !fits(payload.length)) {
        Files.deleteIfExists(file);
        return;
      }
      ByteBuffer buffer = ByteBuffer.allocate(magic.length + fingerprint.length + payload.length + 4);
      buffer.put(magic).put(fingerprint).put(payload);
      CRC32C crc = new CRC32C();
      crc.update(buffer.array(), 0, buffer.position());
      buffer.putInt((int) crc.getValue());
      temp = file.resolveSibling(".tmp-" + Long.toHexString(ThreadLocalRandom.current().nextLong()));
      Files.write(temp, buffer.array());
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      try {
        if (temp != null) {
          Files.deleteIfExists(temp);
        }
      } catch (IOException ignored) {
        // a leftover temporary file costs only its bytes
      }
    }
  }
}
