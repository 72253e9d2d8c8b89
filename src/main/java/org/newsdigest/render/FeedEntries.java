package org.newsdigest.render;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.Moment;
import org.newsdigest.model.SummarySentence;

/**
 * Builds the {@link FeedEntry} of each event once per render: an event is listed by the site's
 * feed and by the feeds of its people, places, organisations, outlets and story. One instance
 * serves one render and is thread-safe: an entry is a pure function of its event, so two
 * threads that build the same one at once keep equal entries, and each slot is published
 * safely.
 */
final class FeedEntries {
  /** Tag URI prefix for ids when no base URL is known: stable, and owned by nobody else. */
  static final String TAG_PREFIX = "tag:newsdigest.invalid,2026:";

  private final PagePlan plan;
  private final String baseUrl;
  /** Each event's slot in {@link #built}; filled once, then only read. */
  private final Map<Event, Integer> slots = new IdentityHashMap<>();
  private final AtomicReferenceArray<FeedEntry> built;

  /** {@code events}: the render's events, the ones whose entries are remembered. */
  FeedEntries(PagePlan plan, String baseUrl, List<Event> events) {
    this.plan = plan;
    this.baseUrl = baseUrl;
    for (Event event : events) {
      slots.putIfAbsent(event, slots.size());
    }
    this.built = new AtomicReferenceArray<>(slots.size());
  }

  /** The site's public address ending in "/", or null. */
  String baseUrl() {
    return baseUrl;
  }

  /**
   * A feed's id: its absolute address with a base URL, else a tag: URI of its stem
   * ("tag:newsdigest.invalid,2026:people/ana-lopez"), which stays put however the site is hosted.
   */
  /** The latest update of {@code feed}'s events, or the fixed epoch when it has none. */
  OffsetDateTime newest(Feed feed) {
    return newest(feed.events().stream().map(this::of).toList());
  }

  /** The latest update of the entries, or the fixed epoch when there are none. */
  static OffsetDateTime newest(List<FeedEntry> entries) {
    OffsetDateTime newest = null;
    for (FeedEntry entry : entries) {
      OffsetDateTime updated = entry.updated();
      if (newest == null || updated.toInstant().isAfter(newest.toInstant())) {
        newest = updated;
      }
    }
    return newest == null ? DateText.epoch() : newest;
  }

  /** A page's address in a feed at {@code root}: absolute with a base URL, else relative to the feed. */
  String address(String root, String path) {
    return address(baseUrl, root, path);
  }

  /** As {@link #address(String, String)}, with the site's base URL {@code baseUrl} (or null). */
  static String address(String baseUrl, String root, String path) {
    return baseUrl == null ? root + path : baseUrl + path;
  }

  /** The feed's id in a feed document of this extension, with the site's base URL (or null). */
  static String feedId(String baseUrl, Feed feed, String extension) {
    return baseUrl == null ? TAG_PREFIX + feed.stem() : baseUrl + feed.stem() + extension;
  }

  FeedEntry of(Event event) {
    Integer slot = slots.get(event);
    if (slot == null) {
      return build(event);
    }
    FeedEntry entry = built.get(slot);
    if (entry == null) {
      entry = build(event);
      built.set(slot, entry);
    }
    return entry;
  }

  private FeedEntry build(Event event) {
    String page = plan.eventPage(event, ".html");
    String id = baseUrl == null ? TAG_PREFIX + "event/" + plan.eventId(event) : baseUrl + page;
    String text = TextCut.flat(
        String.join(" ", event.summary().stream().map(SummarySentence::text).toList()));
    OffsetDateTime published = event.firstReported() != null
        ? FeedTime.of(event.firstReported())
        : event.date() == null ? null : FeedTime.of(event.date());
    return new FeedEntry(id, page, event.title(), text, IndexSummary.of(event.summary()),
        published, updated(event),
        event.lastUpdated() == null ? null : FeedTime.of(event.lastUpdated()),
        plan.labels(event).outlets());
  }

  /** The newest time the sources give for the event; the day it happened when they give none. */
  private static OffsetDateTime updated(Event event) {
    List<Moment> moments = new ArrayList<>();
    if (event.lastUpdated() != null) {
      moments.add(event.lastUpdated());
    }
    if (event.firstReported() != null) {
      moments.add(event.firstReported());
    }
    for (Article article : event.articles()) {
      if (article.published() != null) {
        moments.add(article.published());
      }
      if (article.updated() != null) {
        moments.add(article.updated());
      }
    }
    Moment newest = FeedTime.newest(moments);
    if (newest != null) {
      return FeedTime.of(newest);
    }
    return event.date() == null ? DateText.epoch() : FeedTime.of(event.date());
  }
}
