package org.newsdigest.render;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Link rules: relative links between pages, and which input URLs may become links at all. */
final class Links {
  private Links() {}

  /** The prefix leading from {@code pagePath} back to the site root: "", "../", "../../". */
  static String root(String pagePath) {
    int depth = (int) pagePath.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /**
   * The URL when it is an absolute http or https address with a host, else null: input URLs
   * become links only then, so "javascript:" and "file:" addresses stay text.
   */
  static String httpUrl(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String trimmed = url.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme();
      if (scheme == null || uri.getHost() == null) {
        return null;
      }
      String lower = scheme.toLowerCase(Locale.ROOT);
      return lower.equals("http") || lower.equals("https") ? uri.toASCIIString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /** Encodes the few characters that would end a Markdown link destination early. */
  static String forMarkdownDestination(String url) {
    return url.replace("\\", "%5C").replace("(", "%28").replace(")", "%29")
        .replace("<", "%3C").replace(">", "%3E").replace(" ", "%20");
  }
}
