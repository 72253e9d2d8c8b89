package org.newsdigest.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsdigest.model.PageContent;

/**
 * The site's pages in the order they were planned, each path once: a later page planned at a
 * path already taken replaces the earlier one (the rule of the single-threaded renderer, which
 * put every page into a map by path). Holds paths and jobs, never page bytes.
 *
 * <p>Pages over the whole site (events.json, the search index, the site's feeds, the index of
 * every person) take far longer than one event's page; they run first, so that the render does
 * not end with one thread on one of them while the others wait.
 */
final class SitePlan {
  private final List<PageJob> jobs = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final boolean markdownTwins;
  private final TemplateEngine templates;
  private final SiteIndexes site;
  private final RenderMemo memo;

  /**
   * @param markdownTwins false to leave out every Markdown twin ({@code .md} page) planned
   * @param templates what runs the template pages
   * @param site what event, article, entity and feed pages read of the rest of the site
   * @param memo the fingerprints of the last render's event, article, entity and feed pages, or
   *     null
   */
  SitePlan(boolean markdownTwins, TemplateEngine templates, SiteIndexes site, RenderMemo memo) {
    this.markdownTwins = markdownTwins;
    this.templates = templates;
    this.site = site;
    this.memo = memo;
  }

  /**
   * Plans a page made by running {@code template} on the model {@code view} builds from what
   * {@code key} stands for and what it reads of the site; see {@link PageJob#ofView}.
   */
  void view(String path, String template, Supplier<?> key,
      Function<PageReads, Map<String, Object>> view) {
    view(path, template, template, key, view);
  }

  /** As {@link #view(String, String, Supplier, Function)}, counted under {@code kind}. */
  void view(String path, String kind, String template, Supplier<?> key,
      Function<PageReads, Map<String, Object>> view) {
    add(PageJob.ofView(path, kind, templates, template, key, view, site, memo), false);
  }

  /**
   * As {@link #view(String, String, Supplier, Function)}, for a page {@code writer} makes
   * without a template; see {@link PageJob#ofView(String, String, String, PageJob.ModelWriter,
   * Supplier, Function, SiteIndexes, RenderMemo)}.
   */
  void view(String path, String kind, String writerName, PageJob.ModelWriter writer,
      Supplier<?> key, Function<PageReads, Map<String, Object>> view) {
    add(PageJob.ofView(path, kind, writerName, writer, key, view, site, memo), false);
  }

  /** Plans a page made by running {@code template} on the model {@code model} builds. */
  void template(String path, String template, Supplier<Map<String, Object>> model) {
    template(path, template, template, model, false);
  }

  /** Plans a template page over the whole site, one of the few large ones. */
  void largeTemplate(String path, String template, Supplier<Map<String, Object>> model) {
    template(path, template, template, model, true);
  }

  /** Plans a template page counted under {@code kind} (see {@link PageJob}). */
  void template(String path, String kind, String template, Supplier<Map<String, Object>> model,
      boolean isLarge) {
    add(PageJob.ofTemplate(path, kind, templates, template, model), isLarge);
  }

  /**
   * Plans a page that {@code writer} makes from the plain data {@code model} builds, without a
   * template; see {@link PageJob#ofModel}.
   */
  void model(String path, String kind, String writerName, Supplier<Map<String, Object>> model,
      PageJob.ModelWriter writer, boolean isLarge) {
    add(PageJob.ofModel(path, kind, writerName, model, writer), isLarge);
  }

  /** Plans a text page made without a template, stored as UTF-8. */
  void text(String path, String kind, Supplier<String> content) {
    bytes(path, kind, () -> content.get().getBytes(StandardCharsets.UTF_8));
  }

  /** Plans a page of bytes of the given kind (see {@link PageJob}). */
  void bytes(String path, String kind, Supplier<byte[]> content) {
    add(PageJob.ofBytes(path, kind, content), false);
  }

  /** Plans a page over the whole site whose bytes {@code content} streams (see {@link PageJob#ofStream}). */
  void largeStream(String path, String kind, PageContent content) {
    add(PageJob.ofStream(path, kind, content), true);
  }

  private void add(PageJob job, boolean isLarge) {
    PageJob planned = isLarge ? job.asLarge() : job;
    String path = job.path();
    if (!markdownTwins && path.endsWith(".md")) {
      return;
    }
    Integer slot = slots.putIfAbsent(path, jobs.size());
    if (slot == null) {
      jobs.add(planned);
    } else {
      jobs.set(slot, planned);
    }
  }

  /** The jobs to run, in a fixed order: the large pages first, then the others as planned. */
  List<PageJob> jobs() {
    List<PageJob> ordered = new ArrayList<>(jobs.size());
    for (boolean first : new boolean[] {true, false}) {
      for (PageJob job : jobs) {
        if (job.large() == first) {
          ordered.add(job);
        }
      }
    }
    return ordered;
  }

  /** Every planned path, sorted. */
  List<String> paths() {
    return List.copyOf(new TreeSet<>(slots.keySet()));
  }
}
