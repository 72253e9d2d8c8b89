package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.text.NameKeys;

/**
 * The models of the entity pages (a person, place, organisation or outlet with its events,
 * newest first) and of each kind's alphabetical index. Immutable.
 */
final class EntityPages {
  /** Past this many names an index gets letter jump links; a short list is seen at a glance. */
  static final int JUMPS_FROM = 30;
  /** One line of a quote on an entity page: the event page has the rest. */
  static final int QUOTE_LENGTH = 160;

  private final PagePlan plan;
  private final PageFrame frame;

  EntityPages(PagePlan plan, PageFrame frame) {
    this.plan = plan;
    this.frame = frame;
  }

  Map<String, Object> entity(EntityIndex.Entry entry,
      Pagination.Part<EntityIndex.Appearance> part, String extension) {
    EntityKind kind = entry.kind();
    Messages messages = frame.messages();
    String counts = counts(entry, messages);
    Map<String, Object> model = frame.model(part.path(extension),
        frame.numbered(entry.name(), part.number()),
        messages.text("entityDescription", entry.name(), kind.singular(messages), counts));
    String root = (String) model.get("root");
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", entry.name());
    view.put("kind", kind.singular(messages));
    view.put("kindTitle", kind.title(messages));
    view.put("indexUrl", root + kind.folder() + "/index" + extension);
    view.put("aliases", entry.aliases());
    view.put("counts", counts);
    view.put("outlet", kind == EntityKind.OUTLETS);
    List<Object> items = new ArrayList<>();
    for (EntityIndex.Appearance appearance : part.items()) {
      items.add(appearance(appearance, kind, root, extension));
    }
    view.put("items", items);
    Map<String, Object> feed =
        SiteFeeds.links(SiteFeeds.of(entry, frame.siteTitle(), messages), part.path(extension));
    view.put("feed", feed);
    model.put("pageFeeds", feed.get("head"));
    model.put("entity", view);
    model.put("pager", EventCards.pager(part, model, extension));
    return model;
  }

  private Map<String, Object> appearance(EntityIndex.Appearance appearance, EntityKind kind,
      String root, String extension) {
    Event event = appearance.event();
    Messages messages = frame.messages();
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", event.title());
    item.put("url", root + plan.eventPage(event, extension));
    item.put("date", frame.dates().of(event.date()));
    item.put("place", event.place());
    item.put("role", appearance.role());
    List<String> quotes = appearance.quotes();
    item.put("quote", quotes.isEmpty() ? null : oneLine(quotes.get(0)));
    item.put("moreQuotes", Math.max(0, quotes.size() - 1));
    int sources = event.articles().size();
    int naming = appearance.sources().size();
    item.put("sourcesText", kind == EntityKind.OUTLETS
        ? messages.text("articlesOfEvent", messages.count("articles", naming), messages.count("sources", sources))
        : messages.text("namedByOf", naming, messages.count("sources", sources)));
    List<Object> headlines = new ArrayList<>();
    if (kind == EntityKind.OUTLETS) {
      for (String source : appearance.sources()) {
        Article article = plan.article(source);
        String page = plan.articlePage(source, extension);
        if (article != null && page != null) {
          Map<String, Object> headline = new LinkedHashMap<>();
          headline.put("title", article.title());
          headline.put("url", root + page);
          headline.put("published", frame.dates().of(article.published()));
          headlines.add(headline);
        }
      }
    }
    item.put("headlines", headlines);
    return item;
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

  private static String counts(EntityIndex.Entry entry, Messages messages) {
    String events = messages.count("events", entry.appearances().size());
    String articles = messages.count("articles", entry.articles());
    return entry.kind() == EntityKind.OUTLETS
        ? messages.text("outletCounts", articles, events)
        : messages.text("entityCounts", events, articles);
  }

  private static String oneLine(String quote) {
    String flat = TextCut.flat(quote);
    return flat.length() <= QUOTE_LENGTH ? flat : TextCut.headAtWord(flat, QUOTE_LENGTH) + "…";
  }
}
