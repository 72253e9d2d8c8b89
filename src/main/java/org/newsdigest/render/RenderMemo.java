package org.newsdigest.render;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The fingerprints of a render's event, article, entity and feed pages, kept for the next render
 * by the same process ({@code serve --watch}), so that a page whose inputs did not change is not
 * modelled again only to find that its fingerprint did not change either.
 *
 * <p>Such a page's model is a function of its key (its event or article as the very object, an
 * entity's entry and the page's part of its events, see {@link EntityView#key}, or a feed's
 * title, paths and events, see {@link Feed#key}) and of what its view read of the rest of the
 * site through {@link PageReads} (see there). So a page keeps its fingerprint when its key equals
 * the last render's (an unchanged file keeps its read, and the merger its events) and every
 * read, asked again of the new render's indexes, has an equal answer. Anything else the model
 * depends on is a setting of the renderer: the memo is emptied when a render's settings
 * fingerprint is not the last one's. What it gives is exact: the fingerprint a page keeps is the
 * one its model would have.
 *
 * <p>A later process (the command line's next build) can take the pages too: {@link #portable}
 * names each page's key and reads by content rather than by object, and {@link #recall} takes
 * them back for the next render, which checks them the same way ({@link PortableMemo}).
 *
 * <p>One render at a time; during it, pages are looked up and kept from every render thread.
 */
public final class RenderMemo {
  /** What one page's fingerprint was made from. */
  record Kept(Object key, List<PageReads.Read> reads, byte[] fingerprint) {}

  private Map<String, Kept> last = Map.of();
  /** Pages kept by another process ({@link #recall}), for the next render only; or null. */
  private volatile PortableMemo recalled;
  /** The pages the current render took from {@link #recalled}, by path. */
  private Map<String, PortableMemo.Taken> takenNow = new ConcurrentHashMap<>();
  /** The pages the last render took from another process's memo: what {@link #portable} reuses. */
  private Map<String, PortableMemo.Taken> takenLast = Map.of();
  private Map<String, Kept> next = new ConcurrentHashMap<>();
  private byte[] settings;
  private final LongAdder taken = new LongAdder();
  private final LongAdder asked = new LongAdder();

  /** An empty memo, for a process that renders the same site again and again. */
  public RenderMemo() {}

  /**
   * Starts a render with renderer settings {@code settingsFingerprint} (null when unknown: then
   * nothing is kept from before).
   */
  synchronized void begin(byte[] settingsFingerprint) {
    if (settingsFingerprint == null || !Arrays.equals(settingsFingerprint, settings)) {
      last = Map.of();
      recalled = null;
    }
    settings = settingsFingerprint;
    next = new ConcurrentHashMap<>();
    takenNow = new ConcurrentHashMap<>();
    taken.reset();
    asked.reset();
  }

  /** Ends a render: what it kept is what the next one may take. */
  synchronized void end() {
    recalled = null; // its answers were this render's
    last = next;
    next = new ConcurrentHashMap<>();
    takenLast = takenNow; // empty after a render that recalled nothing, so none outlives its use
    takenNow = new ConcurrentHashMap<>();
  }

  /**
   * The fingerprint the page at {@code path} had in the last render, if it was made from an equal
   * {@code key} and every read it made is answered the same by {@code site}; else null. A page
   * taken is kept for the next render too.
   */
  byte[] fingerprint(String path, Object key, SiteIndexes site) {
    asked.increment();
    Kept kept = last.get(path);
    if (kept == null) {
      PortableMemo other = recalled;
      PortableMemo.Taken fromOther = other == null ? null : other.take(path, key, site);
      if (fromOther == null) {
        return null;
      }
      next.put(path, fromOther.kept());
      takenNow.put(path, fromOther);
      taken.increment();
      return fromOther.kept().fingerprint();
    }
    if (!kept.key().equals(key)) {
      return null;
    }
    for (PageReads.Read read : kept.reads()) {
      if (!read.holdsIn(site)) {
        return null;
      }
    }
    next.put(path, kept);
    taken.increment();
    return kept.fingerprint();
  }

  /** Keeps the fingerprint of the page at {@code path}, made from {@code key} and {@code reads}. */
  void keep(String path, Object key, List<PageReads.Read> reads, byte[] fingerprint) {
    next.put(path, new Kept(key, reads, fingerprint));
  }

  /** True until a render has kept pages here or {@link #recall} took some. */
  public synchronized boolean isEmpty() {
    return last.isEmpty() && recalled == null;
  }

  /**
   * The last render's pages as bytes another process can {@link #recall}, each page's key and
   * reads named by content through {@code digests} (this process's): the pages whose key and
   * reads can be so named.
   */
  public synchronized byte[] portable(ContentDigests digests) {
    return PortableMemo.write(settings, last, takenLast, digests);
  }

  /**
   * Takes the pages of {@code portable}, which {@link #portable} gave in another process, for
   * the next render: a page keeps its fingerprint there when its key and every answer to its
   * questions, asked of that render and named through {@code digests} (this process's), hash as
   * they did, so what the memo gives stays exact.
   *
   * @throws IllegalArgumentException when the bytes are damaged; the memo is then unchanged
   */
  public synchronized void recall(byte[] portable, ContentDigests digests) {
    PortableMemo other = PortableMemo.read(portable, digests);
    last = Map.of();
    takenLast = Map.of();
    settings = other.settings();
    recalled = other;
  }

  /** How many pages the current or last render looked up here. */
  public long pages() {
    return asked.sum();
  }

  /** How many of those kept their fingerprint without being modelled again. */
  public long pagesRemembered() {
    return taken.sum();
  }
}
