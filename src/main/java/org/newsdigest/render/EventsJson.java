package org.newsdigest.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.MergeLink;

/**
 * {@code data/events.json}, the contract other tools read:
 * {"events":[{"id","title","date","place","url","articles":[{"id","source","title","outlet",
 * "published","url"}]}]}, in that field order; additions follow the contract fields: each
 * article's "copyOf" (the source it is a syndicated copy of, or null) and each event's "links".
 */
final class EventsJson {
  /** events.json is for tools: its reasons are always in English, whatever the site's language. */
  private static final Messages ENGLISH = Messages.load("en", null);

  private final ObjectWriter writer;

  EventsJson() {
    // Fixed "\n" indentation: Jackson's default follows the machine's line separator.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
    // Left open after writing (see JsonText#writeLine): events.json is streamed to its file.
    this.writer = new ObjectMapper().writer(printer).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  }

  /** events.json, written to {@code out}, left open: tens of megabytes at 100,000 articles. */
  void write(List<Event> events, PagePlan plan, OutputStream out) throws IOException {
    JsonText.writeLine(writer, document(events, plan), out);
  }

  private Map<String, Object> document(List<Event> events, PagePlan plan) {
    List<Object> eventViews = new ArrayList<>();
    for (Event event : events) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("id", plan.eventId(event));
      view.put("title", event.title());
      view.put("date", event.date() == null ? null : event.date().toString());
      view.put("place", event.place());
      view.put("url", plan.eventPage(event, ".html"));
      List<Object> articles = new ArrayList<>();
      for (Article article : event.articles()) {
        if (plan.eventOf(article.source()) != event) {
          continue; // listed by an earlier event already: each article appears once
        }
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", plan.articleId(article.source()));
        a.put("source", article.source());
        a.put("title", article.title());
        a.put("outlet", article.outlet());
        a.put("published", article.published() == null ? null : article.published().iso());
        a.put("url", plan.articlePage(article.source(), ".html"));
        a.put("copyOf", event.originalOf(article.source()));
        articles.add(a);
      }
      view.put("articles", articles);
      List<Object> links = new ArrayList<>();
      for (MergeLink link : event.links()) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("source", link.source());
        l.put("target", link.target());
        l.put("score", link.score());
        l.put("evidence", MergeReasons.of(link.evidence(), ENGLISH));
        links.add(l);
      }
      view.put("links", links);
      eventViews.add(view);
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("events", eventViews);
    return root;
  }
}
