package org.newsdigest.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Event;

/**
 * Writes a JSON Feed 1.1 document (https://www.jsonfeed.org/version/1.1/) of events: the site's
 * {@code feed.json}, and every entity or story feed ({@code people/<slug>.json}) through the same
 * {@link #model} and {@link #write} calls.
 *
 * <p>Addresses: the spec wants absolute URLs, which only exist with a base URL; without one
 * {@code home_page_url}, {@code feed_url} and item {@code url} are left out and item ids are the
 * same tag: URIs the Atom feeds use, so readers see one identity per event in both formats and
 * in every feed that lists it.
 */
final class JsonFeed implements PageJob.ModelWriter {
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  private final String baseUrl;
  private final JsonText json;
  private final String language;

  /**
   * {@code baseUrl}: the site's public address ending in "/", or null; {@code language}: the
   * site's, the feed's "language".
   */
  JsonFeed(String baseUrl, JsonText json, String language) {
    this.baseUrl = baseUrl;
    this.json = json;
    this.language = language;
  }

  /** The feed document of the feed's events, in the order given, as plain data for {@link #write}. */
  Map<String, Object> model(Feed feed, PageReads reads) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("version", VERSION);
    out.put("title", feed.title());
    if (baseUrl != null) {
      out.put("home_page_url", baseUrl + feed.home());
      out.put("feed_url", baseUrl + feed.jsonPath());
    }
    out.put("language", language);
    List<Object> items = new ArrayList<>();
    for (Event event : feed.events()) {
      items.add(item(reads.feedEntry(event)));
    }
    out.put("items", items);
    return out;
  }

  /** The document {@link #model} made, as pretty-printed UTF-8 JSON. */
  @Override
  public byte[] bytes(Map<String, Object> model) {
    return json.pretty(model);
  }

  /** The same bytes, streamed: the site's own feed lists every event. */
  @Override
  public void write(Map<String, Object> model, OutputStream out) throws IOException {
    json.prettyTo(model, out);
  }

  private Map<String, Object> item(FeedEntry entry) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("id", entry.id());
    if (baseUrl != null) {
      item.put("url", baseUrl + entry.page());
    }
    item.put("title", entry.title());
    // content_text is required to be present; an event without a summary is told by its title.
    item.put("content_text", entry.text().isBlank() ? entry.title() : entry.text());
    if (!entry.teaser().isBlank()) {
      item.put("summary", entry.teaser());
    }
    if (entry.published() != null) {
      item.put("date_published", DateText.atom(entry.published()));
    }
    if (entry.modified() != null) {
      item.put("date_modified", DateText.atom(entry.modified()));
    }
    if (!entry.outlets().isEmpty()) {
      item.put("tags", entry.outlets());
    }
    return item;
  }
}
