package org.newsdigest.render;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What both feed formats say about one event, decided once so an event has the same identity,
 * text and times in the site's feed and in every entity or story feed that lists it.
 *
 * @param id the entry id: the event page's absolute address with a base URL, else a tag: URI
 * @param page the event page, relative to the site root ("events/2026-01-06-leaders-meet.html")
 * @param text the whole summary on one line, or "" when the event has no summary
 * @param teaser the index teaser, or "" without a summary
 * @param published when the first source published it, else the day it happened, or null
 * @param updated the newest time its sources give (see {@link FeedTime}); never null
 * @param modified the event's last update as the merge stage states it, or null
 * @param outlets the outlets reporting it, for categories and tags
 */
record FeedEntry(String id, String page, String title, String text, String teaser,
    OffsetDateTime published, OffsetDateTime updated, OffsetDateTime modified,
    List<String> outlets) {
  FeedEntry {
    outlets = List.copyOf(outlets);
  }
}
