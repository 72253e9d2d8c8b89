package org.newsdigest.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageSink;
import org.newsdigest.model.Storyline;

/**
 * Entry point of the render stage: every file of the site, rendered on every processor and
 * streamed to a {@link PageSink} page by page. Immutable, thread-safe.
 *
 * <p>Pages: {@code index.html} (and {@code page/<n>.html}), {@code events/<id>.html|.md},
 * {@code articles/<id>.html|.md}, the browsing pages of {@link BrowsePages} (people, places,
 * organisations, outlets, archive, tags), {@code feed.xml} and {@code feed.json} with the same
 * two feeds beside every entity and story page ({@link SiteFeeds}), {@code sitemap.xml} (with a
 * base URL only, see {@link SiteFiles}), {@code robots.txt}, {@code 404.html}, {@code search.html} with
 * its index in {@code assets/search/} ({@link SearchIndex}), {@code assets/} (style.css, search.js, favicon.svg) and
 * {@code data/events.json}, all linked relatively. Templates come
 * from the user's folder first, then the defaults in the jar.
 *
 * @throws RenderException from {@link #render} when a template is missing, broken or fails
 */
public final class SiteRenderer {
  /** The kind, for {@link RenderCosts}, of the files copied from the templates' assets. */
  private static final String STATIC = "static assets";
  private final TemplateEngine templates;
  private final String baseUrl;
  private final String siteTitle;
  private final boolean markdownTwins;
  private final ArticleMarkdown markdown = new ArticleMarkdown();
  private final MarkdownOutputFormat markdownFormat;
  private final EventsJson eventsJson = new EventsJson();
  private final JsonText json = new JsonText();
  private final Messages messages;
  private final byte[] settingsFingerprint;
  private final RenderMemo memo; // null: every page is modelled

  private SiteRenderer(Builder builder) {
    this.memo = builder.memo;
    this.markdownFormat = new MarkdownOutputFormat();
    this.messages = Messages.load(builder.language, builder.userTemplates);
    this.templates = new TemplateEngine(builder.userTemplates, markdownFormat, messages);
    this.baseUrl = builder.baseUrl;
    this.siteTitle = builder.siteTitle != null ? builder.siteTitle : messages.text("defaultSiteTitle");
    this.markdownTwins = builder.markdownTwins;
    this.settingsFingerprint = RenderSettings.fingerprint(builder.userTemplates,
        builder.language, baseUrl, siteTitle, markdownTwins);
  }

  private SiteRenderer(SiteRenderer settings, RenderMemo memo) {
    this.memo = memo;
    this.markdownFormat = settings.markdownFormat;
    this.messages = settings.messages;
    this.templates = settings.templates;
    this.baseUrl = settings.baseUrl;
    this.siteTitle = settings.siteTitle;
    this.markdownTwins = settings.markdownTwins;
    this.settingsFingerprint = settings.settingsFingerprint;
  }

  /**
   * This renderer, rendering with {@code memo} (see {@link Builder#remembering}): for a build that
   * decides only once it has read its articles whether to keep page fingerprints. It shares this
   * renderer's templates and settings, read once.
   */
  public SiteRenderer remembering(RenderMemo memo) {
    return new SiteRenderer(this, Objects.requireNonNull(memo, "memo"));
  }

