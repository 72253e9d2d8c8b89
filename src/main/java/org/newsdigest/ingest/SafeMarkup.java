package org.newsdigest.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans an article's chosen content with jsoup's {@link Cleaner} before its blocks are read:
 * no attribute survives but a link's href and an image's src, alt and size, and those addresses
 * only when they are http or https once made absolute against the page's base address
 * (relative and protocol-relative ones resolved, javascript:, data:, vbscript: and mailto:
 * dropped). Stateless and thread-safe.
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

  /**
   * The cleaned copy of {@code content}, to read blocks from. The copy keeps every other element
   * name (without attributes) so the block structure the reader walks stays as it was.
   * {@code content} moves out of its page into the Cleaner's input (the page is not read again;
   * moving saves a copy of the article).
   */
  Element clean(Element content) {
    boolean wholeBody = content.normalName().equals("body");
    Document shell = Document.createShell(content.baseUri());
    shell.body().appendChild(content);
    Set<String> names = new TreeSet<>();
    List<Element> dangerous = new ArrayList<>();
    for (Element element : content.getAllElements()) {
      String name = element.normalName();
      if (NEVER_KEPT.contains(name)) {
        dangerous.add(element);
      } else {
        names.add(name);
      }
    }
    dangerous.forEach(Element::remove);
    // a nested body would not survive a copy: the page's body is read from the copy's own
    names.remove("body");
    Safelist safelist = new Safelist()
        .addTags(names.toArray(String[]::new))
        .addAttributes("a", "href")
        .addAttributes("img", "src", "alt", "width", "height")
        .addProtocols("a", "href", "http", "https")
        .addProtocols("img", "src", "http", "https")
        .preserveRelativeLinks(false);
    Element body = new Cleaner(safelist).clean(shell).body();
    if (wholeBody) {
      return body;
    }
    Element copy = body.firstElementChild();
    return copy == null ? body : copy;
  }
}
