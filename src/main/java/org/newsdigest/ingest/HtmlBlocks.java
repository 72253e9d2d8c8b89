package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.newsdigest.model.Block;
import org.newsdigest.model.BlockKind;

/**
 * Finds an HTML page's main content and turns it into text blocks: furniture removed by tag
 * and by class/id, the article element (or the element holding most paragraph text) chosen,
 * then headings, paragraphs, quotes and list items in document order. Stateless.
 */
final class HtmlBlocks {
  private static final String FURNITURE_TAGS =
      "script, style, nav, header, footer, aside, form, iframe, noscript, svg, button, template,"
          + " select, input, figcaption, object, embed, canvas, video, audio, dialog";
  /** Class or id words that mark page furniture; matched against whole word parts. */
  private static final Pattern FURNITURE_WORD =
      Pattern.compile(
          "nav|navbar|navigation|menu|share|sharing|social|comment|comments|related|footer"
              + "|cookie|cookies|consent|subscribe|subscription|newsletter|promo|ad|ads|advert"
              + "|advertisement|sponsor|sponsored|banner|sidebar|breadcrumb|breadcrumbs|popup"
              + "|modal|outbrain|taboola|byline-share|toolbar|masthead|skip");
  private static final Set<String> NEVER_REMOVED = Set.of("html", "body", "main", "article");
  private static final Set<String> INLINE =
      Set.of("a", "span", "em", "strong", "b", "i", "u", "small", "sup", "sub", "abbr", "cite",
          "q", "time", "mark", "code", "font", "s", "del", "ins", "bdi", "bdo", "label", "var",
          "kbd", "dfn", "data", "wbr", "tt", "big");

  /** Blocks of an HTML fragment such as a feed item's content. */
  List<Block> fromFragment(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    removeFurniture(body);
    return blocksOf(body);
  }

  /** Strips furniture from the page and returns the element that holds the article. */
  Element mainContent(org.jsoup.nodes.Document page) {
    Element body = page.body();
    removeFurniture(body);
    Element marked = page.selectFirst("[itemprop=articleBody]");
    if (marked != null && paragraphText(marked) > 0) {
      return marked;
    }
    Element best = null;
    for (Element candidate : page.select("article, main, [role=main]")) {
      if (best == null || paragraphText(candidate) > paragraphText(best)) {
        best = candidate;
      }
    }
    Element densest = densest(body);
    if (best != null && paragraphText(best) * 2 >= paragraphText(densest)) {
      return best;
    }
    return densest == null ? body : densest;
  }

  void removeFurniture(Element root) {
    root.select(FURNITURE_TAGS).remove();
    root.select("[hidden], [aria-hidden=true], [style~=display:\\s*none]").remove();
    List<Element> furniture = new ArrayList<>();
    for (Element element : root.getAllElements()) {
      if (!NEVER_REMOVED.contains(element.normalName())
          && !element.hasAttr("itemprop")
          && (isFurnitureName(element.className()) || isFurnitureName(element.id()))) {
        furniture.add(element);
      }
    }
    furniture.forEach(Element::remove);
  }

  private static boolean isFurnitureName(String names) {
    for (String name : names.toLowerCase(Locale.ROOT).split("[\\s_\\-]+")) {
      if (!name.isEmpty() && FURNITURE_WORD.matcher(name).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The element whose direct paragraphs hold the most text; nested parents get half credit. */
  private static Element densest(Element body) {
    Map<Element, Integer> scores = new LinkedHashMap<>();
    for (Element p : body.select("p, pre, td, div:not(:has(div, p))")) {
      int length = p.text().length();
      if (length < 25) {
        continue;
      }
      Element parent = p.parent();
      if (parent != null) {
        scores.merge(parent, length, Integer::sum);
        if (parent.parent() != null) {
          scores.merge(parent.parent(), length / 2, Integer::sum);
        }
      }
    }
    Element best = body;
    int bestScore = 0;
    for (Map.Entry<Element, Integer> entry : scores.entrySet()) {
      if (entry.getValue() > bestScore) {
        best = entry.getKey();
        bestScore = entry.getValue();
      }
    }
    return best;
  }

  private static int paragraphText(Element element) {
    if (element == null) {
      return 0;
    }
    int total = 0;
    for (Element p : element.select("p, pre")) {
      total += p.text().length();
    }
    return total == 0 ? element.text().length() / 4 : total;
  }

  /** Headings, paragraphs, quotes and list items under {@code root}, in document order. */
  List<Block> blocksOf(Element root) {
    List<Block> blocks = new ArrayList<>();
    walk(root, blocks, BlockKind.PARAGRAPH);
    return blocks;
  }

  private void walk(Element element, List<Block> blocks, BlockKind container) {
    StringBuilder loose = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        loose.append(text.text());
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        if (INLINE.contains(tag)) {
          loose.append(el.text());
        } else if (tag.equals("br")) {
          loose.append(el.nextSibling() instanceof Element next && next.normalName().equals("br")
              ? "\n" : " ");
          if (loose.toString().endsWith("\n")) {
            flush(loose, blocks, container);
          }
        } else {
          flush(loose, blocks, container);
          block(el, tag, blocks, container);
        }
      }
    }
    flush(loose, blocks, container);
  }

  private void block(Element el, String tag, List<Block> blocks, BlockKind container) {
    if (tag.matches("h[1-6]")) {
      add(blocks, BlockKind.HEADING, el.text(), tag.charAt(1) - '0');
    } else if (tag.equals("p") || tag.equals("pre")) {
      if (el.select("p, div, blockquote, ul, ol").isEmpty()) {
        add(blocks, container, el.wholeText().isBlank() ? "" : el.text(), 0);
      } else {
        walk(el, blocks, container);
      }
    } else if (tag.equals("blockquote")) {
      walk(el, blocks, BlockKind.QUOTE);
    } else if (tag.equals("li")) {
      walk(el, blocks, container == BlockKind.QUOTE ? BlockKind.QUOTE : BlockKind.LIST_ITEM);
    } else if (!tag.equals("img") && !tag.equals("picture") && !tag.equals("hr")) {
      walk(el, blocks, container);
    }
  }

  private static void flush(StringBuilder loose, List<Block> blocks, BlockKind container) {
    add(blocks, container, loose.toString(), 0);
    loose.setLength(0);
  }

  private static void add(List<Block> blocks, BlockKind kind, String text, int level) {
    String normal = Texts.normalizeSpace(text);
    if (normal != null && !normal.isEmpty()) {
      blocks.add(new Block(kind, normal, kind == BlockKind.HEADING ? level : 0));
    }
  }
}
