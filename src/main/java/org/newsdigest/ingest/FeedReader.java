package org.newsdigest.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;
import org.newsdigest.model.InputFormat;

/** Reads RSS 2.0 and Atom feeds: one Document per item or entry, keyed {@code path#N} (a lone item {@code path}). */
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
      // A feed of one item is one article, named by its path like any other (fetch saves items so).
      String key = items.size() == 1 ? source : source + "#" + (documents.size() + 1);
      Document document = readItem(key, item, channelTitle, feedLanguage, shared);
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
    String title = Texts.blankToNull(titleText(item, "title"));
    title = title != null ? title : Texts.blankToNull(titleText(item, "dc:title"));
    metadata.outlet(itemSource(item));
    metadata.outlet(outlet);
    String link = link(item);
    metadata.url(link);
    // RSS, Atom 1.0, Dublin Core and its terms, then Atom 0.3's names
    for (String name : List.of("pubDate", "published", "dc:date", "dcterms:issued", "dcterms:created",
        "issued", "created", "updated", "dcterms:modified", "modified")) {
      metadata.published(childText(item, name));
    }
    for (String name : List.of("updated", "dcterms:modified", "modified")) {
      metadata.updated(childText(item, name));
    }
    metadata.byline(authorName(childText(item, "dc:creator")));
    Element author = firstChild(item, "author");
    if (author != null) {
      String name = childText(author, "name");
      metadata.byline(authorName(name != null ? name : author.text()));
    }
    metadata.language(language);
    for (Element category : item.children()) {
      if (category.normalName().equals("category")) {
        metadata.tag(category.hasAttr("term") ? category.attr("term") : category.text());
      }
    }
    String content = first(childText(item, "content:encoded"), content(item),
        childText(item, "description"), childText(item, "summary"), childText(item, "itunes:summary"));
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
    return textOf(firstChild(parent, name));
  }

  /** An element's whole text, stripped, or null when it is missing or blank. */
  private static String textOf(Element element) {
    if (element == null) {
      return null;
    }
    String text = element.wholeText();
    return text.isBlank() ? null : text.strip();
  }

  /**
   * The text of a title: Atom says whether it is text (the default) or markup, so an Atom
   * "History of the &lt;blink&gt; tag" keeps its tag name; RSS titles are read as markup, as
   * feeds write them.
   */
  private static String titleText(Element item, String name) {
    Element child = firstChild(item, name);
    String text = textOf(child);
    if (text == null) {
      return null;
    }
    return item.normalName().equals("entry") && isText(child, true) ? Texts.normalizeSpace(text) : htmlText(text);
  }

  /**
   * An Atom entry's content as markup: text content escaped so it stays text, and Atom 0.3's
   * base64 content decoded.
   */
  private static String content(Element item) {
    Element child = firstChild(item, "content");
    String text = textOf(child);
    if (text == null || !item.normalName().equals("entry")) {
      return text;
    }
    if (child.attr("mode").equalsIgnoreCase("base64")) {
      try {
        text = new String(Base64.getMimeDecoder().decode(text), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return isText(child, false) ? Entities.escape(text) : text;
  }

  /**
   * True when an Atom text construct says it is plain text: type "text" or "text/plain", or no
   * type where the construct's default is text (a title's is; content's is markup in Atom 0.3).
   */
  private static boolean isText(Element construct, boolean byDefault) {
    String type = construct.attr("type").toLowerCase(Locale.ROOT);
    return type.isEmpty() ? byDefault : type.equals("text") || type.equals("text/plain");
  }

  /** RSS's "editor@example.com (Example Editor)" and a bare "(Example Editor)" name the editor. */
  private static String authorName(String author) {
    if (author == null) {
      return null;
    }
    Matcher m = MAILED_NAME.matcher(author.strip());
    return m.matches() ? m.group(1).strip() : author;
  }

  private static final Pattern MAILED_NAME =
      Pattern.compile("(?:\\S+@\\S+\\s*)?\\((.+)\\)");

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
