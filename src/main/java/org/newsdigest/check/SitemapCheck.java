package org.newsdigest.check;

import java.util.List;
import org.w3c.dom.Element;

/**
 * A sitemap against the sitemaps.org 0.9 structure: a urlset of url elements, each with one loc
 * that leads to a page of the site and an optional lastmod in W3C Datetime form.
 */
final class SitemapCheck {
  static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

  void check(String path, Element urlset, Problems problems, List<Link> links) {
    if (!SITEMAP.equals(urlset.getNamespaceURI()) || !"urlset".equals(urlset.getLocalName())) {
      problems.add(path, "root element is not a sitemaps.org <urlset>");
      return;
    }
    int number = 0;
    for (Element url : XmlFiles.children(urlset, SITEMAP, "url")) {
      number++;
      String context = "url " + number;
      XmlFiles.onlyText(path, url, SITEMAP, "loc", context, problems)
          .ifPresent(loc -> links.add(Link.of(path, loc, context + " <loc>")));
      for (Element lastmod : XmlFiles.children(url, SITEMAP, "lastmod")) {
        String text = lastmod.getTextContent().strip();
        if (!Rfc3339.isW3cDatetime(text)) {
          problems.add(path, context + " lastmod is not a W3C datetime: " + text);
        }
      }
    }
    if (number == 0) {
      problems.add(path, "the sitemap lists no page");
    }
  }
}
