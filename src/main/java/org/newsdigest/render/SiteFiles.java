package org.newsdigest.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/**
 * Models of the files for crawlers: the sitemap and robots.txt (the feeds are {@link AtomFeed}
 * and {@link JsonFeed}).
 *
 * <p>The sitemap protocol (sitemaps.org 0.9) requires every {@code <loc>} to be an absolute URL
 * beginning with its scheme, and a sitemap is found through robots.txt, which also needs its
 * absolute address. Both exist only when the site's public address is known, so without a base
 * URL there is no sitemap and robots.txt names none: an invalid sitemap of relative paths would
 * be rejected by every search engine anyway.
 */
final class SiteFiles {
  static final String SITEMAP = "sitemap.xml";

  private final PagePlan plan;
  private final String baseUrl;

  SiteFiles(PagePlan plan, String baseUrl) {
    this.plan = plan;
    this.baseUrl = baseUrl;
  }

  /** True when the site has a sitemap: only with a base URL (see the class comment). */
  boolean hasSitemap() {
    return baseUrl != null;
  }

  /**
   * Every event and article page with its date, then every other HTML page of {@code pages}
   * (indexes, entity, archive, tag, timeline and search pages) without one. Left out: the "not
   * found" page, and the second and later pages of a paginated list, which repeat their list's
   * address with "page/n" and are reached from its first page.
   *
   * @throws IllegalStateException without a base URL ({@link #hasSitemap()})
   */
  Map<String, Object> sitemap(List<Event> events, List<String> pages) {
    if (!hasSitemap()) {
      throw new IllegalStateException("A sitemap needs absolute addresses: no base URL is set.");
    }
    List<Object> urls = new ArrayList<>();
    urls.add(url("index.html", null));
    Set<String> listed = new HashSet<>();
    listed.add("index.html");
    listed.add("404.html");
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
      if (page.endsWith(".html") && !Pagination.isLaterPage(page) && listed.add(page)) {
        urls.add(url(page, null));
      }
    }
    return Map.of("urls", urls);
  }

  private Map<String, Object> url(String path, String lastmod) {
    Map<String, Object> url = new LinkedHashMap<>();
    url.put("loc", baseUrl + path);
    url.put("lastmod", lastmod);
    return url;
  }

  Map<String, Object> robots() {
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("sitemap", hasSitemap() ? baseUrl + SITEMAP : null);
    return model;
  }
}
