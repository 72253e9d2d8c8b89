package org.newsdigest.render;

import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SummarySentence;

/**
 * {@code search-index.js} (the index as JSON, assigned to {@code window.newsdigestSearchIndex}), read by {@code assets/search.js} on the search page: one entry per
 * event and per article, in digest order, compact (no white space, empty fields left out).
 * Shape: {@code {"version":1,"items":[{"type":"event"|"article","title","date","when","place",
 * "people":[..],"outlet","text","url","event"}]}}; {@code date} is ISO 8601 (for sorting),
 * {@code when} the same day as the pages write it; {@code url} (and an article's {@code event},
 * the page of the event it belongs to) is relative to the site root and
 * {@code text} is the event's summary or the article's opening, cut to {@link #TEXT_LENGTH}.
 */
final class SearchIndex {
  /**
   * A script, not a JSON file: the search page loads it with a script tag, which works from
   * {@code file://} too, where a page may not fetch a file beside it.
   */
  static final String PATH = "assets/search-index.js";
  private static final byte[] OPENING = "window.newsdigestSearchIndex = ".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] CLOSING = ";\n".getBytes(StandardCharsets.US_ASCII);
  static final int VERSION = 1;
  /** Enough of the text to find an item by its key words; the whole body would weigh megabytes. */
  static final int TEXT_LENGTH = 320;

  private final PagePlan plan;
  private final JsonText json;

  SearchIndex(PagePlan plan, JsonText json) {
    this.plan = plan;
    this.json = json;
  }

  byte[] write(List<Event> events) {
    List<Object> items = new ArrayList<>();
    for (Event event : events) {
      items.add(event(event));
    }
    for (Article article : plan.articles()) {
      items.add(article(article));
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("items", items);
    byte[] index = json.compact(root);
    byte[] script = new byte[OPENING.length + index.length + CLOSING.length];
    System.arraycopy(OPENING, 0, script, 0, OPENING.length);
    System.arraycopy(index, 0, script, OPENING.length, index.length);
    System.arraycopy(CLOSING, 0, script, OPENING.length + index.length, CLOSING.length);
    return script;
  }

  private Map<String, Object> event(Event event) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "event");
    item.put("title", event.title());
    putIfPresent(item, "date", event.date() == null ? null : event.date().toString());
    putIfPresent(item, "when", plan.messages().dates().day(event.date()));
    putIfPresent(item, "place", event.place());
    List<String> people = event.participantsOf(EntityType.PERSON).stream().map(Participant::name).toList();
    if (!people.isEmpty()) {
      item.put("people", people);
    }
    List<String> outlets = plan.labels(event).outlets();
    putIfPresent(item, "outlet", String.join(", ", outlets));
    String summary = String.join(" ", event.summary().stream().map(SummarySentence::text).toList());
    putIfPresent(item, "text", cut(summary));
    item.put("url", plan.eventPage(event, ".html"));
    return item;
  }

  private Map<String, Object> article(Article article) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", "article");
    item.put("title", article.title());
    LocalDate published = article.published() == null ? null : article.published().date();
    putIfPresent(item, "date", published == null ? null : published.toString());
    putIfPresent(item, "when", plan.messages().dates().day(published));
    putIfPresent(item, "place", article.dateline() == null ? null : article.dateline().place());
    List<String> people = article.people().stream().map(Entity::name).toList();
    if (!people.isEmpty()) {
      item.put("people", people);
    }
    putIfPresent(item, "outlet", SourceLabels.outletOf(article));
    String opening = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0).text();
    putIfPresent(item, "text", cut(opening));
    item.put("url", plan.articlePage(article.source(), ".html"));
    // Lets the page skip an article that would only repeat its event's entry.
    item.put("event", plan.eventPage(plan.eventOf(article.source()), ".html"));
    return item;
  }

  private static void putIfPresent(Map<String, Object> item, String key, String value) {
    if (value != null && !value.isBlank()) {
      item.put(key, value);
    }
  }

  private static String cut(String text) {
    String flat = TextCut.flat(text);
    return flat.length() <= TEXT_LENGTH ? flat : TextCut.headAtWord(flat, TEXT_LENGTH) + "…";
  }
}
