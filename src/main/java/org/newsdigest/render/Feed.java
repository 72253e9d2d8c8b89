package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import org.newsdigest.model.Event;

/**
 * One feed of the site, written in both formats beside the page it follows: the site's own
 * ({@code feed.xml}, {@code feed.json} beside {@code index.html}), a person's ({@code
 * people/ana-lopez.xml|.json} beside {@code people/ana-lopez.html}) or a story's.
 *
 * @param title the feed's title, e.g. "Ana López · People · News digest"
 * @param stem its path relative to the site root, without extension ("people/ana-lopez")
 * @param home the HTML page it follows, relative to the site root ("people/ana-lopez.html")
 * @param events its events, newest first
 */
record Feed(String title, String stem, String home, List<Event> events) {
  static final String ATOM = ".xml";
  static final String JSON = ".json";

  Feed {
    events = List.copyOf(events);
  }

  /**
   * What a feed document is made from besides its reads, for {@link RenderMemo}: equal for the
   * same title, paths and events, each event the very object (its entry is asked for by identity).
   */
  List<Object> key() {
    List<Object> key = new ArrayList<>(events.size() + 3);
    key.add(title);
    key.add(stem);
    key.add(home);
    for (Event event : events) {
      key.add(new SameObject(event));
    }
    return key;
  }

  String atomPath() {
    return stem + ATOM;
  }

  String jsonPath() {
    return stem + JSON;
  }
}
