package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;
import org.newsdigest.model.InlineLink;

/**
 * Finds an HTML page's main content and turns it into text blocks: furniture removed by tag
 * and by class/id, the article element (or the element holding most paragraph text) chosen,
 * then headings, paragraphs, quotes and list items in document order. Stateless.
 */
final class HtmlBlocks {
  private static final String ALWAYS_FURNITURE_TAGS =
      "script, style, nav, aside, iframe, noscript, svg, button, template, select, input,"
          + " textarea, figcaption, object, embed, canvas, video, audio, dialog, link, meta";
  /** Tags that usually hold furniture, but sometimes wrap the whole page or the story. */
  private static final Set<String> MAYBE_FURNITURE_TAGS = Set.of("header", "footer", "form");
  private static final Set<String> CONDITIONAL_TAGS =
      Set.of("div", "section", "ul", "ol", "table", "form", "aside", "fieldset");
  /** Class or id words that keep an element even when a furniture word is there too. */
  private static final List<String> LIKELY_NAMES =
      List.of("and", "article", "body", "column", "content", "main", "mathjax", "shadow", "story",
          "entry");
  private static final Pattern HEADING_TAG = Pattern.compile("h[1-6]");
  private static final Pattern PX_SUFFIX = Pattern.compile("(?i)px$");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
  /** Text length above which an element is too big to be a box of furniture. */
  private static final int LARGE_TEXT = 2000;
  private static final int MARKED_BODY_MINIMUM = 200;
  private static final String NOT_BYLINE = "nav, footer, aside, [class~=(?i)comment]";
  private static final int MAX_BYLINE = 100;
  /** Average list item length above which a list reads as prose. */
  private static final int PROSE_ITEM = 60;
  /** Nesting depth past which blocks are no longer told apart (keeps recursion bounded). */
  private static final int MAX_DEPTH = 200;
  /** Furniture words as whole parts of a class or id ("share-tools", "ad_slot", "nav"). */
  private static final Set<String> FURNITURE_WORDS =
      Set.of("nav", "navbar", "navigation", "menu", "share", "sharing", "social", "comment",
          "comments", "related", "footer", "cookie", "cookies", "consent", "subscribe",
          "subscription", "newsletter", "promo", "ad", "ads", "advert", "advertisement", "sponsor",
          "sponsored", "banner", "sidebar", "breadcrumb", "breadcrumbs", "popup", "modal",
          "outbrain", "taboola", "toolbar", "masthead", "skip");
  private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");
  private static final Set<String> INLINE =
      Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "abbr", "cite",
          "q", "time", "mark", "code", "font", "s", "del", "ins", "bdi", "bdo", "label", "var",
          "kbd", "dfn", "data", "wbr", "tt", "big");

  private final ContentScorer scorer = new ContentScorer();
  private final SafeMarkup safe = new SafeMarkup();

  /**
   * Blocks of an HTML fragment such as a feed item's content; relative links resolve against
   * {@code baseUri} (the item's link), or are dropped when it is empty.
   */
  List<Block> fromFragment(String html, String baseUri) {
    Element body = Jsoup.parseBodyFragment(html, baseUri == null ? "" : baseUri).body();
    removeFurniture(body);
    return blocksOf(body);
  }

  /**
   * Strips furniture from the page and returns the elements that hold the article, in
   * document order: the element a page marks as the article body, else the best scoring
   * content with its qualifying siblings, else the whole body.
   */
  List<Element> mainContent(org.jsoup.nodes.Document page) {
    Element body = page.body();
    removeFurniture(body);
    Element marked = page.selectFirst("[itemprop=articleBody]");
    if (marked != null && marked.text().length() >= MARKED_BODY_MINIMUM) {
      cleanConditionally(marked);
      return List.of(marked);
    }
    List<Element> picked = scorer.pick(body);
    if (picked.isEmpty()) {
      return List.of(body);
    }
    picked.forEach(this::cleanConditionally);
    return picked;
  }

  /**
   * The byline the page shows near the headline ("By Jane Doe"), taken out of the page so the
   * body does not repeat it; null when there is none. Long author boxes are not bylines.
   */
  String takeVisibleByline(org.jsoup.nodes.Document page) {
    for (Element element : page.body().getAllElements()) {
      if (!isBylineElement(element)) {
        continue;
      }
      String text = Texts.blankToNull(element.text());
      if (text == null || text.length() > MAX_BYLINE || element.closest(NOT_BYLINE) != null) {
        continue;
      }
      Element name = element.selectFirst("[itemprop~=(?i)name]");
      String byline = name != null && !name.text().isBlank() ? name.text() : text;
      Element parent = element.parent();
      if (element.normalName().equals("a") && parent != null && parent != page.body()
          && parent.text().length() <= MAX_BYLINE) {
        parent.remove();
      } else {
        element.remove();
      }
      return byline;
    }
    return null;
  }

  /**
   * An element marked as the author's: rel="author", or an itemprop, class or id naming an
   * author or byline. Hand-written rather than a selector of four regexes run on every element
   * of the page; the matching is the selector's (ASCII case-insensitive, anywhere in the value).
   */
  private static boolean isBylineElement(Element element) {
    if (element.hasAttr("rel") && element.attr("rel").trim().equalsIgnoreCase("author")) {
      return true;
    }
    if (element.hasAttr("itemprop") && asciiLower(element.attr("itemprop")).contains("author")) {
      return true;
    }
    if (element.hasAttr("class")) {
      String names = asciiLower(element.attr("class"));
      if (names.contains("byline") || names.contains("author") || names.contains("writtenby")) {
        return true;
      }
    }
    if (element.hasAttr("id")) {
      String id = asciiLower(element.attr("id"));
      return id.contains("byline") || id.contains("author");
    }
    return false;
  }

  void removeFurniture(Element root) {
    root.select(ALWAYS_FURNITURE_TAGS).remove();
    ContentScorer.TextStats stats = new ContentScorer.TextStats(root);
    List<Element> furniture = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      if (element == root || NEVER_REMOVED.contains(element.normalName())) {
        continue;
      }
      if (isHidden(element)) {
        furniture.add(element);
        continue;
      }
      // Whole-page wrappers (an ASP.NET form, a site header holding the story) carry prose;
      // only furniture-sized ones go.
      boolean small = stats.length(element) < LARGE_TEXT || stats.linkDensity(element) > 0.5;
      if (MAYBE_FURNITURE_TAGS.contains(element.normalName()) && small) {
        furniture.add(element);
      } else if (!element.hasAttr("itemprop") && small && isUnlikely(element)) {
        furniture.add(element);
      }
    }
    furniture.forEach(Element::remove);
  }

  private static boolean isHidden(Element element) {
    if (element.hasAttr("hidden") || element.attr("aria-hidden").equals("true")) {
      return true;
    }
    String style = element.attr("style");
    return !style.isEmpty() && HIDDEN_STYLE.matcher(style).find();
  }

  private static boolean isUnlikely(Element element) {
    // most elements have neither class nor id: skip building a string and two regex scans
    if (!element.hasAttr("class") && !element.hasAttr("id")) {
      return false;
    }
    String names = asciiLower(element.className() + " " + element.id());
    for (String likely : LIKELY_NAMES) {
      if (names.contains(likely)) {
        return false;
      }
    }
    // the parts between spaces, '_' and '-' ("share-tools", "ad_slot")
    int start = 0;
    for (int i = 0; i <= names.length(); i++) {
      if (i == names.length() || isNameSeparator(names.charAt(i))) {
        if (i > start && FURNITURE_WORDS.contains(names.substring(start, i))) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  private static boolean isNameSeparator(char c) {
    return c == ' ' || (c >= '\t' && c <= '\r') || c == '_' || c == '-';
  }

  /** Class and id words are matched case-insensitively in ASCII only, as the rules were. */
  private static String asciiLower(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= 'A' && chars[i] <= 'Z') {
        chars[i] = (char) (chars[i] + ('a' - 'A'));
      }
    }
    return new String(chars);
  }

  /**
   * Removes boxes inside the article that are not prose: related-link lists, galleries, forms,
   * boxes named like furniture (after Readability's conditional cleaning).
   */
  private void cleanConditionally(Element content) {
    ContentScorer.TextStats stats = new ContentScorer.TextStats(content);
    for (Element element : content.getAllElements()) {
      if (element == content || !CONDITIONAL_TAGS.contains(element.normalName())) {
        continue;
      }
      if (isNotProse(element, stats)) {
        element.remove();
      }
    }
  }

  private static boolean isNotProse(Element element, ContentScorer.TextStats stats) {
    int weight = ContentScorer.classWeight(element);
    if (weight < 0) {
      return true;
    }
    if (stats.commas(element) >= 10) {
      return false;
    }
    String tag = element.normalName();
    boolean list = tag.equals("ul") || tag.equals("ol");
    // counted before any box was removed; only boxes before this one in document order are,
    // so not its own content
    int paragraphs = stats.tagCount(element, "p");
    int images = stats.tagCount(element, "img");
    int items = stats.tagCount(element, "li") - 100;
    int inputs = stats.tagCount(element, "input");
    double links = stats.linkDensity(element);
    int length = stats.length(element);
    if (images > 1 && paragraphs * 2 < images && element.closest("figure") == null) {
      return true;
    }
    if (!list && items > paragraphs) {
      return true;
    }
    if (inputs > paragraphs / 3) {
      return true;
    }
    if (!list && length < 25 && (images == 0 || images > 2) && links > 0) {
      return true;
    }
    // Lists of sentence-long items that cite a few links are prose (release notes, how-tos);
    // related-story lists have short items that are all link.
    boolean proseList = list && items + 100 > 0 && length / (items + 100) > PROSE_ITEM;
    double allowed = weight >= 25 || proseList ? 0.5 : 0.2;
    return links > allowed;
  }

  /**
   * Headings, paragraphs, quotes, list items and images under {@code root}, in document order,
   * read from a cleaned copy so only safe links and images are kept.
   */
  /** A block of the prose fallback holds at least this many words, or is a sentence. */
  private static final int PROSE_WORDS = 10;
  /** A shorter block is prose when it is a sentence of at least this many words. */
  private static final int SENTENCE_WORDS = 5;
  /** A block more than this share of whose text is links is a list of pointers, not prose. */
  private static final double MOST_LINKED_SHARE = 0.5;

  /**
   * The page's prose when the main-content search found none: every text block outside the
   * page's navigation, asides, header and footer that runs to ten words or is a sentence of
   * five, and is not mostly links, in page order. A page whose story the search missed (a recipe
   * laid out as cards, a church notice in a table, a live ticker of one-line entries, a product
   * described inside its order form) still gives its text; furniture rarely runs to ten words or
   * ends a sentence.
   *
   * @param page a fresh parse of the page: the search has cut the one it ran on
   */
  List<Block> proseFallback(org.jsoup.nodes.Document page) {
    Element body = page.body();
    if (body == null) {
      return List.of();
    }
    body.select(ALWAYS_FURNITURE_TAGS + ", header, footer").remove();
    List<Block> blocks = new ArrayList<>();
    for (Block block : blocksOf(body)) {
      if (!block.isImage() && !block.isHeading() && isProse(block)) {
        blocks.add(block);
      }
    }
    return blocks;
  }

  private static boolean isProse(Block block) {
    String text = block.text();
    int linked = 0;
    for (InlineLink link : block.links()) {
      linked += link.end() - link.start();
    }
    if (linked > MOST_LINKED_SHARE * text.length()) {
      return false;
    }
    int words = Texts.wordCount(text);
    return words >= PROSE_WORDS || words >= SENTENCE_WORDS && endsSentence(text);
  }

  private static boolean endsSentence(String text) {
    String t = text.strip();
    char last = t.isEmpty() ? ' ' : t.charAt(t.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  List<Block> blocksOf(Element root) {
    List<Block> blocks = new ArrayList<>();
    walk(safe.clean(root), blocks, BlockKind.PARAGRAPH, 0);
    return blocks;
  }

  private void walk(Element element, List<Block> blocks, BlockKind container, int depth) {
    if (depth > MAX_DEPTH) {
      // Absurdly deep markup: its text as one block, instead of recursing off the stack.
      add(blocks, container, element.text(), 0);
      return;
    }
    LinkedText loose = new LinkedText();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        loose.append(text.text());
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        if (INLINE.contains(tag)) {
          appendInline(loose, el);
        } else if (tag.equals("br")) {
          loose.append(el.nextSibling() instanceof Element next && next.normalName().equals("br")
              ? "\n" : " ");
          if (loose.endsWith("\n")) {
            flush(loose, blocks, container);
          }
        } else {
          flush(loose, blocks, container);
          block(el, tag, blocks, container, depth + 1);
        }
      }
    }
    flush(loose, blocks, container);
  }

  private void block(
      Element el, String tag, List<Block> blocks, BlockKind container, int depth) {
    if (HEADING_TAG.matcher(tag).matches()) {
      add(blocks, BlockKind.HEADING, el.text(), tag.charAt(1) - '0');
    } else if (tag.equals("p")) {
      walk(el, blocks, container, depth);
    } else if (tag.equals("pre")) {
      // select() includes the element itself, so only a pre can hold no such block
      if (el.select("p, div, blockquote, ul, ol").isEmpty()) {
        add(blocks, container, el.wholeText().isBlank() ? "" : el.text(), 0);
      } else {
        walk(el, blocks, container, depth);
      }
    } else if (tag.equals("blockquote")) {
      walk(el, blocks, BlockKind.QUOTE, depth);
    } else if (tag.equals("li")) {
      walk(el, blocks, container == BlockKind.QUOTE ? BlockKind.QUOTE : BlockKind.LIST_ITEM,
          depth);
    } else if (tag.equals("img")) {
      image(el, blocks);
    } else if (!tag.equals("hr")) {
      walk(el, blocks, container, depth);
    }
  }

  /**
   * An image block, when the cleaner left it a src (so an absolute http(s) one) and it is not a
   * tracking pixel (a 1x1 image with no alt text).
   */
  private static void image(Element img, List<Block> blocks) {
    String src = img.attr("src");
    String alt = Texts.normalizeSpace(img.attr("alt"));
    boolean pixel = alt.isEmpty() && (isTiny(img.attr("width")) || isTiny(img.attr("height")));
    if (!pixel && InlineLink.isWebAddress(src)) {
      blocks.add(Block.image(src, alt));
    }
  }

  /** A stated size of at most one pixel ("1", "0", "1px"). */
  private static boolean isTiny(String size) {
    String digits = PX_SUFFIX.matcher(size.strip()).replaceFirst("");
    return !digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
        && digits.length() < 4 && Integer.parseInt(digits) <= 1;
  }

  /**
   * An inline element's text, keeping the space at its edges that text() trims away, with the
   * links in it (the element itself or nested) marked where their text falls.
   */
  private static void appendInline(LinkedText loose, Element inline) {
    String whole = inline.wholeText();
    if (!whole.isEmpty() && Character.isWhitespace(whole.charAt(0))) {
      loose.append(" ");
    }
    int start = loose.length();
    String text = inline.text();
    loose.append(text);
    int from = 0;
    for (Element link : inline.getElementsByTag("a")) {
      String href = link.attr("href");
      String linked = link.text();
      int at = linked.isEmpty() || href.isEmpty() ? -1 : text.indexOf(linked, from);
      if (at >= 0) {
        loose.link(start + at, start + at + linked.length(), href);
        from = at + linked.length();
      }
    }
    if (!whole.isEmpty() && Character.isWhitespace(whole.charAt(whole.length() - 1))) {
      loose.append(" ");
    }
  }

  private static void flush(LinkedText loose, List<Block> blocks, BlockKind container) {
    Block block = loose.toBlock(container, 0);
    if (block != null) {
      blocks.add(block);
    }
    loose.clear();
  }

  private static void add(List<Block> blocks, BlockKind kind, String text, int level) {
    String normal = Texts.normalizeSpace(text);
    if (normal != null && !normal.isEmpty()) {
      blocks.add(new Block(kind, normal, kind == BlockKind.HEADING ? level : 0));
    }
  }
}
