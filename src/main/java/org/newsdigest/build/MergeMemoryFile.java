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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.CRC32C;
import org.newsdigest.merge.MergeMemory;
import org.newsdigest.model.Article;

/**
 * The last merge of a site's build, kept in the cache folder beside the site's manifest ({@code
 * sites/<hash>.merge}), so that the next build of the command line takes from it the pair scores
 * and events an edit did not touch ({@link MergeMemory}). The file starts with its format's name
 * and the fingerprint of the code that wrote it and ends with a CRC-32C of all before; one that
 * does not check out, is of other code, or is not a regular file of a sensible size is ignored.
 * Nothing in it is ever needed: without it the merge works everything out, to the same events.
 */
final class MergeMemoryFile {
  private static final byte[] MAGIC = "newsdigest merge memory\n".getBytes(StandardCharsets.US_ASCII);
  /**
   * The largest memory kept, as a share of the heap: its bytes are held whole while it is read
   * or written, and at 100,000 articles (some 300 MB) under a 2 GB heap that would crowd the
   * stages after the merge. A site that large then merges from scratch, as before.
   */
  private static final long HEAP_SHARE = 16;
  /** Bytes a pair score takes in the file. */
  private static final long PAIR_BYTES = 13;
  /** About what an event takes in the file (5.8 KB on average at 10,000 articles), with room. */
  private static final long EVENT_BYTES = 8 << 10;

  private final Path file;
  private final byte[] fingerprint;
  private final long largest;

  MergeMemoryFile(Path file, byte[] fingerprint) {
    this(file, fingerprint, Runtime.getRuntime().maxMemory() / HEAP_SHARE);
  }

  /** @param largest the most bytes a memory may take to be kept */
  MergeMemoryFile(Path file, byte[] fingerprint, long largest) {
    this.file = file;
    this.fingerprint = fingerprint.clone();
    this.largest = largest;
  }

  /**
   * Each article's {@link FileReadCodec#digest}, worked out on every core: what the memory
   * matches articles by, when it is read and when it is written.
   */
  static Map<Article, byte[]> digests(List<Article> articles) {
    List<byte[]> digests = articles.parallelStream().map(FileReadCodec::digest).toList();
    Map<Article, byte[]> byArticle = new IdentityHashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      byArticle.put(articles.get(i), digests.get(i));
    }
    return byArticle;
  }

  /** The memory kept here, its articles matched with {@code articles}; null when there is none. */
  MergeMemory load(List<Article> articles, Map<Article, byte[]> digests) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      if (!attributes.isRegularFile() || !fitsTheHeap(attributes.size())) {
        return null;
      }
      byte[] bytes = Files.readAllBytes(file);
      int payload = MAGIC.length + fingerprint.length;
      if (bytes.length < payload + 4
          || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)
          || !Arrays.equals(bytes, MAGIC.length, payload, fingerprint, 0, fingerprint.length)) {
        return null;
      }
      CRC32C crc = new CRC32C();
      crc.update(bytes, 0, bytes.length - 4);
      if ((int) crc.getValue() != ByteBuffer.wrap(bytes).getInt(bytes.length - 4)) {
        return null;
      }
      Map<String, Article> bySource = new HashMap<>(articles.size() * 2);
      articles.forEach(article -> bySource.put(article.source(), article));
      return MergeMemoryCodec.decode(bytes, payload, bytes.length - 4 - payload, bySource, digests);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      return null; // none yet, unreadable or damaged: the merge works everything out
    }
  }

  private boolean fitsTheHeap(long bytes) {
    return bytes <= largest;
  }

  /**
   * Keeps {@code memory}, or, when it would take too much of the heap, forgets the one kept
   * before; a failure only means the next build merges without it.
   */
  void save(MergeMemory memory, Map<Article, byte[]> digests) {
    Path temp = null;
    try {
      if (!fitsTheHeap(PAIR_BYTES * memory.pairs().second().length
          + EVENT_BYTES * memory.events().size())) {
        Files.deleteIfExists(file);
        return;
      }
      byte[] payload = MergeMemoryCodec.encode(memory, digests);
      ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + fingerprint.length + payload.length + 4);
      buffer.put(MAGIC).put(fingerprint).put(payload);
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
