package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Event;

/**
 * The model of the site's RSS 2.0 feed ({@code rss.xml}) for {@code rss.ftlx}, beside its Atom
 * and JSON Feed: the format newsletter and e-mail tools expect. Only the site's own feed has an
 * RSS twin; entity and story feeds are Atom and JSON Feed, which every reader follows, so the
 * site does not grow by a third file per person and place.
 *
 * <p>Addresses follow {@link AtomFeed}: absolute with a base URL, where an item's guid is its
 * page's address (a permalink); relative to {@code rss.xml} without one, where the guid is the
 * event's tag: URI, not a permalink. Dates are RFC 822 (RFC 1123 form), in the offset stated.
 */
final class RssFeed {
  static final String PATH = "rss.xml";

  private final FeedEntries entries;
  private final Messages messages;

  RssFeed(FeedEntries entries, Messages messages) {
    this.entries = entries;
    this.messages = messages;
  }

  Map<String, Object> model(Feed feed) {
    String root = Links.root(PATH);
    List<Object> items = new ArrayList<>();
    for (Event event : feed.events()) {
      FeedEntry entry = entries.of(event);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", entry.id());
      item.put("permalink", entries.baseUrl() != null);
      item.put("title", XmlChars.clean(entry.title()));
      item.put("url", entries.address(root, entry.page()));
      item.put("published", DateText.rss(entry.published() == null ? entry.updated() : entry.published()));
      item.put("summary", XmlChars.clean(entry.text()));
      item.put("outlets", entry.outlets().stream().map(XmlChars::clean).filter(o -> !o.isBlank()).toList());
      items.add(item);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("title", XmlChars.clean(feed.title()));
    model.put("description", XmlChars.clean(messages.text("rssDescription", feed.title())));
    model.put("language", messages.language());
    model.put("home", entries.address(root, feed.home()));
    model.put("self", entries.address(root, PATH));
    model.put("updated", DateText.rss(entries.newest(feed)));
    model.put("items", items);
    return Map.of("feed", model);
  }
}
