package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.merge.SpecEdits;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Event;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageSink;
import org.newsdigest.render.RenderMemo;
import org.newsdigest.render.SiteRenderer;
import org.newsdigest.story.StoryLinker;

/**
 * The command line's render memo: kept as bytes by one process ({@link RenderMemo#portable}),
 * taken by the next ({@link RenderMemo#recall}), whose events and articles are new objects named
 * by their {@link BuildDigests}. Every page must have the fingerprint a render without a memo
 * gives it, whatever changed in between.
 */
class PortableRenderMemoTest {

  /** One process's view of the articles: equal, but new objects, merged afresh. */
  private record Process(Digest digest, BuildDigests names) {
    static Process of(List<Article> kept) {
      byte[] bytes = FileReadCodec.encode(new FileRead(kept, List.of()));
      List<Article> articles = FileReadCodec.decode(bytes, 0, bytes.length).articles();
      List<Event> events = new EventMerger().merge(articles);
      EntityTable table = EntityTableBuilder.build(events);
      Digest digest = new Digest(events, new StoryLinker().link(events, table), table);
      return new Process(digest, new BuildDigests(BuildDigests.ofArticles(articles), events));
    }
  }

  /** Every page's fingerprint, as hex; a sink that keeps nothing, so every page is made too. */
  private static Map<String, String> fingerprints(SiteRenderer renderer, Digest digest) {
    Map<String, String> fingerprints = new ConcurrentHashMap<>();
    renderer.render(digest, new PageSink() {
      @Override
      public void accept(Page page) {
        fingerprints.put(page.path(),
            page.inputs() == null ? "none" : HexFormat.of().formatHex(page.inputs()));
      }

      @Override
      public boolean remembersInputs() {
        return true;
      }
    });
    return new TreeMap<>(fingerprints);
  }

  /** A render in a new process: its memo takes what {@code kept} holds, then keeps its own. */
  private static byte[] render(Process process, byte[] kept, RenderMemo memo,
      Map<String, String> expected, String when) {
    if (kept != null) {
      memo.recall(kept, process.names());
    }
    Map<String, String> actual =
        fingerprints(SiteRenderer.builder().remembering(memo).build(), process.digest());
    assertEquals(expected.keySet(), actual.keySet(), when);
    expected.forEach((path, fingerprint) -> assertEquals(fingerprint, actual.get(path), when + ": " + path));
    return memo.portable(process.names());
  }

  @Test
  void aNewProcessWithTheSameArticlesTakesEveryPageItCan() {
    List<Article> articles = SpecEdits.all();
    Process first = Process.of(articles);
    Map<String, String> expected = fingerprints(SiteRenderer.builder().build(), first.digest());
    byte[] kept = render(first, null, new RenderMemo(), expected, "first process");

    RenderMemo memo = new RenderMemo();
    render(Process.of(articles), kept, memo, expected, "second process");
    assertTrue(memo.pages() > 100, "pages looked up: " + memo.pages());
    assertEquals(memo.pages(), memo.pagesRemembered(), "nothing changed: every page is taken");
  }

  @Test
  void afterEveryKindOfEditEachPageHasTheFingerprintOfARenderWithoutMemo() {
    SpecEdits corpus = new SpecEdits(20261209L);
    byte[] kept = null;
    long pages = 0;
    long remembered = 0;
    for (int round = 0; round < 20; round++) {
      Process process = Process.of(corpus.articles());
      Map<String, String> expected = fingerprints(SiteRenderer.builder().build(), process.digest());
      RenderMemo memo = new RenderMemo();
      kept = render(process, kept, memo, expected, "round " + round);
      if (round > 0) {
        pages += memo.pages();
        remembered += memo.pagesRemembered();
      }
      corpus.edit();
    }
    assertTrue(remembered > pages / 2, remembered + " of " + pages + " pages taken");
  }

  @Test
  void pagesOfOtherSettingsAreNotTaken() {
    List<Article> articles = SpecEdits.all();
    Process process = Process.of(articles);
    RenderMemo one = new RenderMemo();
    fingerprints(SiteRenderer.builder().siteTitle("One").remembering(one).build(), process.digest());
    byte[] kept = one.portable(process.names());

    RenderMemo two = new RenderMemo();
    two.recall(kept, process.names());
    Map<String, String> actual = fingerprints(
        SiteRenderer.builder().siteTitle("Two").remembering(two).build(), process.digest());
    assertEquals(fingerprints(SiteRenderer.builder().siteTitle("Two").build(), process.digest()), actual);
    assertEquals(0, two.pagesRemembered());
  }

  @Test
  void damagedBytesAreRefusedAndLeaveTheMemoAsItWas() {
    Process process = Process.of(SpecEdits.all());
    RenderMemo memo = new RenderMemo();
    fingerprints(SiteRenderer.builder().remembering(memo).build(), process.digest());
    byte[] kept = memo.portable(process.names());
    RenderMemo other = new RenderMemo();
    assertThrows(IllegalArgumentException.class,
        () -> other.recall(java.util.Arrays.copyOf(kept, kept.length / 2), process.names()));
    assertThrows(IllegalArgumentException.class, () -> other.recall(new byte[] {1, 2, 3}, process.names()));
    assertTrue(other.isEmpty());
  }
}
