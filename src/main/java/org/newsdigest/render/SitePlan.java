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
 */
final class SitePlan {
  private final List<PageJob> jobs = new ArrayList<>();
  private final Map<String, Integer> slots = new HashMap<>();

  /** Plans a text page: the template output, stored as UTF-8. */
  void text(String path, Supplier<String> content) {
    bytes(path, () -> content.get().getBytes(StandardCharsets.UTF_8));
  }

  void bytes(String path, Supplier<byte[]> content) {
    PageJob job = new PageJob(path, content);
    Integer slot = slots.putIfAbsent(path, jobs.size());
    if (slot == null) {
      jobs.add(job);
    } else {
      jobs.set(slot, job);
    }
  }

  List<PageJob> jobs() {
    return jobs;
  }

  /** Every planned path, sorted. */
  List<String> paths() {
    return List.copyOf(new TreeSet<>(slots.keySet()));
  }
}
