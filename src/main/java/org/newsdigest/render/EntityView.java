package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * The model of an entity's page (a person, place, organisation or outlet with its events, newest
 * first, fifty to a page), HTML or Markdown. What it reads of the rest of the site it reads
 * through {@link PageReads}, so the model is a function of the entry, the page's part of its
 * events and those reads (see {@link #key}). Immutable.
 */
final class EntityView {
  /** One line of a quote on an entity page: the event page has the rest. */
  static final int QUOTE_LENGTH = 160;

  private final PageFrame frame;

  EntityView(PageFrame frame) {
    this.frame = frame;
  }

  /**
   * What the page of {@code part} of {@code entry} is made from besides its reads, for {@link
   * RenderMemo}: equal keys for the same entry and part, each event the very same object (the
   * page asks the site about its events by identity).
   */
  static Object key(EntityIndex.Entry entry, Pagination.Part<EntityIndex.Appearance> part) {
    return Arrays.asList(entry.kind(), entry.slug(), entry.name(), entry.aliases(),
        entry.articles(), entry.hasPage(), key(entry.appearances()), key(part.items()),
        part.number(), part.count(), part.stem(), part.previous(), part.next());
  }

  private static List<Object> key(List<EntityIndex.Appearance> appearances) {
    List<Object> key = new ArrayList<>(appearances.size());
    for (EntityIndex.Appearance appearance : appearances) {
      key.add(Arrays.asList(new SameObject(appearance.event()), appearance.role(),
          appearance.quotes(), appearance.sources()));
    }
    return key;
  }

  Map<String, Object> model(EntityIndex.Entry entry,
      Pagination.Part<EntityIndex.Appearance> part, String extension, PageReads reads) {
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
      items.add(appearance(appearance, kind, root, extension, reads));
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
      String root, String extension, PageReads reads) {
    Event event = appearance.event();
    Messages messages = frame.messages();
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", event.title());
    item.put("url", root + reads.eventPage(event, extension));
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
        Article article = reads.article(source);
        String page = reads.articlePage(source, extension);
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
