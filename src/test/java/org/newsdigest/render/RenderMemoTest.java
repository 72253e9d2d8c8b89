package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.newsdigest.entities.EntityTableBuilder;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.merge.SpecEdits;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Page;
import org.newsdigest.model.PageSink;
import org.newsdigest.model.Participant;
import org.newsdigest.story.StoryLinker;

/**
 * A renderer with a {@link RenderMemo} tells, for every page, the fingerprint a renderer without
 * one tells, while taking from the memo the event, article, entity and feed pages whose inputs and
 * reads of the rest of the site did not change.
 */
class RenderMemoTest {

  /** Every page's fingerprint, as hex; a sink that keeps nothing, so every page is made too. */
  private static Map<String, String> fingerprints(SiteRenderer renderer, Digest digest) {
    Map<String, String> fingerprints = new ConcurrentHashMap<>();
    renderer.render(digest, new PageSink() {
      @Override
      public void accept(Page page) {
        fingerprints.put(page.path(), page.inputs() == null ? "none" : HexFormat.of().formatHex(page.inputs()));
      }

      @Override
      public boolean remembersInputs() {
        return true;
      }
    });
    return new TreeMap<>(fingerprints);
  }

  /** The same pages with the same fingerprints; a failure names the first page that differs. */
  private static void assertSameFingerprints(Map<String, String> expected,
      Map<String, String> actual, String when) {
    assertEquals(expected.keySet(), actual.keySet(), when);
    expected.forEach((path, fingerprint) -> assertEquals(fingerprint, actual.get(path), when + ": " + path));
  }

  private static SiteRenderer remembering(RenderMemo memo) {
    return SiteRenderer.builder().remembering(memo).build();
  }

  @Test
  void aSecondRenderOfTheSameDigestTakesEveryPageItCanFromTheMemo() {
    RenderMemo memo = new RenderMemo();
    Digest digest = DigestFixture.digest();
    Map<String, String> first = fingerprints(remembering(memo), digest);
    assertEquals(0, memo.pagesRemembered());
    Map<String, String> second = fingerprints(remembering(memo), digest);
    assertSameFingerprints(first, second, "the same digest again");
    // Three events, four articles and four entities (a person and three outlets), each page
    // with its Markdown twin, and each entity's Atom and JSON feeds.
    assertEquals(30, memo.pages());
    assertEquals(30, memo.pagesRemembered());
  }

  @Test
  void aPageOfTheSameEventWhoseLinksMovedIsModelledAgain() {
    Digest digest = DigestFixture.digest();
    List<Event> events = digest.events();
    // The undated event's article has the summit wire's headline: listed first, it takes the
    // slug the wire's page had, and the summit's page, the same object, links to a new address.
    Digest reordered = new Digest(List.of(events.get(2), events.get(0), events.get(1)));
    RenderMemo memo = new RenderMemo();
    Map<String, String> before = fingerprints(remembering(memo), digest);
    Map<String, String> after = fingerprints(remembering(memo), reordered);

    assertSameFingerprints(fingerprints(SiteRenderer.builder().build(), reordered), after,
        "events reordered");
    String summit = "events/2026-03-02-leaders-meet-in-lyon-on-energy.html";
    assertNotEquals(before.get(summit), after.get(summit), "the summit's page links elsewhere");
    assertTrue(memo.pagesRemembered() > 0, "the hostile event's pages did not change");
  }

  /** A new event naming Ana López, whom the fixture's events name too. */
  private static Event interview() {
    Article talk = DigestFixture.article("radio/talk.txt", "López speaks on the radio", "Radio One",
        Moment.ofDay(LocalDate.of(2026, 3, 5)), null,
        List.of(Block.paragraph("Ana López spoke on the radio.")), List.of());
    return new Event("López speaks on the radio", LocalDate.of(2026, 3, 5), null, null,
        List.of(new Participant("person:ana-lopez", EntityType.PERSON, "Ana López", List.of(),
            null, List.of(talk.source()))),
        List.of(talk), List.of(), List.of(), List.of(), List.of(), List.of(), talk.published(),
        talk.published());
  }

  @Test
  void anEntityPageListsAnEventNewlyNamingItsEntity() {
    Digest digest = DigestFixture.digest();
    List<Event> events = new ArrayList<>(digest.events());
    events.add(interview());
    RenderMemo memo = new RenderMemo();
    Map<String, String> before = fingerprints(remembering(memo), digest);
    Map<String, String> after = fingerprints(remembering(memo), new Digest(events));

    // Her page's other events are the same objects, and their reads answer the same: only the
    // entry itself tells that the page lists one more event.
    assertAnaListsTheInterview(before, after, new Digest(events), memo, "an event added");
  }

