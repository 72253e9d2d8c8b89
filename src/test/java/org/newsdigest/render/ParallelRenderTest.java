package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageSink;

/**
 * Rendering on several threads (issue 6): the same digest gives the same pages with the same
 * bytes as a render on one thread, whatever the interleaving; each page reaches the sink once
 * and the sitemap last; a failure stops the render and surfaces on the caller's thread.
 */
class ParallelRenderTest {

  /**
   * The fixture's events many times over, each copy with its own title and article files, so
   * there are a few hundred pages, entity pages long enough to paginate, and many equal slugs.
   */
  private static Digest bigDigest() {
    List<Event> events = new ArrayList<>();
    List<Event> fixture = DigestFixture.digest().events();
    for (int copy = 0; copy < 60; copy++) {
      for (Event event : fixture) {
        List<Article> articles = new ArrayList<>();
        for (Article article : event.articles()) {
          articles.add(with(article, "source", "copy" + copy + "/" + article.source()));
        }
        // Every third copy keeps its title: slugs that must be numbered.
        String title = copy % 3 == 0 ? event.title() : event.title() + " " + copy;
        Event renamed = with(event, "title", title);
        events.add(with(renamed, "articles", articles));
      }
    }
    return new Digest(events);
  }

  /** A copy of {@code record} with one component changed. */
  @SuppressWarnings("unchecked")
  private static <T extends Record> T with(T record, String component, Object value) {
    try {
      RecordComponent[] components = record.getClass().getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = components[i].getName().equals(component)
            ? value : components[i].getAccessor().invoke(record);
      }
      return (T) record.getClass().getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, byte[]> collect(SiteRenderer renderer, Digest digest, int threads) {
    Map<String, byte[]> pages = new ConcurrentHashMap<>();
    renderer.render(digest, page -> {
      if (pages.putIfAbsent(page.path(), page.content()) != null) {
        throw new IllegalArgumentException("Page given twice: " + page.path());
      }
    }, new PageWorkers(threads));
    return new TreeMap<>(pages);
  }

  private static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }

  @Test
  void manyThreadsGiveTheBytesOfOneThread() {
    SiteRenderer renderer = SiteRenderer.builder().baseUrl("https://news.example/").build();
    Digest digest = bigDigest();
    Map<String, byte[]> serial = collect(renderer, digest, 1);
    assertTrue(serial.size() > 700, "pages: " + serial.size());
    assertTrue(serial.containsKey("people/ana-lopez/page/2.html"), "a paginated entity page");
    // More threads than cores, twice: the interleaving differs from run to run.
    assertSameSite(serial, collect(renderer, digest, 4));
    assertSameSite(serial, collect(renderer, digest, 3));
    Map<String, byte[]> listed = new TreeMap<>();
    renderer.render(digest).forEach(page -> listed.put(page.path(), page.content()));
    assertSameSite(serial, listed);
  }

  @Test
  void theListIsSortedByPathAndEachPathOnce() {
    List<Page> pages = SiteRenderer.builder().build().render(bigDigest());
    for (int i = 1; i < pages.size(); i++) {
      assertTrue(pages.get(i - 1).path().compareTo(pages.get(i).path()) < 0, pages.get(i).path());
    }
  }

  @Test
  void theSitemapComesLastAndListsThePagesBeforeIt() {
    SiteRenderer renderer = SiteRenderer.builder().baseUrl("https://news.example/").build();
    List<String> order = Collections.synchronizedList(new ArrayList<>());
    renderer.render(bigDigest(), page -> order.add(page.path()), new PageWorkers(3));
    assertEquals(SiteFiles.SITEMAP, order.get(order.size() - 1));
    assertEquals(order.size(), Set.copyOf(order).size(), "each page once");
    Map<String, byte[]> site = collect(renderer, bigDigest(), 3);
    String sitemap = new String(site.get(SiteFiles.SITEMAP), StandardCharsets.UTF_8);
    for (String path : order) {
      if (path.endsWith(".html") && !path.equals("404.html") && !Pagination.isLaterPage(path)) {
        assertTrue(sitemap.contains("<loc>https://news.example/" + path + "</loc>"), path);
      }
    }
  }

  @Test
  void aTemplateErrorStopsTheRenderOnTheCallersThread(@TempDir Path dir) throws IOException {
    // Two broken templates: the one planned first (events before articles) is always reported.
    Files.writeString(dir.resolve("event.ftlh"), "<p>${event.nothingHere}</p>\n");
    Files.writeString(dir.resolve("article.ftlh"), "<p>${article.nothingHere}</p>\n");
    SiteRenderer broken = SiteRenderer.builder().userTemplates(dir).build();
    Thread caller = Thread.currentThread();
    for (int run = 0; run < 5; run++) {
      List<String> paths = Collections.synchronizedList(new ArrayList<>());
      List<Thread> threads = Collections.synchronizedList(new ArrayList<>());
      RenderException e = assertThrows(RenderException.class, () -> broken.render(bigDigest(),
          page -> {
            paths.add(page.path());
            threads.add(Thread.currentThread());
          }, new PageWorkers(3)));
      assertTrue(e.getMessage().contains("'event.ftlh' line 1"), e.getMessage());
      // Article pages are planned hundreds of jobs after the first event page: none was made.
      assertTrue(paths.stream().noneMatch(p -> p.startsWith("articles/")), "the render stopped");
      int seen = paths.size();
      assertTrue(threads.stream().allMatch(t -> t == caller || !t.isAlive()), "helpers ended");
      assertEquals(seen, paths.size(), "no page after the render threw");
    }
  }

  @Test
  void aSinkThatCannotStoreAPageStopsTheRender() {
    UncheckedIOException full = new UncheckedIOException(new IOException("disk full"));
    AtomicInteger accepted = new AtomicInteger();
    PageSink sink = page -> {
      if (accepted.incrementAndGet() == 50) {
        throw full;
      }
    };
    UncheckedIOException thrown = assertThrows(UncheckedIOException.class,
        () -> SiteRenderer.builder().build().render(bigDigest(), sink));
    assertSame(full, thrown);
  }

  @Test
  void workersReportTheFirstFailureInJobOrder() {
    for (int run = 0; run < 20; run++) {
      List<PageJob> jobs = new ArrayList<>();
      Queue<String> done = new ConcurrentLinkedQueue<>();
      for (int i = 0; i < 200; i++) {
        int n = i;
        jobs.add(PageJob.ofBytes("p" + n, "test", () -> {
          if (n == 120 || n == 40) {
            throw new IllegalStateException("job " + n);
          }
          return new byte[] {(byte) n};
        }));
      }
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> new PageWorkers(4).run(jobs, page -> done.add(page.path())));
      assertEquals("job 40", e.getMessage());
      // Every job before the failed one was taken before it failed, and finished.
      for (int i = 0; i < 40; i++) {
        assertTrue(done.contains("p" + i), "p" + i);
      }
    }
  }
}
