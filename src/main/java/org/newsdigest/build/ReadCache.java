package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.publish.Publisher;
import org.yaml.snakeyaml.Yaml;

/**
 * Where reads of unchanged files are kept between builds, so only changed files are ingested
 * and extracted again: on disk in a cache folder (a read is keyed by the file's source key and
 * bytes and by the code's fingerprint), and, for {@code serve --watch}, also in memory, where a
 * file whose modification time, size and identity did not change is not even opened.
 *
 * <p>The cache folder also holds, per output folder, the manifest of the site last written
 * there, for the publish stage's in-place update, and the last merge and render memo of that
 * site ({@link MergeMemoryFile}, {@link CacheFile}), for the next build. Nothing in it is ever needed: a missing,
 * damaged or foreign cache costs a full read, never a wrong site.
 */
public final class ReadCache {
  private final Path folder;
  /** The running code's fingerprint, or null when it cannot be told (then nothing code-made is kept). */
  private final byte[] code;
  private final ReadStore store;
  private final Map<String, RememberedRead> memory;
  /** Set once this cache's disk folder was tidied: a watch session walks it once, not per edit. */
  private final AtomicBoolean pruned = new AtomicBoolean();
  /** Set once the site manifests kept here were tidied, as {@link #pruned}. */
  private final AtomicBoolean sitesTidied = new AtomicBoolean();
  /** The most bytes a memory file may take ({@link CacheFile}), or -1 for its share of the heap. */
  private final long memoryLimit;

  private ReadCache(Path folder, byte[] code, ReadStore store, Map<String, RememberedRead> memory,
      long memoryLimit) {
    this.folder = folder;
    this.code = code;
    this.store = store;
    this.memory = memory;
    this.memoryLimit = memoryLimit;
  }

  /** No cache: every file is read, nothing is written ({@code --no-cache}). */
  public static ReadCache none() {
    return new ReadCache(null, null, null, null, -1);
  }

  /**
   * A cache in {@code folder}, created when first written. When the running code cannot be
   * fingerprinted (not loaded from a file) reads are not kept, and the site manifest still is.
   */
  public static ReadCache inFolder(Path folder) {
    Path absolute = folder.toAbsolutePath().normalize();
    byte[] fingerprint = CodeFingerprint.of(ReadCache.class, Jsoup.class, Parser.class, Yaml.class);
    return new ReadCache(absolute, fingerprint,
        fingerprint == null ? null : new ReadStore(absolute, fingerprint), null, -1);
  }

  /** This cache, also keeping every read in memory for the next build by this same object. */
  public ReadCache remembering() {
    return new ReadCache(folder, code, store, new ConcurrentHashMap<>(), memoryLimit);
  }

  /** This cache with memory files of at most {@code bytes} each, for tests of a site too large. */
  ReadCache limitingMemoryFiles(long bytes) {
    return new ReadCache(folder, code, store, memory, bytes);
  }

  /** The cache folder, absolute; null without one. */
  Path folder() {
    return folder;
  }

  /** True when builds with this cache use neither disk nor memory. */
  public boolean isNone() {
    return folder == null && memory == null;
  }

  /**
   * Where the manifest of the site at {@code out} is kept, or null without a cache folder. Keyed
   * by the output folder's absolute path, so two sites built from one folder never share one.
   */
  public Path manifestFor(Path out) {
    if (folder == null) {
      return null;
    }
    return siteFile(out, MANIFEST);
  }

  /**
   * Where the last merge of the site at {@code out} is kept ({@link MergeMemoryFile}), beside its
   * manifest; null without a cache folder, when the running code cannot be fingerprinted, or when
   * the memory of {@code articles} articles would not fit ({@link #mayKeep}).
   */
  MergeMemoryFile mergeMemoryFor(Path out, int articles) {
    if (folder == null || code == null) {
      return null;
    }
    CacheFile file = new CacheFile(siteFile(out, MERGE), MergeMemoryFile.FORMAT, code, memoryLimit);
    return mayKeep(file, articles, MergeMemoryFile.BYTES_PER_ARTICLE)
        ? new MergeMemoryFile(file) : null;
  }

