package org.newsdigest.build;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  /** The read kept for {@code key}, or null when there is none that checks out. */
  FileRead load(byte[] key, String source) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(entry(Hashing.hex(key)));
    } catch (IOException | OutOfMemoryError | RuntimeException e) {
      return null; // none yet (NoSuchFileException), or unreadable: read the file again
    }
    try {
      return decode(bytes, key, source);
    } catch (RuntimeException e) {
      return null; // damaged or foreign: read the file again
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
   * Removes what no build of this code will read: the folders of other code, and, once the
   * entries no build used lately outnumber the ones this build used, those entries. The bound
   * keeps a cache shared by two seeds folders useful while a long edit session cannot grow it
   * without end.
   */
  void prune(Set<String> usedKeys) {
    try (DirectoryStream<Path> codes = Files.newDirectoryStream(reads)) {
      for (Path code : codes) {
        if (!code.equals(folder)) {
          deleteTree(code);
        }
      }
    } catch (IOException | RuntimeException e) {
      return;
    }
    List<Path> unused = new ArrayList<>();
    List<Path> abandonedTemps = new ArrayList<>();
    int[] entries = {0};
    Instant abandoned = Instant.now().minus(ABANDONED);
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          String name = file.getFileName().toString();
          if (name.startsWith(TEMP_PREFIX)) {
            if (attributes.lastModifiedTime().compareTo(FileTime.from(abandoned)) < 0) {
              abandonedTemps.add(file);
            }
            return FileVisitResult.CONTINUE;
          }
          entries[0]++;
          if (!usedKeys.contains(file.getParent().getFileName() + name)) {
            unused.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      return;
    }
    abandonedTemps.forEach(ReadStore::deleteQuietly);
    if (entries[0] - usedKeys.size() > usedKeys.size() + 64) {
      unused.forEach(ReadStore::deleteQuietly);
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
      deleteQuietly(root);
      return;
    }
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        deleteQuietly(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException e) {
        deleteQuietly(dir);
        return FileVisitResult.CONTINUE;
      }
    });
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
