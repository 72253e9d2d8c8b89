package org.newsdigest.build;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.merge.MergeMemory;
import org.newsdigest.model.Article;

/**
 * The last merge of a site's build, kept in the cache folder beside the site's manifest ({@code
 * sites/<hash>.merge}), so that the next build of the command line takes from it the pair scores
 * and events an edit did not touch ({@link MergeMemory}). The file starts with its format's name
 * and the fingerprint of the code that wrote it and ends with a CRC-32C of all before; one that
 * does not check out, is of other code, or is not a regular file of a sensible size is ignored
 * ({@link CacheFile}). Nothing in it is ever needed: without it the merge works everything out,
 * to the same events.
 */
final class MergeMemoryFile {
  /** Bytes a pair score takes in the file. */
  private static final long PAIR_BYTES = 13;
  /** About what an event takes in the file (5.8 KB on average at 10,000 articles), with room. */
  private static final long EVENT_BYTES = 8 << 10;

  /** The name its {@link CacheFile} starts with. */
  static final String FORMAT = "merge memory";

  /**
   * About what a merge's memory takes per article: 41 MB at 10,000 articles, where each article
   * had some 120 candidate pairs; some 300 MB estimated at 100,000 from the pairs and events.
   */
  static final long BYTES_PER_ARTICLE = 3_000;

  private final CacheFile file;

  /**
   * @param file where the memory is kept: one over its size limit, as a sixteenth of the heap at
   *     100,000 articles (some 300 MB) under a 2 GB heap, is neither kept nor read
   */
  MergeMemoryFile(CacheFile file) {
    this.file = file;
  }

  /** The memory kept here, its articles matched with {@code articles}; null when there is none. */
  MergeMemory load(List<Article> articles, Map<Article, byte[]> digests) {
    CacheFile.Payload payload = file.read();
    if (payload == null) {
      return null;
    }
    Map<String, Article> bySource = new HashMap<>(articles.size() * 2);
    articles.forEach(article -> bySource.put(article.source(), article));
    try {
      return MergeMemoryCodec.decode(payload.bytes(), payload.offset(), payload.length(), bySource,
          digests);
    } catch (RuntimeException | OutOfMemoryError e) {
      return null; // damaged: the merge works everything out
    }
  }

  /**
   * Keeps {@code memory}, or, when it would take too much of the heap, forgets the one kept
   * before; a failure only means the next build merges without it.
   */
  void save(MergeMemory memory, Map<Article, byte[]> digests) {
    boolean fits = file.fits(PAIR_BYTES * memory.pairs().second().length
        + EVENT_BYTES * memory.events().size());
    byte[] bytes;
    try {
      bytes = fits ? MergeMemoryCodec.encode(memory, digests) : null;
    } catch (RuntimeException | OutOfMemoryError e) {
      bytes = null; // then the memory kept before is forgotten too
    }
    file.write(bytes);
  }
}
