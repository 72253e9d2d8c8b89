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
 * <p>One render at a time; during it, pages are looked up and kept from every render thread.
 */
public final class RenderMemo {
  /** What one page's fingerprint was made from. */
  private record Kept(Object key, List<PageReads.Read> reads, byte[] fingerprint) {}

  private Map<String, Kept> last = Map.of();
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
    }
    settings = settingsFingerprint;
    next = new ConcurrentHashMap<>();
    taken.reset();
    asked.reset();
  }

  /** Ends a render: what it kept is what the next one may take. */
  synchronized void end() {
    last = next;
    next = new ConcurrentHashMap<>();
  }

  /**
   * The fingerprint the page at {@code path} had in the last render, if it was made from an equal
   * {@code key} and every read it made is answered the same by {@code site}; else null. A page
   * taken is kept for the next render too.
   */
  byte[] fingerprint(String path, Object key, SiteIndexes site) {
    asked.increment();
    Kept kept = last.get(path);
    if (kept == null || !kept.key().equals(key)) {
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

  /** How many pages the current or last render looked up here. */
  public long pages() {
    return asked.sum();
  }

  /** How many of those kept their fingerprint without being modelled again. */
  public long pagesRemembered() {
    return taken.sum();
  }
}
