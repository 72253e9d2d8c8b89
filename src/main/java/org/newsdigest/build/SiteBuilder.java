package org.newsdigest.build;

import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.merge.MergeMemory;
import org.newsdigest.merge.MergeSteps;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageContent;
import org.newsdigest.model.PageSink;
import org.newsdigest.model.Sha256;
import org.newsdigest.model.Event;
import org.newsdigest.publish.Publisher;
import org.newsdigest.publish.SiteWriter;
import org.newsdigest.render.Background;
import org.newsdigest.render.RenderCosts;
import org.newsdigest.render.RenderMemo;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.story.StoryLinker;

/**
 * The whole pipeline, seeds folder to site folder: read (ingest + extract), merge, link
 * storylines, render, publish. Holds the stage services, each built once; nothing here is global.
 * With a {@link ReadCache}, read is incremental (only changed files are read again); merge,
 * storylines and render always run over every article, so the site never depends on history.
 */
public final class SiteBuilder {
  private final ArticleReader reader;
  private final EventMerger merger;
  private final SiteRenderer renderer;
  private final Publisher publisher;
  private final ReadCache cache;
  private final StoryLinker stories = new StoryLinker();
  private final boolean measuringOutputs;

  /** A builder without a cache: every build reads every file and writes a fresh site. */
  public SiteBuilder(
      ArticleReader reader, EventMerger merger, SiteRenderer renderer, Publisher publisher) {
    this(reader, merger, renderer, publisher, ReadCache.none());
  }

  /**
   * A builder that takes unchanged files' reads from {@code cache} and, when the cache has a
   * folder, updates the site in place from the manifest kept there. The result is the same site
   * as without the cache, byte for byte.
   */
  public SiteBuilder(ArticleReader reader, EventMerger merger, SiteRenderer renderer,
      Publisher publisher, ReadCache cache) {
    this(reader, merger, renderer, publisher, cache, false);
  }

  private SiteBuilder(ArticleReader reader, EventMerger merger, SiteRenderer renderer,
      Publisher publisher, ReadCache cache, boolean measuringOutputs) {
    this.measuringOutputs = measuringOutputs;
    this.reader = reader;
    this.merger = merger;
    this.renderer = renderer;
    this.publisher = publisher;
    this.cache = cache;
  }

  /**
   * This builder, also measuring what each kind of output costs ({@link BuildReport#outputs()}),
   * for build --timings. The site is the same; only the render reads a clock per page.
   */
  public SiteBuilder measuringOutputs() {
    return new SiteBuilder(reader, merger, renderer, publisher, cache, true);
  }

  /**
   * Builds the site for every article under {@code seeds} into {@code out}. Files that cannot
   * be read are reported in the result, never fatal; a failure to render or write the site is,
   * and then the previous contents of {@code out} are left as they were.
   */
  public BuildReport build(Path seeds, Path out) throws IOException {
    return build(seeds, out, BuildLock.Waiting.QUIETLY);
  }

  /**
   * As {@link #build(Path, Path)}, holding the {@link BuildLock} of {@code out} and of the cache
   * throughout; {@code waiting} hears when another build holds one and may give up instead.
   *
   * @throws BuildLock.BusyException when {@code waiting} gives up; nothing was read or written
   */
  public BuildReport build(Path seeds, Path out, BuildLock.Waiting waiting) throws IOException {
    return build(seeds, out, waiting, BuildProgress.NONE);
  }

  /** As {@link #build(Path, Path, BuildLock.Waiting)}, telling {@code progress} how far it has come. */
  public BuildReport build(Path seeds, Path out, BuildLock.Waiting waiting, BuildProgress progress)
      throws IOException {
    Optional<String> unusable = cache.unusable();
    ReadCache usable = unusable.isPresent() ? ReadCache.none() : cache;
    List<String> notices = unusable.map(why -> List.of(why + "; building without it, from scratch"))
        .orElse(List.of());
    try (BuildLock lock = BuildLock.acquire(out, usable.folder(), waiting)) {
      return buildLocked(seeds, out, usable, notices, progress);
    }
  }

