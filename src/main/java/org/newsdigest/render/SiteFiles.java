package org.newsdigest.render;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.Moment;
import org.newsdigest.model.SummarySentence;

/**
 * Models of the site-wide files: the Atom feed, the sitemap and robots.txt. With a base URL they
 * carry absolute addresses; without one, links stay relative and Atom ids become tag: URIs.
 */
final class SiteFiles {
  /** Tag URI prefix for ids when no base URL is known: stable, and owned by nobody else. */
  static final String TAG_PREFIX = "tag:newsdigest.invalid,2026:";

  private final PagePlan plan;
  private final String baseUrl;
  private final String siteTitle;

  SiteFiles(PagePlan plan, String baseUrl, String siteTitle) {
    this.plan = plan;
    this.baseUrl = baseUrl;
    this.siteTitle = siteTitle;
  }

  private String address(String path) {
    return baseUrl == null ? path : baseUrl + path;
  }

  Map<String, Object> feed(List<Event> events) {
    List<Object> entries = new ArrayList<>();
    OffsetDateTime newest = null;
    for (Event event : events) {
      OffsetDateTime updated = updated(event);
      if (newest == null || updated.toInstant().isAfter(newest.toInstant())) {
        newest = updated;
      }
      String page = plan.eventPage(event, ".html");
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", baseUrl == null ? TAG_PREFIX + "event/" + plan.eventId(event) : baseUrl + page);
      entry.put("title", event.title());
      entry.put("url", address(page));
      entry.put("updated", DateText.atom(updated));
      entry.put("published", event.firstReported() == null ? null
          : DateText.atom(DateText.atomTime(event.firstReported())));
      entry.put("summary", String.join(" ", event.summary().stream().map(SummarySentence::text).toList()));
      entry.put("outlets", SourceLabels.of(event).outlets());
      entries.add(entry);
    }
    Map<String, Object> feed = new LinkedHashMap<>();
    feed.put("id", baseUrl == null ? TAG_PREFIX + "feed" : baseUrl + "feed.xml");
    feed.put("title", siteTitle);
    feed.put("updated", DateText.atom(newest == null ? DateText.epoch() : newest));
    feed.put("self", baseUrl == null ? null : baseUrl + "feed.xml");
    feed.put("home", address("index.html"));
    feed.put("entries", entries);
    return Map.of("feed", feed);
  }

  /** The newest time the sources give for the event; its day when they give none. */
  private static OffsetDateTime updated(Event event) {
    List<Moment> moments = new ArrayList<>();
    if (event.lastUpdated() != null) {
      moments.add(event.lastUpdated());
    }
    if (event.firstReported() != null) {
      moments.add(event.firstReported());
    }
    for (Article article : event.articles()) {
      if (article.published() != null) {
        moments.add(article.published());
      }
      if (article.updated() != null) {
        moments.add(article.updated());
      }
    }
    return moments.stream()
        .map(DateText::atomTime)
        .max(Comparator.comparing(OffsetDateTime::toInstant))
        .orElseGet(() -> event.date() == null ? DateText.epoch() : DateText.atomTime(event.date()));
  }

  /**
   * Every event and article page with its date, then every other HTML page of {@code
   * pages} (indexes, entity, archive and tag pages) without one.
   */
  Map<String, Object> sitemap(List<Event> events, List<String> pages) {
    List<Object> urls = new ArrayList<>();
    urls.add(url("index.html", null));
    Set<String> listed = new HashSet<>();
    listed.add("index.html");
    for (Event event : events) {
      listed.add(plan.eventPage(event, ".html"));
      urls.add(url(plan.eventPage(event, ".html"), event.date() == null ? null : event.date().toString()));
    }
    for (Article article : plan.articles()) {
      listed.add(plan.articlePage(article.source(), ".html"));
      urls.add(url(plan.articlePage(article.source(), ".html"),
          article.published() == null ? null : article.published().date().toString()));
    }
    for (String page : pages) {
      if (listed.add(page)) {
        urls.add(url(page, null));
      }
    }
    return Map.of("urls", urls);
  }

  private Map<String, Object> url(String path, String lastmod) {
    Map<String, Object> url = new LinkedHashMap<>();
    url.put("loc", address(path));
    url.put("lastmod", lastmod);
    return url;
  }

  Map<String, Object> robots() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("sitemap", baseUrl == null ? null : baseUrl + "sitemap.xml");
    return model;
  }
}
