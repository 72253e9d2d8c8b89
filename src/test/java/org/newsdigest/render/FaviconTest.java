package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Page;

/**
 * Every HTML page declares the site's own icon by a relative link. Without it a browser asks the
 * server root for {@code /favicon.ico}, which is outside a site served from a sub-path: a 404 in
 * the console that Lighthouse counts against best practices.
 */
class FaviconTest {
  @Test
  void everyHtmlPageLinksTheIconThatTheSiteShips() {
    Map<String, String> site = new TreeMap<>();
    for (Page page : SiteRenderer.builder().build().render(DigestFixture.digest())) {
      site.put(page.path(), new String(page.content(), StandardCharsets.UTF_8));
    }
    String icon = site.get("assets/favicon.svg");
    assertTrue(icon != null && icon.startsWith("<svg"), "assets/favicon.svg: " + icon);
    int pages = 0;
    for (Map.Entry<String, String> page : site.entrySet()) {
      if (!page.getKey().endsWith(".html")) {
        continue;
      }
      pages++;
      Element link = Jsoup.parse(page.getValue()).selectFirst("head link[rel=icon]");
      assertTrue(link != null, page.getKey() + " has no icon link");
      String href = link.attr("href");
      assertTrue(!href.startsWith("/") && !href.contains(":"), page.getKey() + ": " + href);
      String resolved = URI.create("https://example.org/news/" + page.getKey()).resolve(href)
          .getPath();
      assertEquals("/news/assets/favicon.svg", resolved, page.getKey());
    }
    assertTrue(pages >= 5, "too few pages: " + site.keySet());
  }
}
