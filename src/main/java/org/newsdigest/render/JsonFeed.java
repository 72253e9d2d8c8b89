package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Event;
import org.newsdigest.model.SummarySentence;

/**
 * Writes a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) of events: the site's
 * {@code feed.json}, and any per-entity feed ({@code people/<slug>.json}) through the same
 * {@link #write} call. Immutable, thread-safe.
 *
 * <p>Addresses: the spec wants absolute URLs, which only exist with a base URL; without one
 * {@code home_page_url}, {@code feed_url} and item {@code url} are left out and item ids are the
 * same tag: URIs the Atom feed uses, so readers see one identity per event in both formats.
 */
final class JsonFeed {
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private final PagePlan plan;
  private final String baseUrl;
  private final JsonText json;

  JsonFeed(PagePlan plan, String baseUrl, JsonText json) {
    this.plan = plan;
    this.baseUrl = baseUrl;
    this.json = json;
  }

  /**
   * The feed of {@code events}, in the order given.
   *
   * @param title the feed's title, e.g. the site title or "Emmanuel Macron · News digest"
   * @param feedPath where the feed is written, relative to the site root ("feed.json")
   * @param homePath the HTML page the feed accompanies, relative to the site root ("index.html")
   */
  byte[] write(String title, String feedPath, String homePath, List<Event> events) {
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("version", VERSION);
    feed.put("title", title);
    if (baseUrl != null) {
      feed.put("home_page_url", baseUrl + homePath);
      feed.put("feed_url", baseUrl + feedPath);
    }
    feed.put("language", "en");
    List<Object> items = new ArrayList<>();
    for (Event event : events) {
      items.add(item(event));
    }
    feed.put("items", items);
    return json.pretty(feed);
  }

  private Map<String, Object> item(Event event) {
    String page = plan.eventPage(event, ".html");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", baseUrl == null ? SiteFiles.TAG_PREFIX + "event/" + plan.eventId(event) : baseUrl + page);
    if (baseUrl != null) {
      item.put("url", baseUrl + page);
    }
    item.put("title", event.title());
    String text = String.join(" ", event.summary().stream().map(SummarySentence::text).toList());
    // content_text is required to be present; an event without a summary is told by its title.
    item.put("content_text", text.isBlank() ? event.title() : TextCut.flat(text));
    String teaser = IndexSummary.of(event.summary());
    if (!teaser.isBlank()) {
      item.put("summary", teaser);
    }
    if (event.firstReported() != null) {
      item.put("date_published", DateText.atom(DateText.atomTime(event.firstReported())));
    } else if (event.date() != null) {
      item.put("date_published", DateText.atom(DateText.atomTime(event.date())));
    }
    if (event.lastUpdated() != null) {
      item.put("date_modified", DateText.atom(DateText.atomTime(event.lastUpdated())));
    }
    List<String> outlets = SourceLabels.of(event).outlets();
    if (!outlets.isEmpty()) {
      item.put("tags", outlets);
    }
    return item;
  }
}
