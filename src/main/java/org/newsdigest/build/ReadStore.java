package org.newsdigest.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.model.Article;

/**
 * Reads of files kept on disk, one entry file per read under {@code reads/<code>/<xx>/<key>},
 * where {@code <code>} names the code fingerprint and {@code <key>} is the read key in hex.
 *
 * <p>An entry repeats its fingerprint, key and source and ends with a CRC-32C of everything
 * before it; an entry that does not check out in every respect (cut short, damaged, written by
 * other code, for another file) is a miss, never an error. Entries are written to a temporary
 * file beside their place and renamed into it, so a reader sees a whole entry or none, however
 * many builds write at once; two writers of one key write the same bytes.
 */
final class ReadStore {
  private static final byte[] MAGIC = "newsdigest read\n".getBytes(StandardCharsets.US_ASCII);
  private static final String TEMP_PREFIX = ".tmp-";
  /** A temporary file this old is a killed writer's, not one still being written. */
  private static final Duration ABANDONED = Duration.ofMinutes(10);

  private final Path reads;
  private final Path folder;
  private final byte[] fingerprint;

  ReadStore(Path cacheFolder, byte[] fingerprint) {
    this.reads = cacheFolder.resolve("reads");
    this.fingerprint = fingerprint.clone();
    this.folder = reads.resolve(Hashing.hex(fingerprint).substring(0, 32));
  }

  private Path entry(String keyHex) {
    return folder.resolve(keyHex.substring(0, 2)).resolve(keyHex.substring(2));
  }

  /**
   * The read kept for {@code key}, or null when there is none that checks out. Only a regular
   * file no larger than {@link #LARGEST_ENTRY} is opened, and a symbolic link never: a named pipe
   * in its place would block the build, a link to a device would feed it without end.
   */
  FileRead load(byte[] key, String source) {
    byte[] bytes;
    try {
      bytes = readEntry(entry(Hashing.hex(key)));
    } catch (IOException | OutOfMemoryError | RuntimeException e) {
      return null; // none yet (NoSuchFileException), or unreadable: read the file again
    }
    if (bytes == null) {
      return null;
    }
    try {
      return decode(bytes, key, source);
    } catch (RuntimeException e) {
      return null; // damaged or foreign: read the file again
    }
  }

  /** The largest entry a build opens: a read of the largest input is a few megabytes. */
  static final long LARGEST_ENTRY = 64L << 20;