  private BuildReport buildLocked(Path seeds, Path out, ReadCache cache, List<String> notices,
      BuildProgress progress) throws IOException {
    Stopwatch clock = new Stopwatch();
    ReadSession session = cache.isNone() ? null : cache.session();
    ArticleReader reading = (session == null ? reader : reader.cachedBy(session)).reportingTo(progress);
    ReadResult read = reading.readTree(seeds);
    clock.lap("read");
    Path manifest = cache.manifestFor(out);
    try (SiteOpening opening = SiteOpening.start(() -> manifest == null ? publisher.open(out)
        : publisher.openIncremental(out, manifest, madeBy(renderer)))) {
      progress.stage("merging " + read.articles().size() + " articles", 0, -1);
      // What the last build kept in the cache for this build to take: only into a merger or render
      // memo that has nothing of its own yet (a watch session's has, after its first build).
      // The command line's renderer has no memo: it gets one for this build only when a memo file
      // applies, since recording every page's reads costs memory a site too large to keep lacks.
      int articles = read.articles().size();
      MergeMemoryFile mergeFile =
          merger.remembersAMerge() ? null : cache.mergeMemoryFor(out, articles);
      RenderMemo ownMemo = renderer.memo();
      CacheFile pageFile =
          ownMemo != null && !ownMemo.isEmpty() ? null : cache.renderMemoFor(out, articles);
      SiteRenderer rendering = ownMemo == null && pageFile != null
          ? renderer.remembering(new RenderMemo()) : renderer;
      RenderMemo pageMemo = rendering.memo();
      Map<Article, byte[]> digests = mergeFile == null && pageFile == null ? null
          : BuildDigests.ofArticles(read.articles());
      Merged merged = merge(read.articles(), mergeFile, digests);
      List<Event> events = merged.events();
      clock.lap("merge");
      int pages;
      int changed;
      List<String> kept;
      CountingSink counting;
      RenderCosts costs = measuringOutputs ? RenderCosts.measured() : RenderCosts.off();
      // The events' digests are made and the render memo is read while the entities and
      // storylines are worked out; a null resource is not closed.
      try (Background<?> mergeKept = merged.keeping();
          Background<BuildDigests> pagesRecalled = pageFile == null ? null
              : Background.start("newsdigest-render-memo-recall", () -> {
                BuildDigests named = new BuildDigests(digests, events);
                recall(pageMemo, pageFile, named);
                return named;
              })) {
        progress.stage("linking " + events.size() + " events", 0, -1);
        EntityTable entities = EntityTableBuilder.build(events);
        clock.lap("entities");
        Digest digest = new Digest(events, stories.link(events, entities), entities);
        clock.lap("stories");
        progress.stage("writing pages", 0, -1);
        try (SiteWriter site = opening.take()) {
          counting = new CountingSink(site, progress);
          BuildDigests named = pagesRecalled == null ? null : pagesRecalled.get();
          rendering.render(digest, counting, costs);
          clock.lap("render");
          // Written while the site is committed; a null resource is not closed.
          try (Background<?> pagesKept = named == null ? null
              : Background.start("newsdigest-render-memo", () -> {
                keep(pageMemo, pageFile, named);
                return null;
              })) {
            site.commit();
            pages = site.pages();
            changed = site.changed();
            kept = site.kept();
            if (session != null) {
              session.finish(); // part of the publish lap: it tidies the cache only after a new entry
            }
            if (manifest != null) {
              cache.forgetGoneSites();
            }
          }
          clock.lap("publish");
        }
      }
      List<String> allNotices = new ArrayList<>(notices);
      allNotices.addAll(read.notices());
      return new BuildReport(
          read.filesFound(),
          read.articles().size(),
          read.skipped(),
          read.warnings(),
          events.size(),
          pages,
          changed,
          counting.kept(),
          clock.laps(),
          session == null ? 0 : session.fromCache(),
          kept,
          allNotices,
          costs.byCost(),
          merged.steps());
    }
  }

  /**
   * A merge's events, what it spent its time on, and the writing of its memory for the next
   * build going on meanwhile (null when there is none; closing it waits for it).
   */
  private record Merged(List<Event> events, MergeSteps steps, Background<?> keeping) {}