  /**
   * A SHA-256 of everything but the code that decides what a page made from given inputs looks
   * like: the user's templates folder (every file in it: templates, labels, assets), the
   * language, base URL, site title and whether Markdown twins are made. Read when the renderer
   * was built; null when the templates folder could not be read whole. A builder that keeps
   * pages between builds keys them on this and on the code.
   */
  public byte[] settingsFingerprint() {
    return settingsFingerprint == null ? null : settingsFingerprint.clone();
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Renders the digest into {@code sink}, page by page, on every processor: each page goes to
   * the sink as soon as it is made, so the site never sits in memory whole. The same digest always
   * gives the same pages with the same bytes, whatever order they arrive in. The sitemap comes
   * last. A failure stops the render and is thrown here, after the last page reached the sink.
   *
   * @throws RenderException when a template is missing, broken or fails
   */
  public void render(Digest digest, PageSink sink) {
    render(digest, sink, RenderCosts.off());
  }

  /**
   * As {@link #render(Digest, PageSink)}, adding to {@code costs} the files, bytes and CPU time
   * of each kind of output (for build --timings); the pages are the same.
   */
  public void render(Digest digest, PageSink sink, RenderCosts costs) {
    Objects.requireNonNull(digest, "The parameter 'digest' must not be null.");
    Objects.requireNonNull(sink, "The parameter 'sink' must not be null.");
    Objects.requireNonNull(costs, "The parameter 'costs' must not be null.");
    render(digest, sink, PageWorkers.forThisMachine(), costs);
  }

  /** Renders the digest; the same digest always gives the same bytes, sorted by path. */
  public List<Page> render(Digest digest) {
    Objects.requireNonNull(digest, "The parameter 'digest' must not be null.");
    Queue<Page> pages = new ConcurrentLinkedQueue<>();
    render(digest, pages::add, PageWorkers.forThisMachine(), RenderCosts.off());
    List<Page> out = new ArrayList<>(pages);
    out.sort(Comparator.comparing(Page::path));
    return List.copyOf(out);
  }

  /** The render on a chosen number of threads, for the tests that compare thread counts. */
  void render(Digest digest, PageSink sink, PageWorkers workers) {
    render(digest, sink, workers, RenderCosts.off());
  }

  private void render(Digest digest, PageSink sink, PageWorkers workers, RenderCosts costs) {
    List<Event> events = distinct(digest.events());
    // A digest put together by hand (tests, tools) comes without the entity stage's table.
    EntityTable table = digest.entities().covers(events) ? digest.entities() : EntityTableBuilder.build(events);
    PagePlan plan = new PagePlan(new Digest(events, digest.storylines(), table), messages);
    SiteFiles files = new SiteFiles(plan, baseUrl);
    SitePlan site = plan(events, table, plan, files);
    sink.expect(site.jobs().size() + (files.hasSitemap() ? 1 : 0));
    if (memo == null) {
      workers.run(site.jobs(), sink, costs);
    } else {
      memo.begin(settingsFingerprint);
      try {
        workers.run(site.jobs(), sink, costs);
      } finally {
        memo.end();
      }
    }
    // Last, so it sees every page; only with a base URL (see SiteFiles). A job of its own, run
    // on this thread, so that its cost is counted as every other page's.
    if (files.hasSitemap()) {
      List<String> listed = site.paths();
      PageJob sitemap = PageJob.ofTemplate(SiteFiles.SITEMAP, "sitemap.ftlx", templates,
          "sitemap.ftlx", () -> files.sitemap(events, listed)).asLarge();
      new PageWorkers(1).run(List.of(sitemap), sink, costs);
    }
  }

  /** The memo this renderer takes page fingerprints from and keeps them in, or null. */
  public RenderMemo memo() {
    return memo;
  }

  /**
   * Every page but the sitemap, as jobs in a fixed order. The indexes the jobs share are built
   * here, once, and only read while the jobs run.
   */
  private SitePlan plan(List<Event> events, EntityTable table, PagePlan plan, SiteFiles files) {
    // About half of the planning, and it reads only the plan and the events: meanwhile.
    Background<SearchIndex> searchIndex =
        Background.start("newsdigest-search-index", () -> new SearchIndex(plan, events));
    EntityIndex entities = new EntityIndex(events, table);
    TagIndex tags = new TagIndex(events);
    ViewModel views = new ViewModel(plan, siteTitle, baseUrl, markdown, markdownFormat, json);
    FeedEntries feedEntries = new FeedEntries(plan, baseUrl, events);
    SiteIndexes indexes = new SiteIndexes(plan, entities, tags, views.timeline(), feedEntries);
    SitePlan site = new SitePlan(markdownTwins, templates, indexes, memo);

    for (Pagination.Part<Event> part : Pagination.of(events, "index")) {
      site.template(part.path(".html"), "index.ftlh", () -> views.index(part));
    }
    new BrowsePages(plan, views.frame(), entities, tags, events).plan(site);
    for (Event event : events) {
      Supplier<SameObject> key = () -> new SameObject(event);
      site.view(plan.eventPage(event, ".html"), "event.ftlh", key,
          reads -> views.event(event, ".html", reads));
      site.view(plan.eventPage(event, ".md"), "event.md.ftl", key,
          reads -> views.event(event, ".md", reads));
    }
    for (Article article : plan.articles()) {
      Supplier<SameObject> key = () -> new SameObject(article);
      site.view(plan.articlePage(article.source(), ".html"), "article.ftlh", key,
          reads -> views.article(article, ".html", reads));
      site.view(plan.articlePage(article.source(), ".md"), "article.md.ftl", key,
          reads -> views.article(article, ".md", reads));
    }
    for (String extension : List.of(".html", ".md")) {
      String template = extension.equals(".html") ? "timeline.ftlh" : "timeline.md.ftl";
      site.largeTemplate(StoryPlan.timelinePage(extension), template,
          () -> views.timeline().all(extension));
      for (Storyline story : plan.stories().storylines()) {
        site.template(StoryPlan.storyPage(story, extension), template,
            () -> views.timeline().one(story, extension));
      }
    }
    site.template("404.html", "404.ftlh", views::notFound);
    // Atom and JSON Feed for the site, each entity with a page and each storyline; RSS 2.0 for the site.
    AtomFeed atom = new AtomFeed(baseUrl, siteTitle, messages.language());
    JsonFeed jsonFeed = new JsonFeed(baseUrl, json, messages.language());
    List<Feed> feeds = SiteFeeds.all(siteTitle, events, entities, plan.stories(), messages);
    Feed siteFeed = feeds.get(0); // the site's own: every event, streamed, never remembered
    String ofSite = ", site";
    site.template(siteFeed.atomPath(), "feed.ftlx" + ofSite, "feed.ftlx",
        () -> atom.model(siteFeed, PageReads.of(indexes)), true);
    site.model(siteFeed.jsonPath(), "JSON Feed" + ofSite, "JSON Feed",
        () -> jsonFeed.model(siteFeed, PageReads.of(indexes)), jsonFeed, true);
    // Apart, since a site's own feeds are few and the others could become optional.
    String ofOthers = ", entities and stories";
    for (Feed feed : feeds.subList(1, feeds.size())) {
      site.view(feed.atomPath(), "feed.ftlx" + ofOthers, "feed.ftlx", feed::key,
          reads -> atom.model(feed, reads));
      site.view(feed.jsonPath(), "JSON Feed" + ofOthers, "JSON Feed", jsonFeed, feed::key,
          reads -> jsonFeed.model(feed, reads));
    }
    RssFeed rss = new RssFeed(feedEntries, messages);
    site.template(RssFeed.PATH, "rss.ftlx", "rss.ftlx", () -> rss.model(feeds.get(0)), true);
    site.template("robots.txt", "robots.txt.ftl", files::robots);
    site.text("assets/style.css", STATIC, () -> templates.staticFile("assets/style.css"));
    site.largeStream("data/events.json", "events.json", out -> eventsJson.write(events, plan, out));
    // Search and the favicon (issue 5: search, feeds and metadata).
    SearchIndex search = searchIndex.get();
    site.template("search.html", "search.ftlh", () -> views.search(search));
    search.plan(site, json);
    site.text("assets/search.js", STATIC, () -> templates.staticFile("assets/search.js"));
    site.text("assets/favicon.svg", STATIC, () -> templates.staticFile("assets/favicon.svg"));
    return site;
  }

  /** The same event object listed twice would get two pages for one thing; keep the first. */
  private static List<Event> distinct(List<Event> events) {
    Set<Event> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return events.stream().filter(seen::add).toList();
  }

  /** Collects the renderer's settings; {@link #build()} checks them. */
  public static final class Builder {
    private Path userTemplates;
    private String baseUrl;
    private String siteTitle; // null: the language's default, "News digest" in English
    private String language = "en";
    private boolean markdownTwins = true;
    private RenderMemo memo;

    private Builder() {}

    /**
     * Renders with {@code memo}: an event, article or entity page or an entity's or storyline's
     * feed whose inputs and reads of the rest of the site did not change since the last render
     * with it is not modelled again to learn that its fingerprint did not change (see {@link
     * RenderMemo}). For a process that renders the same site many times; the pages are the same.
     */
    public Builder remembering(RenderMemo memo) {
      this.memo = Objects.requireNonNull(memo, "memo");
      return this;
    }

    /**
     * The site's language ("de"): its labels, dates and lang attributes. English unless set; a
     * language without built-in labels needs a messages file of its own in the templates folder.
     */
    public Builder language(String languageOrNull) {
      this.language = languageOrNull == null || languageOrNull.isBlank() ? "en" : languageOrNull;
      return this;
    }

    /**
     * Whether every page also gets its Markdown twin ({@code page.md}); true unless turned off.
     * No HTML page links to a twin, so a site without them is whole.
     */
    public Builder markdownTwins(boolean write) {
      this.markdownTwins = write;
      return this;
    }

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

    /** The site's title; null for the language's default ("News digest", "Revue de presse"). */
    public Builder siteTitle(String title) {
      if (title != null && title.isBlank()) {
        throw new IllegalArgumentException("The site title '" + title + "' must not be blank.");
      }
      this.siteTitle = title == null ? null : title.strip();
      return this;
    }

    /**
     * @throws IllegalArgumentException when the templates folder is not a readable folder, or
     *     the language has no labels (see {@link Messages#load})
     */
    public SiteRenderer build() {
      return new SiteRenderer(this);
    }
  }
}
