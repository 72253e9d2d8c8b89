package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.build.ArticleReader.SourceFile;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;

/** The read cache: what it keeps, what it refuses, what it remembers between watch rebuilds. */
class ReadCacheTest {
  private static final ArticleReader READER = new ArticleReader(new Ingester(), new Extractor());
  private static final String STORM = "Storm closes harbour in Gdansk\n\nPublished on March 3, 2025\n\n"
      + "Gdansk (PAP) – A storm closed the harbour in Gdansk on Monday, the port authority said.\n";

  @TempDir Path dir;
  private final AtomicInteger understood = new AtomicInteger();
  private final BiFunction<String, byte[], FileRead> counting = (source, bytes) -> {
    understood.incrementAndGet();
    return READER.understand(source, bytes);
  };

  private SourceFile seed(String name, String text) throws IOException {
    Path file = dir.resolve("seeds").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return new SourceFile(file, name);
  }

  @Test
  void anUnchangedFileIsReadOnceAndItsReadIsTheSame() throws IOException {
    SourceFile storm = seed("storm.txt", STORM);
    ReadCache cache = ReadCache.inFolder(dir.resolve("cache"));
    FileRead first = cache.session().read(storm, counting);
    ReadSession second = cache.session();
    assertEquals(first, second.read(storm, counting));
    assertEquals(1, understood.get());
    assertEquals(1, second.fromCache());
    assertEquals(READER.readFile(storm), first);
  }

  @Test
  void theSameBytesUnderAnotherNameAreReadAgain() throws IOException {
    ReadCache cache = ReadCache.inFolder(dir.resolve("cache"));
    FileRead a = cache.session().read(seed("a.txt", STORM), counting);
    FileRead b = cache.session().read(seed("b.txt", STORM), counting);
    assertEquals(2, understood.get());
    assertEquals("a.txt", a.articles().get(0).source());
    assertEquals("b.txt", b.articles().get(0).source());
  }

  @Test
  void anEntryForOtherCodeOrAnotherFileIsAMiss() throws IOException {
    SourceFile storm = seed("storm.txt", STORM);
    byte[] key = Hashing.readKey("storm.txt", STORM.getBytes(StandardCharsets.UTF_8));
    FileRead read = READER.readFile(storm);
    ReadStore ours = new ReadStore(dir.resolve("cache"), new byte[32]);
    ours.store(key, "storm.txt", read);
    assertEquals(read, ours.load(key, "storm.txt"));
    byte[] otherCode = new byte[32];
    otherCode[31] = 1;
    assertNull(new ReadStore(dir.resolve("cache"), otherCode).load(key, "storm.txt"));
    assertNull(ours.load(key, "other.txt"));
    byte[] otherKey = key.clone();
    otherKey[0] ^= 1;
    assertNull(ours.load(otherKey, "storm.txt"));
  }

  @Test
  void everyDamagedEntryIsAMiss() throws IOException {
    SourceFile storm = seed("storm.txt", STORM);
    byte[] key = Hashing.readKey("storm.txt", STORM.getBytes(StandardCharsets.UTF_8));
    ReadStore store = new ReadStore(dir.resolve("cache"), new byte[32]);
    store.store(key, "storm.txt", READER.readFile(storm));
    Path entry = onlyEntry();
    byte[] good = Files.readAllBytes(entry);
    for (int i = 0; i < good.length; i++) {
      byte[] damaged = good.clone();
      damaged[i] ^= 0x01;
      Files.write(entry, damaged);
      assertNull(store.load(key, "storm.txt"), "bit flipped at " + i);
    }
    for (int length = 0; length < good.length; length += 7) {
      Files.write(entry, java.util.Arrays.copyOf(good, length));
      assertNull(store.load(key, "storm.txt"), "cut at " + length);
    }
  }

