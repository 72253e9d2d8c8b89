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
    String counts = counts(entry);
    Map<String, Object> model = frame.model(part.path(extension),
        part.number() == 1 ? entry.name() : entry.name() + ", page " + part.number(),
        entry.name() + " (" + kind.singular() + "): " + counts + ".", "en");
    String root = (String) model.get("root");
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", entry.name());
    view.put("kind", kind.singular());
    view.put("kindTitle", kind.title());
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
        SiteFeeds.links(SiteFeeds.of(entry, frame.siteTitle()), part.path(extension));
    view.put("feed", feed);
    model.put("pageFeeds", feed.get("head"));
    model.put("entity", view);
    model.put("pager", EventCards.pager(part, model, extension));
    return model;
  }

  private Map<String, Object> appearance(EntityIndex.Appearance appearance, EntityKind kind,
      String root, String extension) {
    Event event = appearance.event();
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", event.title());
    item.put("url", root + plan.eventPage(event, extension));
    item.put("date", DateText.of(event.date()));
    item.put("place", event.place());
    item.put("role", appearance.role());
    List<String> quotes = appearance.quotes();
    item.put("quote", quotes.isEmpty() ? null : oneLine(quotes.get(0)));
    item.put("moreQuotes", Math.max(0, quotes.size() - 1));
    int sources = event.articles().size();
    int naming = appearance.sources().size();
    item.put("sourcesText", kind == EntityKind.OUTLETS
        ? count(naming, "article") + " of the event's " + count(sources, "source")
        : "named by " + naming + " of " + count(sources, "source"));
    List<Object> headlines = new ArrayList<>();
    if (kind == EntityKind.OUTLETS) {
      for (String source : appearance.sources()) {
        Article article = plan.article(source);
        String page = plan.articlePage(source, extension);
        if (article != null && page != null) {
          Map<String, Object> headline = new LinkedHashMap<>();
          headline.put("title", article.title());
          headline.put("url", root + page);
          headline.put("published", DateText.of(article.published()));
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
    Map<String, Object> model = frame.model(path, kind.title(),
        kind.title() + " in the digest's events, A to Z, with how many events name each.", "en");
    String root = (String) model.get("root");
    Map<String, List<Object>> letters = new LinkedHashMap<>();
    for (EntityIndex.Entry entry : entries) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", entry.name());
      String page = entry.page(extension);
      item.put("url", page == null ? null : root + page);
      item.put("count", count(entry.appearances().size(), "event"));
      if (page == null && !entry.appearances().isEmpty()) {
        Event only = entry.appearances().get(0).event();
        item.put("event", Map.of("title", only.title(), "url", root + plan.eventPage(only, extension)));
      }
      letters.computeIfAbsent(initial(entry.name()), k -> new ArrayList<>()).add(item);
    }
    model.put("list", indexView(kind.title(), kind.folder(), letters, entries.size(),
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

  private static String counts(EntityIndex.Entry entry) {
    String events = count(entry.appearances().size(), "event");
    return entry.kind() == EntityKind.OUTLETS
        ? count(entry.articles(), "article") + " in " + events
        : events + ", named by " + count(entry.articles(), "article");
  }

  private static String oneLine(String quote) {
    String flat = TextCut.flat(quote);
    return flat.length() <= QUOTE_LENGTH ? flat : TextCut.headAtWord(flat, QUOTE_LENGTH) + "…";
  }

  static String count(long n, String one) {
    return n + " " + (n == 1 ? one : one + "s");
  }
}
