package org.newsdigest.fetch;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;
import org.jsoup.parser.Parser;

/**
 * A downloaded feed cut into one small feed per item, each the whole feed with every other item
 * left out: the channel's title, language and namespaces stay with each item, so the build reads
 * an item file exactly as it read the item in the feed. Saved one per file, items outlive the
 * feed's window, and each keeps its name (and so its pages) whatever its position.
 *
 * <p>Jsoup's XML parser reads no DTD and resolves no external entity, and forgives the broken
 * markup real feeds have.
 */
final class FeedItems {
  /** The prolog (declaration, comments, processing instructions, a doctype), then a feed's root element. */
  private static final Pattern FEED_ROOT = Pattern.compile(
      "^\\uFEFF?\\s*(?:(?:<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\\s*)*<(?:rss|feed|rdf:RDF)[\\s>]",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private FeedItems() {}

  /** One item: its identity (guid, id or link, else title and date), its title, and its feed's XML. */
  record Item(String key, String title, String xml) {}

  /**
   * Whether the bytes hold a feed: RSS, Atom or RSS 1.0's RDF as the root element, whatever the
   * server called it (feeds are often served as text/html). Read as ASCII, after a UTF-8 byte
   * order mark if there is one.
   */
  static boolean isFeed(byte[] body) {
    int start = PageFile.bomCharset(body) == StandardCharsets.UTF_8 ? 3 : 0;
    String head = new String(body, start, Math.max(0, Math.min(body.length, 4096) - start), StandardCharsets.ISO_8859_1);
    return FEED_ROOT.matcher(head).find();
  }

  /**
   * The items of a downloaded feed, in the feed's order. Its text is read in the header's charset
   * when there is one, else as the feed declares (byte order mark, XML declaration), else as
   * UTF-8, else as Windows-1252.
   */
  static List<Item> split(byte[] body, String headerCharset) throws IOException {
    String charset = PageFile.charset(headerCharset) != null ? headerCharset : null;
    if (charset == null && !declaresEncoding(body) && !isUtf8(body)) {
      charset = "windows-1252";
    }
    Document feed = Jsoup.parse(new ByteArrayInputStream(body), charset, "", Parser.xmlParser());
    int count = items(feed).size();
    List<Item> result = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Document copy = feed.clone();
      List<Element> copies = items(copy);
      Element item = copies.get(i);
      for (Element other : copies) {
        if (other != item) {
          other.remove();
        }
      }
      result.add(new Item(key(item), text(item, "title"), xml(copy)));
    }
    return result;
  }

  /**
   * The feed an HTML page names for itself ({@code <link rel="alternate"
   * type="application/rss+xml" href="...">}, or Atom's type), as an absolute http(s) address; null
   * when it names none.
   */
  static String namedFeed(HttpAnswer page) throws IOException {
    Document html = Jsoup.parse(new ByteArrayInputStream(page.body()),
        PageFile.charset(page.charset()) == null ? null : page.charset(), page.uri().toString());
    for (Element link : html.select("link[href][type~=(?i)^application/(rss|atom)\\+xml$]")) {
      if (link.attr("rel").toLowerCase(Locale.ROOT).contains("alternate")) {
        String address = link.absUrl("href");
        if (address.startsWith("http://") || address.startsWith("https://")) {
          return address;
        }
      }
    }
    return null;
  }

  /** The feed's items; one inside another (broken markup) belongs to its outer item. */
  private static List<Element> items(Document feed) {
    List<Element> items = new ArrayList<>();
    for (Element item : feed.select("item, entry")) {
      if (item.parents().stream().noneMatch(p -> p.tagName().equals("item") || p.tagName().equals("entry"))) {
        items.add(item);
      }
    }
    return items;
  }

  /** The XML of one item's feed, declared UTF-8, as it will be written. */
  private static String xml(Document copy) {
    copy.outputSettings()
        .syntax(Document.OutputSettings.Syntax.xml)
        .escapeMode(Entities.EscapeMode.xhtml)
        .charset(StandardCharsets.UTF_8)
        .prettyPrint(false);
    XmlDeclaration declaration = null;
    for (Node node : copy.childNodes()) {
      if (node instanceof XmlDeclaration candidate && candidate.name().equals("xml")) {
        declaration = candidate;
        break;
      }
    }
    if (declaration == null) {
      declaration = new XmlDeclaration("xml", false);
      declaration.attr("version", "1.0");
      copy.prependChild(declaration);
    }
    declaration.attr("encoding", "UTF-8");
    return copy.outerHtml();
  }

  /**
   * What identifies an item across downloads: its guid (RSS) or id (Atom), else its link, else
   * its title with its date. A feed that rewrites an item keeps its identity, and the item one file.
   */
  static String key(Element item) {
    String id = firstNonBlank(text(item, "guid"), text(item, "id"));
    if (id != null) {
      return id;
    }
    Element link = child(item, "link");
    String address = link == null ? null : firstNonBlank(link.attr("href"), link.text(), item.attr("rdf:about"));
    if (address == null) {
      address = firstNonBlank(item.attr("rdf:about"));
    }
    if (address != null) {
      return address;
    }
    String title = text(item, "title");
    String date = firstNonBlank(text(item, "pubDate"), text(item, "published"), text(item, "updated"),
        text(item, "dc:date"));
    return (title == null ? "" : title) + "|" + (date == null ? "" : date);
  }

  private static String text(Element item, String name) {
    Element child = child(item, name);
    return child == null ? null : firstNonBlank(child.text());
  }

  private static Element child(Element parent, String name) {
    for (Element child : parent.children()) {
      if (child.tagName().equalsIgnoreCase(name)) {
        return child;
      }
    }
    return null;
  }

  private static String firstNonBlank(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }

  private static boolean declaresEncoding(byte[] body) {
    if (PageFile.bomCharset(body) != null) {
      return true;
    }
    String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
    return head.startsWith("<?xml") && head.substring(0, Math.max(head.indexOf("?>"), 0)).contains("encoding");
  }

  private static boolean isUtf8(byte[] body) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
