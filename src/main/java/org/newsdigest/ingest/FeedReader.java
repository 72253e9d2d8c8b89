package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

/** Reads RSS 2.0 and Atom feeds: one Document per item or entry, keyed {@code path#N}. */
final class FeedReader implements FormatReader {
  private final HtmlBlocks html;
  private final XmlCheck xmlCheck = new XmlCheck();

  FeedReader(HtmlBlocks html) {
    this.html = html;
  }

  @Override
  public InputFormat format() {
    return InputFormat.FEED;
  }

  @Override
  public List<Document> read(String source, String text, List<String> warnings)
      throws UnreadableInputException {
    org.jsoup.nodes.Document feed = Jsoup.parse(text, "", Parser.xmlParser());
    List<String> shared = new ArrayList<>(warnings);
    xmlCheck.problem(text).ifPresent(problem -> shared.add(
        "feed is not well-formed XML (" + problem + "); read the items that parsed"));
    String channelTitle = channelTitle(feed);
    String feedLanguage = childText(feed.selectFirst("channel"), "language");
    List<Element> items = feed.select("item, entry");
    List<Document> documents = new ArrayList<>();
    for (Element item : items) {
      Document document =
          readItem(source + "#" + (documents.size() + 1), item, channelTitle, feedLanguage, shared);
      if (document != null) {
        documents.add(document);
      }
    }
    if (documents.isEmpty()) {
      throw new UnreadableInputException("feed has no readable items");
    }
    return documents;
  }

  private static String channelTitle(org.jsoup.nodes.Document feed) {
    Element channel = feed.selectFirst("channel");
    if (channel != null) {
      return childText(channel, "title");
    }
    Element root = feed.selectFirst("feed");
    return root == null ? null : childText(root, "title");
  }

  private Document readItem(
      String source, Element item, String outlet, String language, List<String> shared) {
    List<String> notes = new ArrayList<>(shared);
    MetadataCollector metadata = new MetadataCollector();
    String title = Texts.blankToNull(htmlText(childText(item, "title")));
    metadata.outlet(itemSource(item));
    metadata.outlet(outlet);
    String link = link(item);
    metadata.url(link);
    metadata.published(childText(item, "pubDate"));
    metadata.published(childText(item, "published"));
    metadata.published(childText(item, "dc:date"));
    metadata.published(childText(item, "updated"));
    metadata.updated(childText(item, "updated"));
    metadata.byline(childText(item, "dc:creator"));
    Element author = firstChild(item, "author");
    if (author != null) {
      String name = childText(author, "name");
      metadata.byline(name != null ? name : author.text());
    }
    metadata.language(language);
    for (Element category : item.children()) {
      if (category.normalName().equals("category")) {
        metadata.tag(category.hasAttr("term") ? category.attr("term") : category.text());
      }
    }
    String content = first(childText(item, "content:encoded"), childText(item, "content"),
        childText(item, "description"), childText(item, "summary"));
    List<Block> blocks = content == null ? List.of() : html.fromFragment(content, link);
    blocks = BlockRules.dropBoilerplate(blocks);
    blocks = BlockRules.repairBrokenParagraphs(blocks);
    if (title == null && blocks.isEmpty()) {
      return null;
    }
    if (title == null) {
      notes.add("no title found");
    }
    if (blocks.isEmpty()) {
      notes.add("no body text found");
    }
    return new Document(source, InputFormat.FEED, title, metadata.build(), blocks, notes);
  }

  /**
   * The feed an item was taken from, when a feed gathers others' items: RSS's {@code <source
   * url="...">Reuters</source>}, Atom's {@code <source><title>}. It names the outlet better than
   * the gathering feed's own title.
   */
  private static String itemSource(Element item) {
    Element source = firstChild(item, "source");
    if (source == null) {
      return null;
    }
    String title = childText(source, "title");
    if (title != null) {
      return Texts.blankToNull(htmlText(title));
    }
    return source.children().isEmpty() ? Texts.blankToNull(source.text()) : null;
  }

  /** RSS puts the address in the text of link; Atom in the href of the alternate link. */
  private static String link(Element item) {
    String fallback = null;
    for (Element link : item.children()) {
      if (!link.normalName().equals("link")) {
        continue;
      }
      if (link.hasAttr("href")) {
        String rel = link.attr("rel");
        if (rel.isEmpty() || rel.equals("alternate")) {
          return link.attr("href");
        }
        fallback = fallback == null ? link.attr("href") : fallback;
      } else if (!link.text().isBlank()) {
        return link.text();
      }
    }
    return fallback != null ? fallback : childText(item, "guid");
  }

  private static Element firstChild(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Element child : parent.children()) {
      if (child.normalName().equalsIgnoreCase(name)) {
        return child;
      }
    }
    return null;
  }

  /** A direct child's text, with CDATA and escaped markup kept as the markup it stands for. */
  private static String childText(Element parent, String name) {
    Element child = firstChild(parent, name);
    if (child == null) {
      return null;
    }
    String text = child.wholeText();
    return text.isBlank() ? null : text.strip();
  }

  private static String htmlText(String markup) {
    return markup == null ? null : Jsoup.parseBodyFragment(markup).text();
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
