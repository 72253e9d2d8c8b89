package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Event;
import org.newsdigest.model.Storyline;

/**
 * Which feeds the site has: its own, one per person, place, organisation and outlet that has a
 * page, and one per storyline shown on the timeline. The page templates learn their feed's
 * addresses from {@link #links} so a page and its feed never disagree on a path.
 */
final class SiteFeeds {
  private SiteFeeds() {}

  /** The site's feed: every event, in digest order (newest first). */
  static Feed site(String siteTitle, List<Event> events) {
    return new Feed(siteTitle, "feed", "index.html", events);
  }

  /** The feed of an entry that has a page; its events newest first, as its page lists them. */
  static Feed of(EntityIndex.Entry entry, String siteTitle, Messages messages) {
    List<Event> events = entry.appearances().stream().map(EntityIndex.Appearance::event).toList();
    return new Feed(messages.text("feedTitle", entry.name(), entry.kind().title(messages), siteTitle),
        entry.page(""), entry.page(".html"), events);
  }

  /** The feed of a storyline: its events newest first, undated ones last. */
  static Feed of(Storyline story, String siteTitle, Messages messages) {
    List<Event> events = new ArrayList<>(story.events());
    events.sort(Comparator.comparing(Event::date, Comparator.nullsLast(Comparator.reverseOrder())));
    return new Feed(messages.text("feedTitle", story.title(), messages.text("timeline"), siteTitle),
        StoryPlan.storyPage(story, ""), StoryPlan.storyPage(story, ".html"), events);
  }

  /** Every feed of the site: its own, then the entities' kind by kind, then the stories. */
  static List<Feed> all(String siteTitle, List<Event> events, EntityIndex entities,
      StoryPlan stories, Messages messages) {
    List<Feed> feeds = new ArrayList<>();
    feeds.add(site(siteTitle, events));
    for (EntityKind kind : EntityKind.values()) {
      for (EntityIndex.Entry entry : entities.entries(kind)) {
        if (entry.hasPage()) {
          feeds.add(of(entry, siteTitle, messages));
        }
      }
    }
    for (Storyline story : stories.storylines()) {
      feeds.add(of(story, siteTitle, messages));
    }
    return feeds;
  }

  /**
   * The feed as a page shows it, its addresses relative to the page at {@code pagePath}:
   * {"title", "atom", "json"} for the visible links and "head" for the
   * {@code <link rel=alternate>} elements.
   */
  static Map<String, Object> links(Feed feed, String pagePath) {
    String root = Links.root(pagePath);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", feed.title());
    view.put("atom", root + feed.atomPath());
    view.put("json", root + feed.jsonPath());
    view.put("head", List.of(
        head("application/atom+xml", feed.title() + " (Atom)", root + feed.atomPath()),
        head("application/feed+json", feed.title() + " (JSON Feed)", root + feed.jsonPath())));
    return view;
  }

  private static Map<String, Object> head(String type, String title, String url) {
    Map<String, Object> link = new LinkedHashMap<>();
    link.put("type", type);
    link.put("title", title);
    link.put("url", url);
    return link;
  }
}