  /**
   * After the interview was added: every page as a render without memo makes it, Ana López's
   * page made again, and some other page taken from the memo.
   */
  private static void assertAnaListsTheInterview(Map<String, String> before,
      Map<String, String> after, Digest withInterview, RenderMemo memo, String when) {
    assertSameFingerprints(fingerprints(SiteRenderer.builder().build(), withInterview), after, when);
    assertNotEquals(before.get("people/ana-lopez.html"), after.get("people/ana-lopez.html"), when);
    assertTrue(memo.pagesRemembered() > 0, when + ": the other events' pages are taken");
  }

  /**
   * Names events and articles by a number given on first sight: in one process, the same object
   * always gets the same digest, as a content hash would give it.
   */
  private static final class NumberedDigests implements ContentDigests {
    private final Map<Object, byte[]> ids = new java.util.IdentityHashMap<>();
    private final Map<java.nio.ByteBuffer, Object> objects = new java.util.HashMap<>();

    private synchronized byte[] id(Object object) {
      return ids.computeIfAbsent(object, o -> {
        byte[] id = java.nio.ByteBuffer.allocate(16).putInt(ids.size() + 1).array();
        objects.put(java.nio.ByteBuffer.wrap(id), o);
        return id;
      });
    }

    @Override
    public byte[] of(Event event) {
      return id(event);
    }

    @Override
    public byte[] of(Article article) {
      return id(article);
    }

    @Override
    public synchronized Event event(byte[] digest) {
      return objects.get(java.nio.ByteBuffer.wrap(digest)) instanceof Event event ? event : null;
    }

    @Override
    public synchronized Article article(byte[] digest) {
      return objects.get(java.nio.ByteBuffer.wrap(digest)) instanceof Article article ? article : null;
    }
  }

  @Test
  void aPageKeptByAnotherProcessIsTakenOnlyForTheSameKey() {
    Digest digest = DigestFixture.digest();
    List<Event> events = new ArrayList<>(digest.events());
    events.add(interview());
    NumberedDigests digests = new NumberedDigests();
    RenderMemo one = new RenderMemo();
    Map<String, String> before = fingerprints(remembering(one), digest);
    RenderMemo two = new RenderMemo();
    two.recall(one.portable(digests), digests);
    Map<String, String> after = fingerprints(remembering(two), new Digest(events));

    // Her page's earlier reads all answer as they did: only its key tells it lists one more event.
    assertAnaListsTheInterview(before, after, new Digest(events), two,
        "an event added, the pages kept by another process");
  }

  @Test
  void pagesOfOtherSettingsAreNotTaken() {
    RenderMemo memo = new RenderMemo();
    Digest digest = DigestFixture.digest();
    fingerprints(SiteRenderer.builder().siteTitle("One").remembering(memo).build(), digest);
    SiteRenderer two = SiteRenderer.builder().siteTitle("Two").remembering(memo).build();

    assertSameFingerprints(fingerprints(SiteRenderer.builder().siteTitle("Two").build(), digest),
        fingerprints(two, digest), "another site title");
    assertEquals(0, memo.pagesRemembered());
  }

  @Test
  void afterEveryKindOfEditEachPageHasTheFingerprintOfARenderWithoutMemo() {
    SpecEdits corpus = new SpecEdits(20261208L);
    EventMerger merger = new EventMerger().remembering();
    RenderMemo memo = new RenderMemo();
    SiteRenderer fresh = SiteRenderer.builder().build();
    long pages = 0;
    long remembered = 0;
    for (int round = 0; round < 30; round++) {
      List<Event> events = merger.merge(corpus.articles());
      EntityTable table = EntityTableBuilder.build(events);
      Digest digest = new Digest(events, new StoryLinker().link(events, table), table);

      assertSameFingerprints(fingerprints(fresh, digest), fingerprints(remembering(memo), digest),
          "round " + round);
      if (round > 0) {
        pages += memo.pages();
        remembered += memo.pagesRemembered();
      }
      corpus.edit();
    }
    assertTrue(remembered > pages / 2, remembered + " of " + pages + " pages remembered");
  }
}
