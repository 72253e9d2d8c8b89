package org.newsdigest.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.publish.Publisher;
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
    ReadResult read = reader.readTree(seeds);
    List<Event> events = merger.merge(read.articles());
    List<Page> pages = renderer.render(new Digest(events, stories.link(events)));
    publisher.publish(pages, out);
    return new BuildReport(
        read.filesFound(),
        read.articles().size(),
        read.skipped(),
        read.warnings(),
        events.size(),
        pages.size());
  }
}
