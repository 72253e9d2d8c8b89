package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.publish.Publisher;
import org.newsdigest.publish.SiteWriter;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.story.StoryLinker;

/**
 * The whole pipeline, seeds folder to site folder: read (ingest + extract), merge, link
 * storylines, render, publish. Holds the stage services, each built once; nothing here is global.
 */
public final class SiteBuilder {
  private final ArticleReader reader;
  private final EventMerger merger;
  private final SiteRenderer renderer;
  private final Publisher publisher;
  private final StoryLinker stories = new StoryLinker();

  public SiteBuilder(
      ArticleReader reader, EventMerger merger, SiteRenderer renderer, Publisher publisher) {
    this.reader = reader;
    this.merger = merger;
    this.renderer = renderer;
    this.publisher = publisher;
  }

  /**
   * Builds the site for every article under {@code seeds} into {@code out}. Files that cannot
   * be read are reported in the result, never fatal; a failure to render or write the site is,
   * and then the previous contents of {@code out} are left as they were.
   */
  public BuildReport build(Path seeds, Path out) throws IOException {
    Stopwatch clock = new Stopwatch();
    ReadResult read = reader.readTree(seeds);
    clock.lap("read");
    List<Event> events = merger.merge(read.articles());
    clock.lap("merge");
    Digest digest = new Digest(events, stories.link(events));
    clock.lap("stories");
    int pages;
    try (SiteWriter site = publisher.open(out)) {
      renderer.render(digest, site);
      clock.lap("render");
      site.commit();
      pages = site.pages();
      clock.lap("publish");
    }
    return new BuildReport(
        read.filesFound(),
        read.articles().size(),
        read.skipped(),
        read.warnings(),
        events.size(),
        pages,
        clock.laps());
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
