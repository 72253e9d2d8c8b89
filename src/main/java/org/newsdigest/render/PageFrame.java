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

  PageFrame(String siteTitle) {
    this.siteTitle = siteTitle;
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
    // Declared so browsers do not ask the server root for /favicon.ico (a 404 off a sub-path).
    site.put("favicon", root + "assets/favicon.svg");
    site.put("feed", root + "feed.xml");
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("path", path);
    page.put("title", title);
    page.put("description", shorten(description));
    page.put("lang", lang);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("page", page);
    model.put("root", root);
    return model;
  }

  static String shorten(String text) {
    String flat = TextCut.flat(text);
    if (flat.length() <= DESCRIPTION_LENGTH) {
      return flat;
    }
    return TextCut.headAtWord(flat, DESCRIPTION_LENGTH) + "…";
  }
}
