package org.newsdigest.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Supplier;

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
  private final List<Boolean> large = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();
  private final boolean markdownTwins;

  /** @param markdownTwins false to leave out every Markdown twin ({@code .md} page) planned */
  SitePlan(boolean markdownTwins) {
    this.markdownTwins = markdownTwins;
  }

  /** Plans a text page: the output of template {@code kind}, stored as UTF-8. */
  void text(String path, String kind, Supplier<String> content) {
    text(path, kind, content, false);
  }

  /** Plans a text page over the whole site, one of the few large ones. */
  void largeText(String path, String kind, Supplier<String> content) {
    text(path, kind, content, true);
  }

  private void text(String path, String kind, Supplier<String> content, boolean isLarge) {
    bytes(path, kind, () -> content.get().getBytes(StandardCharsets.UTF_8), isLarge);
  }

  /** Plans a page of bytes of the given kind (see {@link PageJob}); {@code isLarge} for one over the whole site. */
  void bytes(String path, String kind, Supplier<byte[]> content, boolean isLarge) {
    if (!markdownTwins && path.endsWith(".md")) {
      return;
    }
    PageJob job = new PageJob(path, kind, content);
    Integer slot = slots.putIfAbsent(path, jobs.size());
    if (slot == null) {
      jobs.add(job);
      large.add(isLarge);
    } else {
      jobs.set(slot, job);
      large.set(slot, isLarge);
    }
  }

  /** The jobs to run, in a fixed order: the large pages first, then the others as planned. */
  List<PageJob> jobs() {
    List<PageJob> ordered = new ArrayList<>(jobs.size());
    for (boolean first : new boolean[] {true, false}) {
      for (int i = 0; i < jobs.size(); i++) {
        if (large.get(i) == first) {
          ordered.add(jobs.get(i));
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
