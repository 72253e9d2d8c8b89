package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdigest.model.Event;
import org.newsdigest.text.NameKeys;

/**
 * The models of each kind's alphabetical index of entities (an entity's own page is {@link
 * EntityView}'s). Immutable.
 */
final class EntityPages {
  /** Past this many names an index gets letter jump links; a short list is seen at a glance. */
  static final int JUMPS_FROM = 30;

  private final PagePlan plan;
  private final PageFrame frame;

  EntityPages(PagePlan plan, PageFrame frame) {
    this.plan = plan;
    this.frame = frame;
  }

  /** The index of one kind: every entry alphabetical under its initial, with its counts. */
  Map<String, Object> index(EntityKind kind, List<EntityIndex.Entry> entries, String extension) {
    String path = kind.folder() + "/index" + extension;
    Messages messages = frame.messages();
    String title = kind.title(messages);
    Map<String, Object> model = frame.model(path, title, messages.text("entityIndexDescription", title));
    String root = (String) model.get("root");
    Map<String, List<Object>> letters = new LinkedHashMap<>();
    for (EntityIndex.Entry entry : entries) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", entry.name());
      String page = entry.page(extension);
      item.put("url", page == null ? null : root + page);
      item.put("count", messages.count("events", entry.appearances().size()));
      if (page == null && !entry.appearances().isEmpty()) {
        Event only = entry.appearances().get(0).event();
        item.put("event", Map.of("title", only.title(), "url", root + plan.eventPage(only, extension)));
      }
      letters.computeIfAbsent(initial(entry.name()), k -> new ArrayList<>()).add(item);
    }
    model.put("list", indexView(title, kind.folder(), letters, entries.size(),
        entries.stream().filter(EntityIndex.Entry::hasPage).count()));
    return model;
  }

  /**
   * The shared shape of an A-to-Z index (entities and tags): groups by initial, each with an id
   * for the jump links.
   */
  static Map<String, Object> indexView(String title, String kind, Map<String, List<Object>> letters,
      int total, long withPage) {
    List<Object> groups = new ArrayList<>();
    letters.forEach((letter, items) -> {
      Map<String, Object> group = new LinkedHashMap<>();
      group.put("letter", letter);
      group.put("id", "letter-" + (letter.equals("#") ? "other" : letter.toLowerCase(Locale.ROOT)));
      group.put("items", items);
      groups.add(group);
    });
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("title", title);
    list.put("kind", kind);
    list.put("total", total);
    list.put("withPage", withPage);
    list.put("letters", groups);
    list.put("jumps", total > JUMPS_FROM && groups.size() > 1);
    return list;
  }

  /** The initial a name is filed under: its first letter A to Z, else "#". */
  static String initial(String name) {
    String fold = NameKeys.key(name);
    char first = fold.isEmpty() ? '#' : Character.toUpperCase(fold.charAt(0));
    return first >= 'A' && first <= 'Z' ? String.valueOf(first) : "#";
  }
}
