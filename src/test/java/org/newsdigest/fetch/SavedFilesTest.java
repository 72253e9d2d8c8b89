package org.newsdigest.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What fetch writes: provenance comments, feed items cut apart, subscription lists read. */
class SavedFilesTest {
  private static final Instant NOW = Instant.parse("2026-12-07T05:00:00Z");

  @Test
  void provenanceRoundTripsAndNothingInItCanEndTheComment() {
    Provenance p = new Provenance("https://example.org/a--b-", NOW, new Validators("\"x\ny\"", "Mon, 07 Dec 2026 04:00:00 GMT"));
    String comment = p.comment();
    assertFalse(comment.substring(4, comment.length() - 3).contains("--"), comment);
    Provenance back = Provenance.parse(comment).orElseThrow();
    assertEquals("https://example.org/a-%2Db%2D", back.url(), "the same address, hyphens percent-encoded");
    assertNull(back.validators().etag(), "a value with a line break is left out");
    assertEquals("Mon, 07 Dec 2026 04:00:00 GMT", back.validators().lastModified());
    assertEquals(NOW, back.fetched());
    assertEquals("<!-- saved from url=(0029)https://example.org/a-%2Db%2D -->", p.savedFromComment());
  }

  @Test
  void aByteOrderMarkStaysFirstAndTheCommentIsWrittenInItsEncoding() {
    byte[] utf16 = "\uFEFF<html><body>x</body></html>".getBytes(StandardCharsets.UTF_16BE);
    byte[] saved = PageFile.bytes(utf16, null, new Provenance("https://e.org/", NOW, Validators.NONE));
    String text = new String(saved, StandardCharsets.UTF_16BE);
    assertTrue(text.startsWith("\uFEFF<!-- saved from url="), text);
    assertTrue(text.endsWith("<html><body>x</body></html>"));
  }

  @Test
  void anItemFileIsTheFeedWithThatItemAloneDeclaredUtf8() throws Exception {
    String feed = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>Caf\u00e9 news</title><entry><id>tag:e.org,2026:1</id><title>One</title></entry>"
        + "<entry><title>Two</title><link href=\"https://e.org/2\"/></entry>"
        + "<entry><title>Three &amp; more</title><updated>2026-01-06T10:00:00Z</updated></entry></feed>";
    List<FeedItems.Item> items = FeedItems.split(feed.getBytes(Charset.forName("ISO-8859-1")), null);
    assertEquals(List.of("tag:e.org,2026:1", "https://e.org/2", "Three & more|2026-01-06T10:00:00Z"),
        items.stream().map(FeedItems.Item::key).toList());
    String second = items.get(1).xml();
    assertTrue(second.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), second);
    assertTrue(second.contains("<title>Caf\u00e9 news</title>") && second.contains("xmlns=\"http://www.w3.org/2005/Atom\""));
    assertFalse(second.contains("One") || second.contains("Three"), second);
    assertEquals("three-and-more-" + SeedFolder.shortHash("Three & more|2026-01-06T10:00:00Z") + ".xml",
        SeedFolder.itemFileName(items.get(2)));
  }

  @Test
  void anEntryInsideAnotherBelongsToIt() throws Exception {
    byte[] feed = ("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><entry><id>outer</id><title>A</title>"
        + "<entry><id>inner</id></entry></entry><entry><id>second</id></entry></feed>").getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of("outer", "second"), FeedItems.split(feed, null).stream().map(FeedItems.Item::key).toList());
  }

  @Test
  void anUndeclaredWindows1252FeedKeepsItsCurlyQuotes() throws Exception {
    byte[] feed = "<rss><channel><title>t</title><item><title>don\u2019t</title></item></channel></rss>"
        .getBytes(Charset.forName("windows-1252"));
    assertEquals("don\u2019t", FeedItems.split(feed, null).get(0).title());
  }

  @Test
  void aFeedIsKnownByItsRootWhateverItIsServedAs() {
    assertTrue(FeedItems.isFeed("\uFEFF<?xml version=\"1.0\"?>\n<!-- hi --><rss version=\"2.0\">".getBytes(StandardCharsets.UTF_8)));
    assertTrue(FeedItems.isFeed("<feed xmlns=\"http://www.w3.org/2005/Atom\">".getBytes(StandardCharsets.UTF_8)));
    assertFalse(FeedItems.isFeed("<!DOCTYPE html><html><head><link type=\"application/rss+xml\"></head>"
        .getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void opmlListsEveryFeedOnceAtAnyDepth() {
    String opml = "<opml version=\"2.0\"><body><outline text=\"News\"><outline xmlUrl=\"https://a.org/feed\"/>"
        + "<outline xmlurl=\"https://b.org/rss\"/></outline><outline xmlUrl=\"https://a.org/feed\"/>"
        + "<outline text=\"no feed\"/></body></opml>";
    assertEquals(List.of("https://a.org/feed", "https://b.org/rss"), OpmlFeeds.of(opml));
  }
}
