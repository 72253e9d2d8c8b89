package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.Event;
import org.newsdigest.model.Storyline;
import org.newsdigest.text.UniqueNames;
import org.newsdigest.text.Slugs;

/**
 * The storylines the site shows and where: {@code timeline} for all of them,
 * {@code timeline/<slug>} for each. Only events that have a page count; a storyline left with
 * fewer than two of them is not shown.
 */
final class StoryPlan {
  static final String TIMELINE = "timeline";

  private final List<Storyline> storylines;
  private final Map<Event, Storyline> storyOf = new IdentityHashMap<>();

  StoryPlan(List<Storyline> storylines, List<Event> events) {
    Set<Event> shown = Collections.newSetFromMap(new IdentityHashMap<>());
    shown.addAll(events);
    List<Storyline> kept = new ArrayList<>();
    UniqueNames slugs = new UniqueNames();
    for (Storyline story : storylines) {
      List<Event> members = story.events().stream()
          .filter(shown::contains)
          .filter(e -> !storyOf.containsKey(e))
          .toList();
      if (members.size() < 2) {
        continue;
      }
      // The slug becomes a path: folded again, so no digest can put a page outside timeline/.
      String slug = slugs.claim(Slugs.pageName(story.slug(), "story"));
      Storyline visible = new Storyline(slug, story.title(), members, story.shared());
      kept.add(visible);
      members.forEach(e -> storyOf.put(e, visible));
    }
    this.storylines = List.copyOf(kept);
  }

  /** Every shown storyline, in digest order (newest activity first). */
  List<Storyline> storylines() {
    return storylines;
  }

  /** The storyline of the event, or null. */
  Storyline storyOf(Event event) {
    return storyOf.get(event);
  }

  static String timelinePage(String extension) {
    return TIMELINE + extension;
  }

  static String storyPage(Storyline story, String extension) {
    return TIMELINE + "/" + story.slug() + extension;
  }
}
