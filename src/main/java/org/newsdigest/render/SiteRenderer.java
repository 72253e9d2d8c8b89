package org.newsdigest.render;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageSink;
import org.newsdigest.model.Storyline;

/**
 * Entry point of the render stage: every file of the site, in memory. Immutable, thread-safe.
 *
 * <p>Pages: {@code index.html} (and {@code page/<n>.html}), {@code events/<id>.html|.md},
 * {@code articles/<id>.html|.md}, the browsing pages of {@link BrowsePages} (people, places,
 * organisations, outlets, archive, tags), {@code feed.xml} and {@code feed.json} with the same
 * two feeds beside every entity and story page ({@link SiteFeeds}), {@code sitemap.xml} (with a
 * base URL only, see {@link SiteFiles}), {@code robots.txt}, {@code 404.html}, {@code search.html} with
 * {@code search-index.json}, {@code assets/} (style.css, search.js, favicon.svg) and
 * {@code data/events.json}, all linked relatively. Templates come
 * from the user's folder first, then the defaults in the jar.
 *
 * @throws RenderException from {@link #render} when a template is missing, broken or fails
 */
public final class SiteRenderer {
  private final TemplateEngine templates;
  private final String baseUrl;
  private final String siteTitle;
  private final ArticleMarkdown markdown = new ArticleMarkdown();
  private final MarkdownOutputFormat markdownFormat;
  private final EventsJson eventsJson = new EventsJson();
  private final JsonText json = new JsonText();

  private SiteRenderer(Builder builder) {
    this.markdownFormat = new MarkdownOutputFormat();
    this.templates = new TemplateEngine(builder.userTemplates, markdownFormat);
    this.baseUrl = builder.baseUrl;
    this.siteTitle = builder.siteTitle;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders the digest into {@code sink}, page by page; the same digest always gives the same
   * pages with the same bytes, whatever order they arrive in.
   */
  public void render(Digest digest, PageSink sink) {
    Objects.requireNonNull(sink, "The parameter 'sink' must not be null.");
    render(digest).forEach(sink::accept);
  }

  /** Renders the digest; the same digest always gives the same bytes, sorted by path. */
  public List<Page> render(Digest digest) {
    Objects.requireNonNull(digest, "The parameter 'digest' must not be null.");
    List<Event> events = distinct(digest.events());
    PagePlan plan = new PagePlan(new Digest(events, digest.storylines()));
    EntityIndex entities = new EntityIndex(events);
    TagIndex tags = new TagIndex(events);
    ViewModel views =
        new ViewModel(plan, siteTitle, baseUrl, markdown, markdownFormat, json, entities, tags);
    SiteFiles files = new SiteFiles(plan, baseUrl);
    Map<String, byte[]> pages = new TreeMap<>();

    for (Pagination.Part<Event> part : Pagination.of(events, "index")) {
      pages.put(part.path(".html"), text(templates.render("index.ftlh", views.index(part))));
    }
    Map<String, String> browse =
        new BrowsePages(plan, views.frame(), entities, tags, events).render(templates);
    browse.forEach((path, content) -> pages.put(path, text(content)));
    for (Event event : events) {
      pages.put(plan.eventPage(event, ".html"), text(templates.render("event.ftlh", views.event(event, ".html"))));
      pages.put(plan.eventPage(event, ".md"), text(templates.render("event.md.ftl", views.event(event, ".md"))));
    }
    for (Article article : plan.articles()) {
      pages.put(plan.articlePage(article.source(), ".html"),
          text(templates.render("article.ftlh", views.article(article, ".html"))));
      pages.put(plan.articlePage(article.source(), ".md"),
          text(templates.render("article.md.ftl", views.article(article, ".md"))));
    }
    for (String extension : List.of(".html", ".md")) {
      String template = extension.equals(".html") ? "timeline.ftlh" : "timeline.md.ftl";
      pages.put(StoryPlan.timelinePage(extension),
          text(templates.render(template, views.timeline().all(extension))));
      for (Storyline story : plan.stories().storylines()) {
        pages.put(StoryPlan.storyPage(story, extension),
            text(templates.render(template, views.timeline().one(story, extension))));
      }
    }
    pages.put("404.html", text(templates.render("404.ftlh",
        views.page("404.html", "Page not found", "This page does not exist.", "en"))));
    // Atom and JSON Feed for the site, each entity with a page and each storyline.
    FeedEntries feedEntries = new FeedEntries(plan, baseUrl);
    AtomFeed atom = new AtomFeed(feedEntries, siteTitle);
    JsonFeed jsonFeed = new JsonFeed(feedEntries, json);
    for (Feed feed : SiteFeeds.all(siteTitle, events, entities, plan.stories())) {
      pages.put(feed.atomPath(), text(templates.render("feed.ftlx", atom.model(feed))));
      pages.put(feed.jsonPath(), jsonFeed.write(feed));
    }
    pages.put("robots.txt", text(templates.render("robots.txt.ftl", files.robots())));
    pages.put("assets/style.css", text(templates.staticFile("assets/style.css")));
    pages.put("data/events.json", eventsJson.write(events, plan));
    // Search and the favicon (issue 5: search, feeds and metadata).
    pages.put("search.html", text(templates.render("search.ftlh", views.search())));
    pages.put("search-index.json", new SearchIndex(plan, json).write(events));
    pages.put("assets/search.js", text(templates.staticFile("assets/search.js")));
    pages.put("assets/favicon.svg", text(templates.staticFile("assets/favicon.svg")));
    // Last, so it sees every page; only with a base URL (see SiteFiles).
    if (files.hasSitemap()) {
      List<String> listed = List.copyOf(pages.keySet());
      pages.put(SiteFiles.SITEMAP,
          text(templates.render("sitemap.ftlx", files.sitemap(events, listed))));
    }

    List<Page> out = new ArrayList<>();
    pages.forEach((path, content) -> out.add(new Page(path, content)));
    out.sort(Comparator.comparing(Page::path));
    return List.copyOf(out);
  }

  /** The same event object listed twice would get two pages for one thing; keep the first. */
  private static List<Event> distinct(List<Event> events) {
    Set<Event> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return events.stream().filter(seen::add).toList();
  }

  private static byte[] text(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  /** Collects the renderer's settings; {@link #build()} checks them. */
  public static final class Builder {
    private Path userTemplates;
    private String baseUrl;
    private String siteTitle = "News digest";

    private Builder() {}

    /** A folder whose templates override the defaults of the same name, or null for none. */
    public Builder userTemplates(Path dirOrNull) {
      this.userTemplates = dirOrNull;
      return this;
    }

    /** The site's public http(s) address, for absolute feed and sitemap links, or null. */
    public Builder baseUrl(String urlOrNull) {
      if (urlOrNull == null || urlOrNull.isBlank()) {
        this.baseUrl = null;
        return this;
      }
      String url = Links.httpUrl(urlOrNull);
      if (url == null) {
        throw new IllegalArgumentException(
            "The base URL '" + urlOrNull + "' must be an absolute http or https address.");
      }
      this.baseUrl = url.endsWith("/") ? url : url + "/";
      return this;
    }

    public Builder siteTitle(String title) {
      if (title == null || title.isBlank()) {
        throw new IllegalArgumentException("The site title '" + title + "' must not be blank.");
      }
      this.siteTitle = title.strip();
      return this;
    }

    /**
     * @throws IllegalArgumentException when the templates folder is not a readable folder
     */
    public SiteRenderer build() {
      return new SiteRenderer(this);
    }
  }
}
