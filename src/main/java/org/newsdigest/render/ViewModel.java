package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Builds the plain data the templates see: maps, lists, strings, booleans and numbers only, with
 * every URL already decided (relative to the page being rendered) and every date already text.
 * One method per kind of page; {@link EventView} and {@link ArticleView} hold the larger ones.
 */
final class ViewModel {

  private final PageFrame frame;
  private final Markup markup;
  private final EventView events;
  private final ArticleView articles;
  private final StructuredData structuredData;
  private final EventCards cards;
  private final TimelineView timeline;

  ViewModel(PagePlan plan, String siteTitle, String baseUrl, ArticleMarkdown markdown,
      MarkdownOutputFormat format, JsonText json) {
    this.frame = new PageFrame(siteTitle, baseUrl, plan.messages());
    this.events = new EventView(frame);
    this.markup = new Markup(format);
    this.articles = new ArticleView(frame, markdown, markup);
    this.structuredData = new StructuredData(baseUrl, json);
    this.cards = new EventCards(plan);
    this.timeline = new TimelineView(plan, frame);
  }

  /** The frame every page shares, for the page families built outside this class. */
  PageFrame frame() {
    return frame;
  }

  /** What every page has: the site, the way back to the root, the page's own title. */
  Map<String, Object> page(String path, String title, String description) {
    return frame.model(path, title, description);
  }

  /** The page for an address that has none. */
  Map<String, Object> notFound() {
    Messages messages = frame.messages();
    return page("404.html", messages.text("notFoundTitle"), messages.text("notFoundDescription"));
  }

  /** One page of the index: the latest events first, fifty to a page. */
  Map<String, Object> index(Pagination.Part<Event> part) {
    String siteTitle = frame.siteTitle();
    String description = frame.messages().text("indexDescription", siteTitle);
    Map<String, Object> model =
        page(part.path(".html"), frame.numbered(siteTitle, part.number()), description);
    String root = (String) model.get("root");
    List<Object> items = new ArrayList<>();
    for (Event event : part.items()) {
      items.add(cards.card(event, root, ".html"));
    }
    model.put("events", items);
    model.put("pager", EventCards.pager(part, model, ".html"));
    return model;
  }

  /** The event's page; all it reads of the rest of the site it reads through {@code reads}. */
  Map<String, Object> event(Event event, String extension, PageReads reads) {
    Map<String, Object> model = events.model(event, extension, reads);
    if (extension.equals(".html")) {
      model.put("jsonLd", markup.html(structuredData.event(event, reads)));
    }
    return model;
  }

  /** The article's page; all it reads of the rest of the site it reads through {@code reads}. */
  Map<String, Object> article(Article article, String extension, PageReads reads) {
    Map<String, Object> model = articles.model(article, extension, reads);
    if (extension.equals(".html")) {
      model.put("jsonLd", markup.html(structuredData.article(article, reads)));
    }
    return model;
  }

  /**
   * The search page: a form that works as a link to the archive without JavaScript, with filters
   * by day and by outlet (the outlets and days the index holds).
   */
  Map<String, Object> search(SearchIndex index) {
    Messages messages = frame.messages();
    Map<String, Object> model = page("search.html", messages.text("search"),
        messages.text("searchDescription", frame.siteTitle()));
    model.put("searchIndex", SearchIndex.FOLDER);
    model.put("searchManifest", SearchIndex.MANIFEST);
    model.put("outlets", index.outlets());
    if (index.firstDay() != null) {
      model.put("firstDay", index.firstDay().toString());
      model.put("lastDay", index.lastDay().toString());
    }
    model.put("searchScript", "assets/search.js");
    model.put("archive", "archive/index.html");
    return model;
  }

  TimelineView timeline() {
    return timeline;
  }
}
