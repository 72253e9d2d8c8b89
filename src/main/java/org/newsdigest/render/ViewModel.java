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
  private final TimelineView timeline;

  ViewModel(
      PagePlan plan, String siteTitle, ArticleMarkdown markdown, MarkdownOutputFormat format) {
    this.plan = plan;
    this.frame = new PageFrame(siteTitle);
    this.events = new EventView(plan, frame);
    this.articles = new ArticleView(plan, frame, markdown, new Markup(format));
    this.timeline = new TimelineView(plan, frame);
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
    return events.model(event, extension);
  }

  Map<String, Object> article(Article article, String extension) {
    return articles.model(article, extension);
  }

  TimelineView timeline() {
    return timeline;
  }
}
