package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The in-place cleaning keeps exactly what jsoup's Cleaner kept. */
class SafeMarkupTest {
  private final SafeMarkup safe = new SafeMarkup();

  private Element cleaned(String html) {
    Document page = Jsoup.parse(html, "https://news.example.org/world/story.html");
    Element clean = safe.clean(page.selectFirst("article"));
    clean.ownerDocument().outputSettings().prettyPrint(false);
    return clean;
  }

  @Test
  void keepsOnlySafeAddressesMadeAbsoluteAndNoOtherAttribute() {
    Element article = cleaned("<article class=story onclick=x()><p style=color:red>"
        + "<a href=/world/other.html class=link>other</a> <a href=javascript:alert(1)>bad</a>"
        + " <img src=//cdn.example.org/a.jpg alt=Map width=300 onerror=x()>"
        + " <img src=data:image/png;base64,AAAA alt=Pixel></p></article>");
    assertEquals("<article><p><a href=\"https://news.example.org/world/other.html\">other</a>"
        + " <a>bad</a> <img src=\"https://cdn.example.org/a.jpg\" alt=\"Map\" width=\"300\">"
        + " <img alt=\"Pixel\"></p></article>", article.outerHtml());
  }

  @Test
  void removesRunnableElementsWithTheirTextAndDropsComments() {
    Element article = cleaned("<article><p>Kept.<script>leak()</script><noscript>no js</noscript>"
        + "<!-- note --></p><svg><text>drawn</text></svg><p>Also<br><!-- x --><br>kept.</p>"
        + "</article>");
    assertEquals("Kept. Also kept.", article.text());
    assertFalse(article.html().contains("note"));
    Element firstBreak = article.selectFirst("br");
    assertTrue(firstBreak.nextSibling() instanceof Element next && next.nameIs("br"),
        "a comment between two breaks is gone, so they still read as a paragraph break");
  }
}
