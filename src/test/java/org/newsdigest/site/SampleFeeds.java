package org.newsdigest.site;

/** Feeds shared by the whole-site tests, so every test reads the same real-shaped input. */
final class SampleFeeds {
  /** An RSS 2.0 feed of two items: one with full content (and a script to drop), one summary only. */
  static final String HARBOUR_GAZETTE_RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
      <channel>
        <title>Harbour Gazette</title>
        <link>https://gazette.example.org/</link>
        <description>News from the coast</description>
        <item>
          <title>Ferry service to the islands resumes after storm</title>
          <link>https://gazette.example.org/2024/03/05/ferry-resumes</link>
          <pubDate>Tue, 05 Mar 2024 09:30:00 +0000</pubDate>
          <author>news@gazette.example.org (Mairi Flett)</author>
          <content:encoded><![CDATA[<p>The ferry service between Aberdeen and the northern \
      islands resumed on Tuesday after three days of cancellations caused by the storm.</p>
      <p>The operator said 1,200 passengers had been rebooked.<script>alert('feed')</script></p>]]>
          </content:encoded>
        </item>
        <item>
          <title>Fishing fleet counts cost of lost gear</title>
          <link>https://gazette.example.org/2024/03/06/lost-gear</link>
          <pubDate>Wed, 06 Mar 2024 07:15:00 +0000</pubDate>
          <description>Skippers in Peterhead say the storm destroyed creels and nets worth \
      about 300,000 pounds, and they have asked the government for help.</description>
        </item>
      </channel>
      </rss>
      """;

  private SampleFeeds() {}
}