  @Test
  void entriesAreWrittenWholeWithNoTemporaryFileLeft() throws IOException {
    ReadCache cache = ReadCache.inFolder(dir.resolve("cache"));
    ReadSession session = cache.session();
    for (int i = 0; i < 20; i++) {
      session.read(seed("s" + i + ".txt", STORM.replace("Monday", "Monday " + i)), counting);
    }
    try (Stream<Path> walk = Files.walk(dir.resolve("cache"))) {
      List<Path> files = walk.filter(Files::isRegularFile).toList();
      assertEquals(20, files.size());
      assertTrue(files.stream().noneMatch(f -> f.getFileName().toString().startsWith(".tmp-")), files.toString());
    }
  }

  /** A store in the test's cache folder for code whose fingerprint starts with {@code first}. */
  private ReadStore storeOfCode(int first) {
    byte[] code = new byte[32];
    code[0] = (byte) first;
    return new ReadStore(dir.resolve("cache"), code);
  }

  @Test
  void pruningDropsOtherCodeAndUnusedEntriesOnceTheyOutnumberUsedOnes() throws IOException {
    ReadStore old = storeOfCode(0);
    ReadStore current = storeOfCode(7);
    FileRead read = READER.understand("a.txt", STORM.getBytes(StandardCharsets.UTF_8));
    old.store(Hashing.readKey("a.txt", new byte[] {1}), "a.txt", read);
    byte[] used = Hashing.readKey("a.txt", new byte[] {2});
    current.store(used, "a.txt", read);
    for (int i = 0; i < 10; i++) {
      current.store(Hashing.readKey("a.txt", new byte[] {3, (byte) i}), "a.txt", read);
    }
    current.prune(Set.of(Hashing.hex(used)));
    assertNull(old.load(Hashing.readKey("a.txt", new byte[] {1}), "a.txt"), "other code's entries go");
    assertEquals(11, entryCount(), "ten unused entries are few enough to keep");
    for (int i = 10; i < 100; i++) {
      current.store(Hashing.readKey("a.txt", new byte[] {3, (byte) i}), "a.txt", read);
    }
    current.prune(Set.of(Hashing.hex(used)));
    assertEquals(1, entryCount());
    assertNotNull(current.load(used, "a.txt"));
  }

  @Test
  void pruningLeavesEveryFileNotInTheStoresOwnFormat() throws IOException {
    ReadStore old = storeOfCode(0);
    ReadStore current = storeOfCode(7);
    FileRead read = READER.understand("a.txt", STORM.getBytes(StandardCharsets.UTF_8));
    old.store(Hashing.readKey("a.txt", new byte[] {1}), "a.txt", read);
    Path oldEntry;
    Path folder = dir.resolve("cache");
    try (Stream<Path> walk = Files.walk(folder)) {
      oldEntry = walk.filter(Files::isRegularFile).findFirst().orElseThrow();
    }
    // someone else's files: beside the code folders, inside an old code folder, and a file with
    // an entry's name but not an entry's content
    Path notes = Files.writeString(folder.resolve("reads/notes.txt"), "mine");
    Path photos = Files.createDirectories(folder.resolve("reads/photos"));
    Files.writeString(photos.resolve("cat.jpg"), "mine");
    Path beside = Files.writeString(oldEntry.resolveSibling("keep-me.txt"), "mine");
    Path lookalike = Files.writeString(
        oldEntry.resolveSibling(oldEntry.getFileName().toString().replace('0', '1')), "mine");
    current.prune(Set.of());
    assertNull(old.load(Hashing.readKey("a.txt", new byte[] {1}), "a.txt"), "the old entry goes");
    for (Path mine : List.of(notes, photos.resolve("cat.jpg"), beside, lookalike)) {
      assertTrue(Files.exists(mine), mine + " stays");
    }
  }

