package org.newsdigest.ingest;

import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
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
   * Elements that run, embed or collect something: removed with everything inside, not just
   * unwrapped (the Cleaner would keep their text).
   */
  private static final String NEVER_KEPT =
      "script, style, iframe, frame, frameset, object, embed, applet, param, svg, math, template,"
          + " noscript, form, input, button, select, textarea, option, link, meta, base, canvas,"
          + " video, audio, source, track, dialog, portal";

  /**
   * A copy of {@code content}'s children, cleaned, under a body element. The copy keeps every
   * other element name (without attributes) so the block structure the reader walks stays as it
   * was; {@code content} itself is not changed.
   */
  Element clean(Element content) {
    Document shell = Document.createShell(content.baseUri());
    for (Node child : content.childNodes()) {
      shell.body().appendChild(child.clone());
    }
    shell.body().select(NEVER_KEPT).remove();
    Set<String> names = new TreeSet<>();
    for (Element element : shell.body().getAllElements()) {
      names.add(element.normalName());
    }
    names.remove("body");
    Safelist safelist = new Safelist()
        .addTags(names.toArray(String[]::new))
        .addAttributes("a", "href")
        .addAttributes("img", "src", "alt", "width", "height")
        .addProtocols("a", "href", "http", "https")
        .addProtocols("img", "src", "http", "https")
        .preserveRelativeLinks(false);
    return new Cleaner(safelist).clean(shell).body();
  }
}
