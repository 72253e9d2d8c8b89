package org.newsdigest.fetch;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The feed addresses of an OPML subscription list, as feed readers export it: every outline with
 * an {@code xmlUrl}, at any depth (readers nest them in folders), once each, in the file's order.
 */
public final class OpmlFeeds {
  private OpmlFeeds() {}

  /** The feed addresses in the OPML text. */
  public static List<String> of(String opml) {
    List<String> feeds = new ArrayList<>();
    for (Element outline : Jsoup.parse(opml, "", Parser.xmlParser()).getElementsByTag("outline")) {
      // Exporters differ in the attribute's case (xmlUrl, xmlurl); the XML parser keeps it.
      String address = outline.attributes().getIgnoreCase("xmlUrl").strip();
      if (!address.isEmpty() && !feeds.contains(address)) {
        feeds.add(address);
      }
    }
    return feeds;
  }
}