  /**
   * The events of {@code articles}. A merger without a memory of its own (the command line's,
   * or a watch session's before its first build) first recalls the last merge of this site kept
   * in {@code memoryFile}, and keeps this merge there for the next build, on a thread of its own
   * while the stages after the merge run (see {@link Merged#keeping}): the command line's
   * through a remembering merger made for this one merge and dropped after it, so that nothing
   * it remembers outlives the merge stage. A watch session's merger, once it has merged,
   * remembers its own last merge. The events are the same either way.
   *
   * @param memoryFile where the site's last merge is kept, or null to merge with the merger's own memory
   * @param digests each article's {@link BuildDigests#ofArticles} when there is a memory file
   */
  private Merged merge(List<Article> articles, MergeMemoryFile memoryFile,
      Map<Article, byte[]> digests) {
    if (memoryFile == null) {
      List<Event> events = merger.merge(articles);
      return new Merged(events, merger.lastSteps(), null);
    }
    EventMerger merging = merger.remembers() ? merger : merger.remembering();
    MergeMemory memory = memoryFile.load(articles, digests);
    if (memory != null) {
      merging.recall(memory);
    }
    List<Event> events = merging.merge(articles);
    MergeMemory kept = merging.memory();
    return new Merged(events, merging.lastSteps(),
        Background.start("newsdigest-merge-memory", () -> {
          memoryFile.save(kept, digests);
          return null;
        }));
  }

  /** Keeps {@code memo}'s pages in {@code file} for the next build; never throws. */
  private static void keep(RenderMemo memo, CacheFile file, BuildDigests named) {
    try {
      file.write(memo.portable(named));
    } catch (RuntimeException | OutOfMemoryError e) {
      // The next build models every page again, as without the file.
    }
  }

  /**
   * Gives {@code memo} the pages the last build kept in {@code file}; one that is damaged, or
   * missing, gives none, and every page is modelled.
   */
  private static void recall(RenderMemo memo, CacheFile file, BuildDigests named) {
    CacheFile.Payload kept = file.read();
    if (kept == null) {
      return;
    }
    try {
      memo.recall(kept.copy(), named);
    } catch (IllegalArgumentException e) {
      // damaged: every page is modelled, and the memo written afresh
    }
  }

  /**
   * What makes the pages, for the site's manifest: the code that turns a page's inputs into its
   * bytes (newsdigest and FreeMarker) and the renderer's templates and settings, or "" when either
   * cannot be told (then no page is kept between builds). Pages whose inputs did not change are
   * kept only when this did not change either.
   */
  private static String madeBy(SiteRenderer renderer) {
    byte[] code = RenderCode.FINGERPRINT;
    byte[] settings = renderer.settingsFingerprint();
    if (code == null || settings == null) {
      return "";
    }
    MessageDigest sha = Sha256.digest();
    sha.update(code);
    sha.update(settings);
    return Hashing.hex(sha.digest());
  }

  /** The fingerprint of the rendering code, taken once: it does not change while a process runs. */
  private static final class RenderCode {
    static final byte[] FINGERPRINT = CodeFingerprint.of(SiteBuilder.class, Configuration.class);
  }

  /**
   * Passes pages on, telling the progress line how many of how many were written or kept, and
   * counting the pages the site kept as they were.
   */
  private static final class CountingSink implements PageSink {
    private final PageSink site;
    private final BuildProgress progress;
    private final AtomicInteger written = new AtomicInteger();
    private final AtomicInteger kept = new AtomicInteger();
    private volatile int expected = -1;

    CountingSink(PageSink site, BuildProgress progress) {
      this.site = site;
      this.progress = progress;
    }

    @Override
    public void expect(int pages) {
      expected = pages;
      progress.stage("writing pages", 0, pages);
    }

    @Override
    public void accept(Page page) {
      site.accept(page);
      progress.stage("writing pages", written.incrementAndGet(), expected);
    }

    @Override
    public void accept(String path, PageContent content, byte[] inputs) {
      site.accept(path, content, inputs);
      progress.stage("writing pages", written.incrementAndGet(), expected);
    }

    @Override
    public boolean remembersInputs() {
      return site.remembersInputs();
    }

    @Override
    public boolean keep(String path, byte[] inputs) {
      if (!site.keep(path, inputs)) {
        return false;
      }
      kept.incrementAndGet();
      progress.stage("writing pages", written.incrementAndGet(), expected);
      return true;
    }

    int kept() {
      return kept.get();
    }
  }

  /** Wall time per stage; a lap ends one stage and starts the next. */
  private static final class Stopwatch {
    private final List<StageTime> laps = new ArrayList<>();
    private long start = System.nanoTime();

    void lap(String stage) {
      long now = System.nanoTime();
      laps.add(new StageTime(stage, now - start));
      start = now;
    }

    List<StageTime> laps() {
      return List.copyOf(laps);
    }
  }
}
