package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
  private final Messages messages;

  /**
   * {@code baseUrl} is the site's public address ending in "/", or null when unknown;
   * {@code messages} the site's labels, in its language.
   */
  PageFrame(String siteTitle, String baseUrl, Messages messages) {
    this.siteTitle = siteTitle;
    this.baseUrl = baseUrl;
    this.messages = messages;
  }

  String siteTitle() {
    return siteTitle;
  }

  Messages messages() {
    return messages;
  }

  DateText dates() {
    return messages.dates();
  }

  /** A page in the site's language; see {@link #model(String, String, String, String)}. */
  Map<String, Object> model(String path, String title, String description) {
    return model(path, title, description, messages.language());
  }

  /** A page's title past its first page: "Archive, page 2". */
  String numbered(String title, int page) {
    return page == 1 ? title : messages.text("titlePage", title, page);
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
    site.put("jsonFeed", root + "feed.json");
    site.put("rssFeed", root + RssFeed.PATH);
    site.put("search", root + "search.html");
    site.put("nav", nav(path, root, messages));
    site.put("timeline", root + StoryPlan.timelinePage(".html"));
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

  /**
   * The site's sections, in navigation order. Each is current on its own pages: an event or
   * article page belongs to Events, a tag page to the Archive.
   */
  private static final List<Section> SECTIONS = List.of(
      new Section("events", "index.html", List.of("index.html", "page/", "events/", "articles/")),
      new Section("people", "people/index.html", List.of("people/")),
      new Section("places", "places/index.html", List.of("places/")),
      new Section("organisations", "organisations/index.html", List.of("organisations/")),
      new Section("outlets", "outlets/index.html", List.of("outlets/")),
      new Section("timeline", "timeline.html", List.of("timeline")),
      new Section("archive", "archive/index.html", List.of("archive/", "tags/")),
      new Section("search", "search.html", List.of("search.html")));

  /**
   * A part of the site in the navigation: the key of its name in {@link Messages}, its first
   * page, and the paths it owns.
   */
  private record Section(String label, String home, List<String> prefixes) {}

  private static List<Object> nav(String path, String root, Messages messages) {
    List<Object> nav = new ArrayList<>();
    for (Section section : SECTIONS) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("label", messages.text(section.label()));
      item.put("url", root + section.home());
      item.put("current", section.prefixes().stream().anyMatch(path::startsWith));
      // "page" is the section's own first page; "true" a page inside the section.
      item.put("aria", path.equals(section.home()) ? "page" : "true");
      nav.add(item);
    }
    return nav;
  }

  static String shorten(String text) {
    String flat = TextCut.flat(text);
    if (flat.length() <= DESCRIPTION_LENGTH) {
      return flat;
    }
    return TextCut.headAtWord(flat, DESCRIPTION_LENGTH) + "…";
  }
}