  /** The bytes of a regular entry file of a sensible size, else null. */
  private static byte[] readEntry(Path entry) throws IOException {
    BasicFileAttributes attributes =
        Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attributes.isRegularFile() || attributes.size() > LARGEST_ENTRY) {
      return null;
    }
    try (SeekableByteChannel channel = Files.newByteChannel(entry,
        Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      long size = channel.size();
      if (size > LARGEST_ENTRY) {
        return null; // swapped for a larger file since the look above
      }
      ByteBuffer buffer = ByteBuffer.allocate((int) size);
      while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
        // read to the end or to the size seen
      }
      return buffer.hasRemaining() ? null : buffer.array();
    }
  }

  private FileRead decode(byte[] bytes, byte[] key, String source) {
    int sourceStart = MAGIC.length + fingerprint.length + key.length + 4;
    if (bytes.length < sourceStart + 8) {
      return null;
    }
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length - 4);
    if ((int) crc.getValue() != buffer.getInt(bytes.length - 4)
        || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
        || !Arrays.equals(bytes, MAGIC.length, MAGIC.length + fingerprint.length,
            fingerprint, 0, fingerprint.length)
        || !Arrays.equals(bytes, MAGIC.length + fingerprint.length, sourceStart - 4, key, 0, key.length)) {
      return null;
    }
    byte[] name = source.getBytes(StandardCharsets.UTF_8);
    int nameLength = buffer.getInt(sourceStart - 4);
    int payloadStart = sourceStart + nameLength + 4;
    if (nameLength != name.length || payloadStart > bytes.length - 4
        || !Arrays.equals(bytes, sourceStart, sourceStart + nameLength, name, 0, name.length)) {
      return null;
    }
    int payloadLength = buffer.getInt(payloadStart - 4);
    if (payloadLength != bytes.length - 4 - payloadStart) {
      return null;
    }
    FileRead read = FileReadCodec.decode(bytes, payloadStart, payloadLength);
    for (Article article : read.articles()) {
      if (!article.source().equals(source) && !article.source().startsWith(source + "#")) {
        return null;
      }
    }
    return read;
  }

  /** Keeps {@code read} under {@code key}; a failure only means the next build reads the file again. */
  void store(byte[] key, String source, FileRead read) {
    byte[] payload = FileReadCodec.encode(read);
    byte[] name = source.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buffer = ByteBuffer.allocate(
        MAGIC.length + fingerprint.length + key.length + 4 + name.length + 4 + payload.length + 4);
    buffer.put(MAGIC).put(fingerprint).put(key).putInt(name.length).put(name)
        .putInt(payload.length).put(payload);
    CRC32C crc = new CRC32C();
    crc.update(buffer.array(), 0, buffer.position());
    buffer.putInt((int) crc.getValue());
    Path target = entry(Hashing.hex(key));
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = target.resolveSibling(
          TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()));
      Files.write(temp, buffer.array());
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      deleteQuietly(temp);
    }
  }

  /**
   * Removes what no build of this code will read: the entries of other code, and, once the
   * entries no build used lately outnumber the ones this build used, those entries. The bound
   * keeps a cache shared by two seeds folders useful while a long edit session cannot grow it
   * without end. Only files in this store's own format are ever removed (a code folder's name,
   * an entry's name and magic header, a temporary file's name): whatever else someone put under
   * {@code reads/} stays.
   */
  void prune(Set<String> usedKeys) {
    try (DirectoryStream<Path> codes = Files.newDirectoryStream(reads)) {
      for (Path code : codes) {
        if (!code.equals(folder) && isHex(code.getFileName().toString(), CODE_NAME)
            && Files.isDirectory(code, LinkOption.NOFOLLOW_LINKS)) {
          deleteEntries(code, null, Instant.MAX);
        }
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    int[] entries = {0};
    try {
      visitOwnFiles(folder, (file, temp) -> entries[0] += temp ? 0 : 1);
    } catch (IOException | RuntimeException e) {
      return;
    }
    boolean tooMany = entries[0] - usedKeys.size() > usedKeys.size() + 64;
    try {
      deleteEntries(folder, tooMany ? usedKeys : null, Instant.now().minus(ABANDONED));
    } catch (IOException | RuntimeException e) {
      // Whatever is left is pruned by a later build.
    }
  }

  /** Characters of hex in a code folder's name, an entry folder's and an entry's. */
  private static final int CODE_NAME = 32;
  private static final int ENTRY_FOLDER = 2;
  private static final int ENTRY_NAME = 62;

  /**
   * Deletes a code folder's own files: temporary files older than {@code abandonedBefore}, and
   * entries: every one when {@code keep} is null and the folder is another code's (then {@code
   * abandonedBefore} is {@link Instant#MAX}), else none when {@code keep} is null, else those
   * whose key is not in {@code keep}. Emptied entry folders go too; the code folder when empty.
   */
  private static void deleteEntries(Path code, Set<String> keep, Instant abandonedBefore)
      throws IOException {
    boolean otherCode = abandonedBefore.equals(Instant.MAX);
    FileTime abandoned = otherCode ? null : FileTime.from(abandonedBefore);
    visitOwnFiles(code, (file, temp) -> {
      if (temp ? otherCode || modifiedBefore(file, abandoned)
          : otherCode || (keep != null
              && !keep.contains(file.getParent().getFileName() + file.getFileName().toString()))) {
        deleteQuietly(file);
      }
    });
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(code)) {
      for (Path folder : folders) {
        deleteIfEmpty(folder);
      }
    }
    if (otherCode) {
      deleteIfEmpty(code);
    }
  }

  private static boolean modifiedBefore(Path file, FileTime time) {
    try {
      return Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).compareTo(time) < 0;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void deleteIfEmpty(Path folder) {
    try {
      if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(folder); // fails, as it should, when something else is inside
      }
    } catch (IOException | RuntimeException e) {
      // not empty, or not ours to remove
    }
  }

  /** What to do with one of a store's own files; {@code temp} for a temporary file. */
  private interface OwnFile {
    void visit(Path file, boolean temp);
  }

  /**
   * Calls {@code action} for each file of a code folder in this store's format: regular files in
   * two-hex-character folders named by 62 hex characters and starting with the store's magic
   * bytes (entries), or named like its temporary files.
   */
  private static void visitOwnFiles(Path code, OwnFile action) throws IOException {
    try (DirectoryStream<Path> folders = Files.newDirectoryStream(code)) {
      for (Path folder : folders) {
        if (!isHex(folder.getFileName().toString(), ENTRY_FOLDER)
            || !Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
          for (Path file : files) {
            String name = file.getFileName().toString();
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
              continue;
            }
            if (name.startsWith(TEMP_PREFIX)) {
              action.visit(file, true);
            } else if (isHex(name, ENTRY_NAME) && startsWithMagic(file)) {
              action.visit(file, false);
            }
          }
        }
      }
    }
  }

  private static boolean startsWithMagic(Path file) {
    try (SeekableByteChannel channel = Files.newByteChannel(file,
        Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      ByteBuffer head = ByteBuffer.allocate(MAGIC.length);
      while (head.hasRemaining() && channel.read(head) >= 0) {
        // read the magic bytes
      }
      return !head.hasRemaining() && Arrays.equals(head.array(), MAGIC);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean isHex(String name, int length) {
    if (name.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = name.charAt(i);
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
        return false;
      }
    }
    return true;
  }

  private static void deleteQuietly(Path path) {
    if (path == null) {
      return;
    }
    try {
      Files.deleteIfExists(path);
    } catch (IOException | RuntimeException e) {
      // Whatever is left is a miss for the next build, or pruned by it.
    }
  }
}
