package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

class FeedReaderTest {
  private final Ingester ingester = new Ingester();

  @Test
  void rssItemsBecomeOneDocumentEach() throws Exception {
    List<Document> docs = ingester.read("feeds/world.xml", Fixtures.utf8("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
             xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Example World</title><language>en</language>
          <item><title>Allies Meet in Paris</title><link>https://example.org/1</link>
            <pubDate>Tue, 06 Jan 2026 10:00:00 +0100</pubDate><dc:creator>Jane Doe</dc:creator>
            <category>Europe</category>
            <description>Short summary.</description>
            <content:encoded><![CDATA[<p>Leaders met in <b>Paris</b>.</p><p>Talks go on.</p>]]></content:encoded>
          </item>
          <item><title>Second Story</title><link>https://example.org/2</link>
            <description>&lt;p&gt;Escaped &lt;i&gt;markup&lt;/i&gt; body.&lt;/p&gt;</description>
          </item>
        </channel></rss>
        """));
    assertEquals(2, docs.size());
    Document first = docs.get(0);
    assertEquals("feeds/world.xml#1", first.source());
    assertEquals(InputFormat.FEED, first.format());
    assertEquals("Allies Meet in Paris", first.title());
    assertEquals("https://example.org/1", first.metadata().url());
    assertEquals("Tue, 06 Jan 2026 10:00:00 +0100", first.metadata().published());
    assertEquals("Jane Doe", first.metadata().byline());
    assertEquals("Example World", first.metadata().outlet());
    assertEquals(List.of("Europe"), first.metadata().tags());
    assertEquals("Leaders met in Paris.\nTalks go on.", Fixtures.body(first));
    assertEquals("feeds/world.xml#2", docs.get(1).source());
    assertEquals("Escaped markup body.", Fixtures.body(docs.get(1)));
  }

  @Test
  void anItemsSourceNamesItsOutletBeforeTheGatheringFeedsTitle() throws Exception {
    List<Document> docs = ingester.read("feeds/digest.xml", Fixtures.utf8("""
        <rss version="2.0"><channel><title>My Morning Digest</title>
          <item><title>Allies Meet in Paris</title><link>https://example.org/1</link>
            <source url="https://wire.example/feed.xml">Example Wire</source>
            <description>Leaders met in Paris.</description></item>
          <item><title>Second Story</title><link>https://example.org/2</link>
            <description>Talks go on.</description></item>
        </channel></rss>
        """));
    assertEquals("Example Wire", docs.get(0).metadata().outlet());
    assertEquals("My Morning Digest", docs.get(1).metadata().outlet());
    List<Document> atom = ingester.read("feeds/a.atom", Fixtures.utf8("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Planet Example</title>
          <entry><title>Allies Meet</title><link href="https://example.org/a"/>
            <source><title>Example Blog</title></source>
            <content type="html">&lt;p&gt;Leaders met.&lt;/p&gt;</content></entry>
        </feed>
        """));
    assertEquals("Example Blog", atom.get(0).metadata().outlet());
  }

  @Test
  void atomEntriesUseAlternateLinksAndContent() throws Exception {
    List<Document> docs = ingester.read("feeds/a.atom", Fixtures.utf8("""
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
          <entry><title>Allies Meet</title>
            <link rel="alternate" href="https://example.org/a"/>
            <published>2026-01-06T09:00:00Z</published><updated>2026-01-07T09:00:00Z</updated>
            <author><name>John Roe</name></author>
            <summary>Summary only.</summary>
            <content type="html">&lt;p&gt;Full content.&lt;/p&gt;</content>
          </entry>
        </feed>
        """));
    Document doc = docs.get(0);
    assertEquals("feeds/a.atom", doc.source(), "a feed of one item is one article, keyed by its path");
    assertEquals("https://example.org/a", doc.metadata().url());
    assertEquals("2026-01-06T09:00:00Z", doc.metadata().published());
    assertEquals("2026-01-07T09:00:00Z", doc.metadata().updated());
    assertEquals("John Roe", doc.metadata().byline());
    assertEquals("Example Atom", doc.metadata().outlet());
    assertEquals("Full content.", Fixtures.body(doc));
  }

  @Test
  void atomTextStaysTextAndOlderDialectsAreRead() throws Exception {
    List<Document> docs = ingester.read("feeds/old.atom", Fixtures.utf8("""
        <feed xmlns="http://purl.org/atom/ns#" xmlns:dcterms="http://purl.org/dc/terms/">
          <title>Example</title>
          <entry><title>History of the &lt;blink&gt; tag</title>
            <link rel="alternate" href="https://example.org/blink"/>
            <issued>2003-12-13T08:29:29-04:00</issued><modified>2003-12-14T10:00:00Z</modified>
            <content type="text/plain" mode="base64">VGhlIHRhZyB3YXMgYm9ybiBpbiAxOTk0IGFuZCBuZXZlciBsZWZ0Lg==</content>
          </entry>
        </feed>
        """));
    Document doc = docs.get(0);
    assertEquals("History of the <blink> tag", doc.title());
    assertEquals("2003-12-13T08:29:29-04:00", doc.metadata().published());
    assertEquals("2003-12-14T10:00:00Z", doc.metadata().updated());
    assertEquals("The tag was born in 1994 and never left.", Fixtures.body(doc));
  }

  @Test
  void rssAuthorsInParenthesesDublinCoreTermsAndItunesSummariesAreRead() throws Exception {
    List<Document> docs = ingester.read("feeds/pod.rss", Fixtures.utf8("""
        <rss version="2.0" xmlns:dcterms="http://purl.org/dc/terms/"
             xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel><title>Pod</title>
          <item><title>Episode 12</title><author>editor@example.com (Example Editor)</author>
            <dcterms:created>2024-03-05</dcterms:created>
            <itunes:summary>The council voted to extend the tram line to the airport.</itunes:summary>
          </item>
        </channel></rss>
        """));
    Document doc = docs.get(0);
    assertEquals("Example Editor", doc.metadata().byline());
    assertEquals("2024-03-05", doc.metadata().published());
    assertEquals("The council voted to extend the tram line to the airport.", Fixtures.body(doc));
  }

  @Test
  void brokenXmlKeepsTheItemsThatParsedWithAWarning() throws Exception {
    List<Document> docs = ingester.read("f.rss", Fixtures.utf8(
        "<rss><channel><title>T</title><item><title>One</title><description>Body one."
            + "</description></item><item><title>Two</title><description>Body two & more"));
    assertTrue(docs.size() >= 1);
    assertEquals("One", docs.get(0).title());
    assertTrue(docs.get(0).warnings().stream().anyMatch(w -> w.contains("not well-formed")),
        docs.get(0).warnings().toString());
  }

  @Test
  void aFeedWithoutItemsIsUnreadable() {
    assertThrows(UnreadableInputException.class,
        () -> ingester.read("f.xml", Fixtures.utf8("<rss><channel><title>T</title></channel></rss>")));
  }
}
