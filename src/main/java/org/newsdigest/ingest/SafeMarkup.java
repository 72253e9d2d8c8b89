package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cleans an article's chosen content before its blocks are read, to what jsoup's {@code Cleaner}
 * would keep: no attribute survives but a link's href and an image's src, alt and size, and those
 * addresses only when they are http or https once made absolute against the page's base address
 * (relative and protocol-relative ones resolved, javascript:, data:, vbscript: and mailto:
 * dropped); comments and other non-text nodes go. Stateless and thread-safe (the safelist is
 * only read).
 *
 * <p>Cleans in place rather than through a {@code Cleaner} copy: the content has left its page
 * (which is not read again), so copying every node and building a safelist of the page's tag
 * names cost a tenth of the reading time for the same tree. Each attribute is judged by jsoup's
 * own {@link Safelist#isSafeAttribute}, as the Cleaner does, so the rules stay jsoup's.
 */
final class SafeMarkup {
  /**
   * Elements that run, embed or load something: removed with everything inside, not just
   * unwrapped (the Cleaner would keep their text). Most are page furniture already gone.
   */
  private static final Set<String> NEVER_KEPT =
      Set.of("script", "style", "iframe", "frame", "frameset", "object", "embed", "applet",
          "param", "svg", "template", "noscript", "input", "button", "select", "textarea",
          "option", "link", "meta", "base", "canvas", "video", "audio", "source", "track",
          "dialog", "portal");

  /** Built once: only its attribute and protocol rules are used, never its tag list. */
  private final Safelist attributes = new Safelist()
      .addAttributes("a", "href")
      .addAttributes("img", "src", "alt", "width", "height")
      .addProtocols("a", "href", "http", "https")
      .addProtocols("img", "src", "http", "https")
      .preserveRelativeLinks(false);

  /**
   * {@code content}, cleaned, to read blocks from; element names stay (without attributes) so
   * the block structure the reader walks is as it was. {@code content} moves out of its page
   * into a document of its own with the page's base address, and is changed in place.
   */
  Element clean(Element content) {
    Document shell = Document.createShell(content.baseUri());
    shell.body().appendChild(content);
    List<Node> dropped = new ArrayList<>();
    List<CDataNode> sections = new ArrayList<>();
    List<Element> nestedBodies = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element) {
              if (NEVER_KEPT.contains(element.normalName())) {
                dropped.add(element);
                return FilterResult.SKIP_ENTIRELY;
              }
              if (element != content && element.normalName().equals("body")) {
                nestedBodies.add(element);
              }
              stripAttributes(element);
            } else if (node instanceof CDataNode section) {
              sections.add(section);
            } else if (!(node instanceof TextNode) && !(node instanceof DataNode)) {
              // comments, processing instructions: never read, and the Cleaner drops them
              dropped.add(node);
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        content);
    dropped.forEach(Node::remove);
    // The Cleaner copies CDATA as plain text.
    sections.forEach(s -> s.replaceWith(new TextNode(s.getWholeText())));
    // A body inside the content keeps its children only, as the Cleaner left it.
    nestedBodies.forEach(Element::unwrap);
    return content;
  }

  private void stripAttributes(Element element) {
    if (element.attributesSize() == 0) {
      return;
    }
    String tag = element.tagName();
    if (!tag.equals("a") && !tag.equals("img")) {
      // the safelist allows no attribute on any other element: skip judging each one
      element.clearAttributes();
      return;
    }
    Iterator<Attribute> each = element.attributes().iterator();
    while (each.hasNext()) {
      // isSafeAttribute also rewrites a kept address to its absolute form
      if (!attributes.isSafeAttribute(tag, element, each.next())) {
        each.remove();
      }
    }
  }
}
