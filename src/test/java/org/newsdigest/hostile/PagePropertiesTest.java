package org.newsdigest.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checker itself must catch each fault, or a clean result over the corpus means nothing. */
class PagePropertiesTest {
  private static final String HEAD = "<!DOCTYPE html><html lang=\"en\"><head>"
      + "<meta charset=\"utf-8\"><title>t</title></head><body>";
  private static final String TAIL = "</body></html>";

  @TempDir Path site;

  @Test
  void aCleanSitePasses() throws IOException {
    write("assets/search.js", "let x = 1;");
    write("index.html", HEAD + "<p><a href=\"events/a.html\">a</a> &lt;script&gt;</p>"
        + "<script src=\"assets/search.js\" defer></script>"
        + "<script type=\"application/ld+json\">{\"a\":\"&lt;/script&gt;\"}</script>" + TAIL);
    write("events/a.md", "# A\n\n\\<script>alert(1)\\</script> and `<b onclick=x>`\n");
    write("feed.xml", "<feed><entry><content type=\"html\">&lt;p&gt;ok&lt;/p&gt;</content>"
        + "<link href=\"https://example.org/a\"/></entry></feed>");
    assertEquals(List.of(), new PageProperties().check(site));
  }

  @Test
  void everyKindOfFaultIsFound() throws IOException {
    write("index.html", HEAD + "<script>alert(1)</script><p onclick=\"x()\">p</p>"
        + "<a href=\" java\tscript:alert(1)\">a</a><img srcset=\"a.png 1x, data:image/svg 2x\">"
        + "<form><button formaction=\"vbscript:x\">b</button></form><iframe></iframe>"
        + "<script src=\"https://cdn.example.org/x.js\"></script><div style=\"x:expression(1)\">"
        + "<p>unclosed" + TAIL);
    write("events/Bad Name.html", HEAD + TAIL);
    write("articles/a.md", "<script>alert(1)</script>\n\n[x](javascript:alert(1))\n");
    write("feed.xml", "<feed><entry><content type=\"html\">&lt;img src=x onerror=alert(1)&gt;"
        + "</content><link href=\"javascript:alert(1)\"/></entry></feed>");
    write("feed.json", "{\"items\":[{\"content_html\":\"<script>alert(1)</script>\","
        + "\"url\":\"data:text/html,x\"}]}");
    write("search.html", "<html><body></body></html>");
    write("sitemap.xml", "<urlset><url><loc>a\u0000b</loc></url></urlset>");
    String problems = String.join("\n", new PageProperties().check(site));
    for (String expected : List.of(
        "index.html: inline script alert(1)",
        "index.html: event handler onclick on <p>",
        "index.html: unsafe URL href= java\tscript:alert(1) on <a>",
        "index.html: unsafe URL srcset=",
        "index.html: unsafe URL formaction=vbscript:x",
        "index.html: <iframe> element",
        "index.html: script from outside the site https://cdn.example.org/x.js",
        "index.html: unsafe style",
        "index.html: HTML parse error",
        "events/Bad Name.html: unsafe name segment 'Bad Name.html'",
        "articles/a.md (through CommonMark): inline script",
        "articles/a.md (through CommonMark): unsafe URL href=javascript:alert(1)",
        "feed.xml <content>: event handler onerror on <img>",
        "feed.xml: unsafe link javascript:alert(1)",
        "feed.json content_html: inline script",
        "feed.json: unsafe URL url=data:text/html,x",
        "search.html: does not start with <!DOCTYPE html>",
        "sitemap.xml: not well-formed XML")) {
      assertTrue(problems.contains(expected), "missing '" + expected + "' in\n" + problems);
    }
  }

  private void write(String path, String content) throws IOException {
    Path file = site.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
  }
}