  /**
   * Where the render memo of the site at {@code out} is kept ({@link
   * org.newsdigest.render.RenderMemo#portable}), beside its manifest; null without a cache folder,
   * when the running code cannot be fingerprinted, or when the memo of {@code articles} articles
   * would not fit ({@link #mayKeep}).
   */
  CacheFile renderMemoFor(Path out, int articles) {
    if (folder == null || code == null) {
      return null;
    }
    CacheFile file = new CacheFile(siteFile(out, RENDER), "render memo", code, memoryLimit);
    return mayKeep(file, articles, RENDER_MEMO_BYTES_PER_ARTICLE) ? file : null;
  }

  /**
   * About what the render memo takes per article: 28 MB at 10,000 articles (seven pages each).
   */
  private static final long RENDER_MEMO_BYTES_PER_ARTICLE = 2_800;

  /**
   * Whether a memory file of about {@code bytesPerArticle} per article may be kept for {@code
   * articles} articles. One that would not fit is decided against before the build, not after:
   * what it holds is gathered in memory while the build runs, on top of the build's own working
   * set (at 100,000 articles under a 2 GB heap that was more than the heap had left). A file kept
   * for a smaller site is forgotten.
   */
  private static boolean mayKeep(CacheFile file, int articles, long bytesPerArticle) {
    if (file.fits(articles * bytesPerArticle)) {
      return true;
    }
    file.write(null);
    return false;
  }

  private static final String MANIFEST = ".manifest";
  private static final String MERGE = ".merge";
  private static final String RENDER = ".render";

  /** The file of the site at {@code out} with this ending in {@code sites/}, keyed by its path. */
  private Path siteFile(Path out, String ending) {
    String site = out.toAbsolutePath().normalize().toString();
    Path sites = folder.resolve("sites");
    try {
      Files.createDirectories(sites);
    } catch (IOException e) {
      // Then nothing can be kept there: the next build writes the whole site, still correct.
    }
    return sites.resolve(Hashing.hexOf(site).substring(0, 32) + ending);
  }

  /**
   * Why the cache folder cannot be used, when it cannot: it, or a folder or the lock file in it
   * that a build writes, is not writable (a cache made read-only, or owned by another user), or
   * it cannot be created. A build then goes on without the cache, rather than failing on a file
   * deep inside it that only the cache needed.
   */
  public Optional<String> unusable() {
    if (folder == null) {
      return Optional.empty();
    }
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      return Optional.of("the cache folder " + folder + " cannot be created ("
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
    }
    for (Path written : List.of(folder, folder.resolve("lock"), folder.resolve("reads"), folder.resolve("sites"))) {
      if (Files.exists(written, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(written)) {
        return Optional.of("the cache folder " + folder + " cannot be written ("
            + (written.equals(folder) ? "it is" : folder.relativize(written) + " is") + " read-only)");
      }
    }
    return Optional.empty();
  }

  /**
   * Forgets the manifests and memos of sites whose folder is gone, so that building into
   * many folders (previews in temporary ones) does not fill the cache with files no build will read. Once
   * per cache object: a watch session looks once, not after every edit.
   */
  void forgetGoneSites() {
    if (folder != null && sitesTidied.compareAndSet(false, true)) {
      Path sites = folder.resolve("sites");
      Publisher.forgetManifestsOfGoneSites(sites);
      forgetMemosWithoutManifest(sites, MERGE);
      forgetMemosWithoutManifest(sites, RENDER);
    }
  }

  /** Deletes each memo with this ending whose site has no manifest any more: its folder is gone. */
  private static void forgetMemosWithoutManifest(Path sites, String ending) {
    try (DirectoryStream<Path> memos = Files.newDirectoryStream(sites, "*" + ending)) {
      for (Path memo : memos) {
        String name = memo.getFileName().toString();
        Path manifest = memo.resolveSibling(name.substring(0, name.length() - ending.length()) + MANIFEST);
        if (!Files.exists(manifest, LinkOption.NOFOLLOW_LINKS)) {
          Files.deleteIfExists(memo);
        }
      }
    } catch (IOException | RuntimeException e) {
      // Left for the next tidying: a memo kept too long costs only its bytes.
    }
  }

  /** A new build's use of this cache: counts what came from it and what it must keep. */
  ReadSession session() {
    return new ReadSession(store, memory, pruned);
  }

  /** A read kept in memory, with how its file looked when it was read. */
  record RememberedRead(FileStamp stamp, byte[] key, FileRead read) {}
}
