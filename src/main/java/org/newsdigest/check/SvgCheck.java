package org.newsdigest.check;

import java.util.Locale;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** An SVG file opened on its own runs its scripts: it may hold none, nor handlers or script links. */
final class SvgCheck {
  void check(String path, Element root, Problems problems) {
    NodeList all = root.getOwnerDocument().getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element element = (Element) all.item(i);
      String name = element.getLocalName();
      if ("script".equalsIgnoreCase(name) || "foreignObject".equals(name)) {
        problems.add(path, "<" + name + "> in an SVG file");
      }
      NamedNodeMap attributes = element.getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        Attr attribute = (Attr) attributes.item(a);
        String key = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
        if (key.toLowerCase(Locale.ROOT).startsWith("on")) {
          problems.add(path, "event-handler attribute " + key + " on <" + name + "> in an SVG file");
        }
        if (key.equals("href")) {
          UrlSafety.dangerousScheme(attribute.getValue()).ifPresent(scheme ->
              problems.add(path, scheme + ": address on <" + name + "> in an SVG file"));
        }
      }
    }
  }
}
