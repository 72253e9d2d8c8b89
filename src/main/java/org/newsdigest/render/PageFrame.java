package org.newsdigest.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every page's template sees: the site, the way back to the root from this page, and the
 * page's own title, description and language. Immutable.
 */
final class PageFrame {
  /** Search engines show about this much of a description. */
  private static final int DESCRIPTION_LENGTH = 200;

  private final String siteTitle;
  private final String baseUrl;

  /** {@code baseUrl} is the site's public address ending in "/", or null when unknown. */
  PageFrame(String siteTitle, String baseUrl) {
    this.siteTitle = siteTitle;
    this.baseUrl = baseUrl;
  }

  String siteTitle() {
    return siteTitle;
  }

  /** A fresh, mutable model for the page at {@code path}; the caller adds the page's own data. */
  Map<String, Object> model(String path, String title, String description, String lang) {
    String root = Links.root(path);
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("title", siteTitle);
    site.put("home", root + "index.html");
    site.put("stylesheet", root + "assets/style.css");
    site.put("feed", root + "feed.xml");
    site.put("jsonFeed", root + "feed.json");
    site.put("search", root + "search.html");
    site.put("favicon", root + "assets/favicon.svg");
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("path", path);
    page.put("title", title);
    page.put("description", shorten(description));
    page.put("lang", lang);
    // Canonical and og:url must be absolute, so they exist only when the public address is known.
    // A "not found" page is no address of its own: it gets no canonical.
    page.put("canonical",
        baseUrl == null || path.equals("404.html") ? null : baseUrl + canonicalPath(path));
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("page", page);
    model.put("root", root);
    return model;
  }

  /** The HTML twin of a Markdown page is the canonical one; the site root is its own index. */
  private static String canonicalPath(String path) {
    String html = path.endsWith(".md") ? path.substring(0, path.length() - 3) + ".html" : path;
    return html.equals("index.html") ? "" : html;
  }

  static String shorten(String text) {
    String flat = TextCut.flat(text);
    if (flat.length() <= DESCRIPTION_LENGTH) {
      return flat;
    }
    return TextCut.headAtWord(flat, DESCRIPTION_LENGTH) + "…";
  }
}
