package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Event;

/**
 * The model of an Atom feed (RFC 4287) for {@code feed.ftlx}: the site's {@code feed.xml} and
 * every entity or story feed, through the same {@link #model} call.
 *
 * <p>Addresses: with a base URL every link is absolute and ids are the pages' addresses; without
 * one, links are relative to the feed's own location (RFC 4287 resolves them against the
 * document, so {@code people/ana.xml} links {@code ../events/...}) and ids are tag: URIs, the same
 * for an event in every feed; the self link is then relative too. Text that XML 1.0 cannot hold (control characters, lone
 * surrogates) is dropped; the template escapes the rest.
 */
final class AtomFeed {
  private final String baseUrl;
  private final String siteTitle;
  private final String language;

  /**
   * {@code baseUrl}: the site's public address ending in "/", or null; {@code language}: the
   * site's, the feed's xml:lang.
   */
  AtomFeed(String baseUrl, String siteTitle, String language) {
    this.baseUrl = baseUrl;
    this.siteTitle = siteTitle;
    this.language = language;
  }

  Map<String, Object> model(Feed feed, PageReads reads) {
    String root = Links.root(feed.atomPath());
    List<Object> items = new ArrayList<>();
    List<FeedEntry> entries = new ArrayList<>();
    for (Event event : feed.events()) {
      FeedEntry entry = reads.feedEntry(event);
      entries.add(entry);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("id", entry.id());
      item.put("title", XmlChars.clean(entry.title()));
      item.put("url", FeedEntries.address(baseUrl, root, entry.page()));
      item.put("updated", DateText.atom(entry.updated()));
      item.put("published", entry.published() == null ? null : DateText.atom(entry.published()));
      item.put("summary", XmlChars.clean(entry.text()));
      item.put("outlets", entry.outlets().stream().map(XmlChars::clean)
          .filter(o -> !o.isBlank()).toList());
      items.add(item);
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("id", FeedEntries.feedId(baseUrl, feed, Feed.ATOM));
    model.put("title", XmlChars.clean(feed.title()));
    model.put("language", language);
    model.put("author", XmlChars.clean(siteTitle));
    model.put("updated", DateText.atom(FeedEntries.newest(entries)));
    // RFC 4287 asks for a self link; relative, it still names this very file wherever it is hosted.
    model.put("self", FeedEntries.address(baseUrl, root, feed.atomPath()));
    model.put("home", FeedEntries.address(baseUrl, root, feed.home()));
    model.put("entries", items);
    return Map.of("feed", model);
  }
}
