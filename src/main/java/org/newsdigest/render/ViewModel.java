package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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

  private final PagePlan plan;
  private final PageFrame frame;
  private final EventView events;
  private final ArticleView articles;
  private final StructuredData structuredData;
  private final Markup markup;

  ViewModel(PagePlan plan, String siteTitle, String baseUrl, ArticleMarkdown markdown,
      MarkdownOutputFormat format, JsonText json) {
    this.plan = plan;
    this.frame = new PageFrame(siteTitle, baseUrl);
    this.markup = new Markup(format);
    this.events = new EventView(plan, frame);
    this.articles = new ArticleView(plan, frame, markdown, markup);
    this.structuredData = new StructuredData(plan, baseUrl, json);
  }

  /** What every page has: the site, the way back to the root, the page's own title. */
  Map<String, Object> page(String path, String title, String description, String lang) {
    return frame.model(path, title, description, lang);
  }

  Map<String, Object> index(List<Event> events) {
    String siteTitle = frame.siteTitle();
    String description = siteTitle + ": news events, each told by all its sources.";
    Map<String, Object> model = page("index.html", siteTitle, description, "en");
    List<Object> items = new ArrayList<>();
    for (Event event : events) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", event.title());
      item.put("url", plan.eventPage(event, ".html"));
      item.put("date", DateText.of(event.date()));
      item.put("place", event.place());
      SourceLabels labels = SourceLabels.of(event);
      item.put("sourceCount", event.articles().size());
      item.put("outletCount", labels.outlets().size());
      item.put("independentCount", labels.independentCount());
      item.put("copyCount", labels.copyCount());
      item.put("coverage", labels.coverage());
      item.put("outlets", labels.outlets());
      item.put("summary", IndexSummary.of(event.summary()));
      items.add(item);
    }
    model.put("events", items);
    return model;
  }

  Map<String, Object> event(Event event, String extension) {
    Map<String, Object> model = events.model(event, extension);
    if (extension.equals(".html")) {
      model.put("jsonLd", markup.html(structuredData.event(event)));
    }
    return model;
  }

  Map<String, Object> article(Article article, String extension) {
    Map<String, Object> model = articles.model(article, extension);
    if (extension.equals(".html")) {
      model.put("jsonLd", markup.html(structuredData.article(article)));
    }
    return model;
  }

  /** The search page: a form that works as a link to the archive without JavaScript. */
  Map<String, Object> search() {
    Map<String, Object> model = page("search.html", "Search",
        "Search the events and articles of " + frame.siteTitle() + ".", "en");
    model.put("searchIndex", "search-index.json");
    model.put("searchScript", "assets/search.js");
    // The archive's index page (archive/index.html) comes with the archive pages; until the plan
    // has them the no-JS text links to the latest events only, never to a missing page.
    model.put("archive", null);
    return model;
  }
}
