package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.build.ArticleReader.SourceFile;
import org.newsdigest.build.ReadCache.RememberedRead;

/**
 * One build's use of a {@link ReadCache}: each file's read from memory, else from disk, else
 * by reading it (and keeping the result). Safe to call from many threads at once; the counts
 * are what the build report shows.
 */
final class ReadSession {
  private final ReadStore store;
  private final Map<String, RememberedRead> memory;
  private final Set<String> seenSources = ConcurrentHashMap.newKeySet();
  private final Set<String> usedKeys = ConcurrentHashMap.newKeySet();
  private final AtomicInteger fromCache = new AtomicInteger();
  private final AtomicInteger stored = new AtomicInteger();
  private final AtomicBoolean pruned;

  ReadSession(ReadStore store, Map<String, RememberedRead> memory, AtomicBoolean pruned) {
    this.store = store;
    this.memory = memory;
    this.pruned = pruned;
  }

  /** The read of {@code file}: kept, or made by {@code understand} from its bytes. Never throws. */
  FileRead read(SourceFile file, BiFunction<String, byte[], FileRead> understand) {
    String source = file.source();
    seenSources.add(source);
    RememberedRead known = memory == null ? null : memory.get(source);
    FileStamp stamp = memory == null ? null : FileStamp.of(file.path());
    if (known != null && stamp != null && stamp.equals(known.stamp())) {
      return kept(known.key(), known.read());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.path());
    } catch (IOException | OutOfMemoryError e) {
      forget(source);
      return ArticleReader.unreadable(file, e);
    }
    byte[] key = Hashing.readKey(source, bytes);
    if (known != null && Arrays.equals(known.key(), key)) {
      remember(source, stamp, key, known.read());
      return kept(key, known.read());
    }
    FileRead kept = store == null ? null : store.load(key, source);
    if (kept != null) {
      remember(source, stamp, key, kept);
      return kept(key, kept);
    }
    FileRead read = understand.apply(source, bytes);
    if (isPure(read)) {
      if (store != null) {
        store.store(key, source, read);
        stored.incrementAndGet();
        usedKeys.add(Hashing.hex(key));
      }
      remember(source, stamp, key, read);
    } else {
      forget(source);
    }
    return read;
  }

  private FileRead kept(byte[] key, FileRead read) {
    fromCache.incrementAndGet();
    usedKeys.add(Hashing.hex(key));
    return read;
  }

  private void remember(String source, FileStamp stamp, byte[] key, FileRead read) {
    if (memory != null) {
      if (stamp == null) {
        memory.remove(source);
      } else {
        memory.put(source, new RememberedRead(stamp, key, read));
      }
    }
  }

  private void forget(String source) {
    if (memory != null) {
      memory.remove(source);
    }
  }

  /**
   * False for a read that met an internal error: a stack overflow may depend on the thread's
   * stack and the JIT, so such a read is not kept and the next build tries again, as a clean
   * build would.
   */
  private static boolean isPure(FileRead read) {
    return read.skipped().stream().noneMatch(s -> s.reason().startsWith("internal error"));
  }

  /** Files whose read came from the cache in this build. */
  int fromCache() {
    return fromCache.get();
  }

  /**
   * Ends the build's use of the cache: memory forgets files that are gone, and the disk drops
   * what no build will read, when this build wrote anything (a build that only read it leaves it
   * as it was, so it costs no directory walk) and no earlier build with the same cache object
   * did (so {@code serve --watch} walks the folder once, not after every edit).
   */
  void finish() {
    if (memory != null) {
      memory.keySet().retainAll(seenSources);
    }
    if (store != null && stored.get() > 0 && pruned.compareAndSet(false, true)) {
      store.prune(usedKeys);
    }
  }
}
