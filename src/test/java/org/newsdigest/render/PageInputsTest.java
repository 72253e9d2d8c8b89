package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Digest;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageContent;
import org.newsdigest.model.PageSink;

/**
 * What lets a build keep a page instead of making it again: every template page tells the
 * fingerprint of its template and data, and two renders that give a page the same fingerprint
 * give it the same bytes.
 */
class PageInputsTest {
  private final SiteRenderer renderer = SiteRenderer.builder().baseUrl("https://news.example/").build();

  /** A sink that remembers inputs and keeps what {@code keep} holds with the same inputs. */
  private static final class RememberingSink implements PageSink {
    final Map<String, Page> pages = new ConcurrentHashMap<>();
    final Set<String> kept = ConcurrentHashMap.newKeySet();
    private final Map<String, Page> keepFrom;

    RememberingSink(Map<String, Page> keepFrom) {
      this.keepFrom = keepFrom;
    }

    @Override
    public void accept(Page page) {
      assertNull(pages.put(page.path(), page), page.path());
    }

    @Override
    public boolean remembersInputs() {
      return true;
    }

    @Override
    public boolean keep(String path, byte[] inputs) {
      Page before = keepFrom.get(path);
      if (before == null || before.inputs() == null || !Arrays.equals(before.inputs(), inputs)) {
        return false;
      }
      assertTrue(kept.add(path), path);
      return true;
    }
  }

  private Map<String, Page> render(Digest digest) {
    RememberingSink sink = new RememberingSink(Map.of());
    renderer.render(digest, sink);
    return new TreeMap<>(sink.pages);
  }

  @Test
  void pagesOverTheWholeSiteAreStreamedAndTheOthersGivenWhole() {
    Set<String> streamed = ConcurrentHashMap.newKeySet();
    Map<String, Page> pages = new ConcurrentHashMap<>();
    PageSink sink = new PageSink() {
      @Override
      public void accept(Page page) {
        pages.put(page.path(), page);
      }

      @Override
      public void accept(String path, PageContent content, byte[] inputs) {
        streamed.add(path);
        PageSink.super.accept(path, content, inputs); // gathers the bytes into a page
      }
    };
    renderer.render(DigestFixture.digest(), sink);
    assertTrue(streamed.containsAll(List.of("data/events.json", "feed.xml", "feed.json", "rss.xml",
        "sitemap.xml", "timeline.html", "people/index.html")), streamed.toString());
    assertTrue(streamed.stream().noneMatch(p -> p.startsWith("events/") || p.startsWith("articles/")),
        "one event's or article's page is small: given whole " + streamed);
    assertTrue(new String(pages.get("data/events.json").content(), StandardCharsets.UTF_8)
        .startsWith("{\n  \"events\" : ["), "streamed whole, from its first byte");
  }

  @Test
  void everyPageMadeFromAModelTellsItsInputs() {
    Map<String, Page> site = render(DigestFixture.digest());
    for (Page page : site.values()) {
      String path = page.path();
      boolean fromModel = path.endsWith(".html") || path.endsWith(".md") || path.endsWith(".xml")
          || path.equals("robots.txt") || path.endsWith(".json") && !path.equals("data/events.json");
      if (fromModel) {
        assertNotNull(page.inputs(), path + " is made from plain data: by a template, or a JSON Feed");
        assertEquals(16, page.inputs().length, path); // the length the manifest keeps
      } else {
        assertNull(page.inputs(), path + " is made from no model: always made");
      }
    }
    assertTrue(site.containsKey("sitemap.xml"), site.keySet().toString());
  }

  @Test
  void theSameDigestGivesTheSameInputsAndASinkMayKeepEveryTemplatePage() {
    Map<String, Page> first = render(DigestFixture.digest());
    RememberingSink second = new RememberingSink(first);
    renderer.render(DigestFixture.digest(), second);
    for (Page page : first.values()) {
      boolean kept = second.kept.contains(page.path());
      assertEquals(page.inputs() != null, kept, page.path());
      assertEquals(!kept, second.pages.containsKey(page.path()), "a kept page is not made: " + page.path());
    }
  }

  @Test
  void pagesWhoseInputsDidNotChangeHaveTheSameBytes() {
    Digest full = DigestFixture.digest();
    // One event gone, as when its only article is deleted: indexes and feeds change, the other
    // events' pages need not.
    Digest smaller = new Digest(full.events().stream()
        .filter(event -> !event.articles().get(0).source().equals(DigestFixture.HOSTILE)).toList());
    Map<String, Page> before = render(full);
    Map<String, Page> after = render(smaller);
    int same = 0;
    int changed = 0;
    for (Page page : after.values()) {
      Page old = before.get(page.path());
      if (old == null || page.inputs() == null) {
        continue;
      }
      if (Arrays.equals(old.inputs(), page.inputs())) {
        assertArrayEquals(old.content(), page.content(), page.path() + ": same inputs, same bytes");
        same++;
      } else {
        changed++;
      }
    }
    assertTrue(same > 0, "the summit's pages keep their inputs");
    assertTrue(changed > 0, "the index lists one event fewer");
    assertFalse(Arrays.equals(before.get("index.html").inputs(), after.get("index.html").inputs()));
  }
}
