package org.newsdigest.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * An Atom feed against the essentials of RFC 4287: the feed and every entry have one id (an
 * absolute IRI, unique per entry), one title and one RFC 3339 updated date; an entry has one
 * alternate link (it carries no content), which must lead to a page of the site.
 */
final class AtomFeedCheck {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  void check(String path, Element feed, Problems problems, List<Link> links) {
    if (!ATOM.equals(feed.getNamespaceURI()) || !"feed".equals(feed.getLocalName())) {
      problems.add(path, "root element is not an Atom <feed>");
      return;
    }
    common(path, feed, "the feed", problems);
    Set<String> ids = new HashSet<>();
    int number = 0;
    for (Element entry : XmlFiles.children(feed, ATOM, "entry")) {
      number++;
      String context = "entry " + number;
      common(path, entry, context, problems).ifPresent(id -> {
        if (!ids.add(id)) {
          problems.add(path, context + " repeats the id " + id);
        }
      });
      for (Element published : XmlFiles.children(entry, ATOM, "published")) {
        dateTime(path, published.getTextContent().strip(), context + " published", problems);
      }
      List<Element> alternates = XmlFiles.children(entry, ATOM, "link").stream()
          .filter(l -> l.getAttribute("rel").isEmpty() || l.getAttribute("rel").equals("alternate"))
          .toList();
      if (alternates.size() != 1 && XmlFiles.children(entry, ATOM, "content").isEmpty()) {
        problems.add(path, context + " has " + alternates.size()
            + " alternate links and no content; RFC 4287 asks for one of them");
      }
      for (Element link : alternates) {
        links.add(Link.of(path, link.getAttribute("href"), context + " <link href>"));
      }
    }
  }

  private static java.util.Optional<String> common(String path, Element element, String context,
      Problems problems) {
    java.util.Optional<String> id =
        XmlFiles.onlyText(path, element, ATOM, "id", context, problems);
    id.ifPresent(text -> {
      if (!isAbsolute(text)) {
        problems.add(path, context + " id is not an absolute IRI: " + text);
      }
    });
    XmlFiles.onlyText(path, element, ATOM, "title", context, problems);
    XmlFiles.onlyText(path, element, ATOM, "updated", context, problems)
        .ifPresent(text -> dateTime(path, text, context + " updated", problems));
    return id;
  }

  private static void dateTime(String path, String text, String what, Problems problems) {
    if (!Rfc3339.isDateTime(text)) {
      problems.add(path, what + " is not an RFC 3339 date-time: " + text);
    }
  }

  private static boolean isAbsolute(String iri) {
    try {
      return new URI(iri).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
