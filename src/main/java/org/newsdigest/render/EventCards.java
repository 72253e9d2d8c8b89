package org.newsdigest.render;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsdigest.model.Event;

/**
 * An event as a card in a list (the index, an archive month, a tag): title and link, date, place,
 * coverage, outlets and a short teaser, with its link relative to the page listing it.
 */
final class EventCards {
  private final PagePlan plan;

  EventCards(PagePlan plan) {
    this.plan = plan;
  }

  /** A fresh, mutable card; {@code root} leads from the listing page to the site root. */
  Map<String, Object> card(Event event, String root, String extension) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", event.title());
    item.put("url", root + plan.eventPage(event, extension));
    item.put("date", plan.messages().dates().of(event.date()));
    item.put("place", event.place());
    SourceLabels labels = plan.labels(event);
    item.put("sourceCount", event.articles().size());
    item.put("outletCount", labels.outlets().size());
    item.put("independentCount", labels.independentCount());
    item.put("copyCount", labels.copyCount());
    item.put("coverage", labels.coverage());
    item.put("outlets", labels.outlets());
    item.put("summary", IndexSummary.of(event.summary()));
    return item;
  }

  /**
   * Where this part sits in its list, for the pager and the head's rel=prev/next links; the
   * page model's {@code page} gains {@code prev} and {@code next}.
   */
  static Map<String, Object> pager(Pagination.Part<?> part, Map<String, Object> model,
      String extension) {
    String root = (String) model.get("root");
    Map<String, Object> pager = new LinkedHashMap<>();
    pager.put("number", part.number());
    pager.put("count", part.count());
    pager.put("prev", part.previous() == null ? null : root + part.previous() + extension);
    pager.put("next", part.next() == null ? null : root + part.next() + extension);
    @SuppressWarnings("unchecked")
    Map<String, Object> page = (Map<String, Object>) model.get("page");
    page.put("prev", pager.get("prev"));
    page.put("next", pager.get("next"));
    return pager;
  }
}
