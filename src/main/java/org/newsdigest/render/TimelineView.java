package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Event;
import org.newsdigest.model.Storyline;

/**
 * The models of the timeline pages (every storyline, or one) and of the "Earlier / Later in this
 * story" block of an event page. Each event shows as its date, its title linked to its page and
 * one line of its summary.
 */
final class TimelineView {
  /** How many neighbours an event page lists on each side. */
  static final int NEIGHBOURS = 3;
  /** One line of summary under a timeline entry. */
  static final int LINE_LENGTH = 160;

  private final PagePlan plan;
  private final PageFrame frame;

  TimelineView(PagePlan plan, PageFrame frame) {
    this.plan = plan;
    this.frame = frame;
  }

  /** {@code timeline.html|.md}: every storyline, newest activity first. */
  Map<String, Object> all(String extension) {
    String path = StoryPlan.timelinePage(extension);
    Messages messages = frame.messages();
    Map<String, Object> model = frame.model(path, messages.text("timeline"), messages.text("timelineDescription"));
    List<Object> stories = new ArrayList<>();
    for (Storyline story : plan.stories().storylines()) {
      stories.add(story(story, path, extension));
    }
    model.put("stories", stories);
    model.put("single", false);
    model.put("timelineUrl", null);
    model.put("feed", null);
    return model;
  }

  /** {@code timeline/<slug>.html|.md}: one storyline. */
  Map<String, Object> one(Storyline story, String extension) {
    String path = StoryPlan.storyPage(story, extension);
    Messages messages = frame.messages();
    Map<String, Object> model = frame.model(path, story.title(),
        messages.text("storyDescription", messages.count("events", story.events().size())));
    model.put("stories", List.of(story(story, path, extension)));
    model.put("single", true);
    model.put("timelineUrl", Links.root(path) + StoryPlan.timelinePage(extension));
    Map<String, Object> feed = SiteFeeds.links(SiteFeeds.of(story, frame.siteTitle(), messages), path);
    model.put("feed", feed);
    model.put("pageFeeds", feed.get("head"));
    return model;
  }

  private Map<String, Object> story(Storyline story, String path, String extension) {
    String root = Links.root(path);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("slug", story.slug());
    view.put("title", story.title());
    view.put("url", root + StoryPlan.storyPage(story, extension));
    view.put("shared", story.shared());
    view.put("eventCount", story.events().size());
    List<Event> events = story.events();
    view.put("from", frame.dates().of(events.get(0).date()));
    view.put("to", frame.dates().of(events.get(events.size() - 1).date()));
    List<Object> entries = new ArrayList<>();
    for (Event event : events) {
      entries.add(entry(event, root, extension, true));
    }
    view.put("events", entries);
    return view;
  }

  /**
   * The story block of an event page: the story's title and page, and up to {@link #NEIGHBOURS}
   * events on each side, nearest last for earlier ones so both lists read in date order; null
   * when the event is in no story.
   */
  Map<String, Object> around(Event event, String extension) {
    Storyline story = plan.stories().storyOf(event);
    if (story == null) {
      return null;
    }
    String root = Links.root(plan.eventPage(event, extension));
    int at = indexOf(story.events(), event);
    List<Object> earlier = new ArrayList<>();
    for (Event e : story.events().subList(Math.max(0, at - NEIGHBOURS), at)) {
      earlier.add(entry(e, root, extension, false));
    }
    List<Object> later = new ArrayList<>();
    int end = Math.min(story.events().size(), at + 1 + NEIGHBOURS);
    for (Event e : story.events().subList(at + 1, end)) {
      later.add(entry(e, root, extension, false));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", story.title());
    view.put("url", root + StoryPlan.storyPage(story, extension));
    view.put("timelineUrl", root + StoryPlan.timelinePage(extension));
    view.put("eventCount", story.events().size());
    view.put("position", at + 1);
    view.put("earlier", earlier);
    view.put("later", later);
    return view;
  }

  private static int indexOf(List<Event> events, Event event) {
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) == event) {
        return i;
      }
    }
    throw new IllegalStateException("The event '" + event.title() + "' is not in its story.");
  }

  private Map<String, Object> entry(Event event, String root, String extension, boolean line) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", event.title());
    item.put("url", root + plan.eventPage(event, extension));
    item.put("date", frame.dates().of(event.date() != null ? event.date()
        : event.firstReported() == null ? null : event.firstReported().date()));
    item.put("place", event.place());
    item.put("sourceCount", event.articles().size());
    item.put("line", line && !event.summary().isEmpty()
        ? oneLine(event.summary().get(0).text()) : null);
    return item;
  }

  private static String oneLine(String text) {
    String flat = TextCut.flat(text);
    return flat.length() <= LINE_LENGTH ? flat : TextCut.headAtWord(flat, LINE_LENGTH) + "…";
  }
}