  @Test
  void onlyARegularEntryFileOfASensibleSizeIsOpened() throws Exception {
    SourceFile storm = seed("storm.txt", STORM);
    byte[] key = Hashing.readKey("storm.txt", STORM.getBytes(StandardCharsets.UTF_8));
    ReadStore store = new ReadStore(dir.resolve("cache"), new byte[32]);
    store.store(key, "storm.txt", READER.readFile(storm));
    Path entry = onlyEntry();
    Path copy = Files.copy(entry, dir.resolve("copy"));
    // a named pipe where the entry was: opening it would wait for a writer for ever
    Files.delete(entry);
    assertEquals(0, new ProcessBuilder("mkfifo", entry.toString()).start().waitFor());
    assertNull(store.load(key, "storm.txt"));
    // a link to a device that never ends, and a link to a good entry: neither is followed
    Files.delete(entry);
    Files.createSymbolicLink(entry, Path.of("/dev/zero"));
    assertNull(store.load(key, "storm.txt"));
    Files.delete(entry);
    Files.createSymbolicLink(entry, copy);
    assertNull(store.load(key, "storm.txt"));
    // too large to be a read of any input
    Files.delete(entry);
    try (java.io.RandomAccessFile big = new java.io.RandomAccessFile(entry.toFile(), "rw")) {
      big.setLength(ReadStore.LARGEST_ENTRY + 1);
    }
    assertNull(store.load(key, "storm.txt"));
    Files.delete(entry);
    Files.copy(copy, entry);
    assertNotNull(store.load(key, "storm.txt"));
  }

  @Test
  void rememberedReadsSkipUnchangedFilesAndNoticeEdits() throws IOException {
    ReadCache cache = ReadCache.none().remembering();
    assertTrue(!cache.isNone());
    SourceFile storm = seed("storm.txt", STORM);
    cache.session().read(storm, counting);
    ReadSession again = cache.session();
    again.read(storm, counting);
    assertEquals(1, understood.get());
    assertEquals(1, again.fromCache());

    // Same size, new bytes: the stamp differs (time), so it is read again.
    Files.writeString(storm.path(), STORM.replace("Monday", "Sunday"), StandardCharsets.UTF_8);
    Files.setLastModifiedTime(storm.path(), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
    FileRead edited = cache.session().read(storm, counting);
    assertEquals(2, understood.get());
    assertTrue(edited.articles().get(0).bodyText().contains("Sunday"));

    // Touched but unchanged: read from disk, not understood again.
    Files.setLastModifiedTime(storm.path(), FileTime.from(Instant.parse("2031-01-01T00:00:00Z")));
    ReadSession touched = cache.session();
    assertEquals(edited, touched.read(storm, counting));
    assertEquals(2, understood.get());
    assertEquals(1, touched.fromCache());
  }

  @Test
  void noCacheReadsEverythingAndKeepsNoManifest() {
    assertTrue(ReadCache.none().isNone());
    assertNull(ReadCache.none().manifestFor(dir.resolve("site")));
  }

  @Test
  void eachOutputFolderHasItsOwnManifest() {
    ReadCache cache = ReadCache.inFolder(dir.resolve("cache"));
    Path one = cache.manifestFor(dir.resolve("site"));
    assertEquals(one, cache.manifestFor(dir.resolve("x/../site")));
    assertNotEquals(one, cache.manifestFor(dir.resolve("site2")));
    assertTrue(one.startsWith(dir.resolve("cache")), one.toString());
  }

  @Test
  void theCodeFingerprintIsStableAndCoversTheCode() {
    byte[] first = CodeFingerprint.of(ReadCache.class);
    assertNotNull(first, "the tests run from a class folder, which can be fingerprinted");
    assertEquals(Hashing.hex(first), Hashing.hex(CodeFingerprint.of(ReadCache.class)));
    assertNotEquals(Hashing.hex(first), Hashing.hex(CodeFingerprint.of(ReadCache.class, org.jsoup.Jsoup.class)));
  }

  private Path onlyEntry() throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve("cache"))) {
      List<Path> files = walk.filter(Files::isRegularFile).toList();
      assertEquals(1, files.size(), files.toString());
      return files.get(0);
    }
  }

  private long entryCount() throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve("cache").resolve("reads"))) {
      return walk.filter(Files::isRegularFile).count();
    }
  }
}
