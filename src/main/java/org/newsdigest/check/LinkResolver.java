package org.newsdigest.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Resolves a link the way a browser does from a site served at some unknown sub-path: a relative
 * link is followed from the folder of the file that holds it, and may never climb above the
 * site's root; a link starting with "/" would only work at the server root, so it is refused; an
 * absolute address is the site's own only when it starts with the site's base URL.
 */
final class LinkResolver {
  private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

  /** Where a link leads. */
  sealed interface Resolution permits External, Internal, Invalid {}

  /** Somewhere else on the web, not checked. */
  record External() implements Resolution {}

  /**
   * A file of the site.
   *
   * @param path relative to the site root; a folder link ends with "index.html"
   * @param fragment the decoded #fragment, or null when there is none
   */
  record Internal(String path, String fragment) implements Resolution {}

  /** A link that cannot work, and why. */
  record Invalid(String reason) implements Resolution {}

  private final String baseUrl;

  /** @param baseUrl the site's public address ending with "/", or null when it has none */
  LinkResolver(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  Resolution resolve(String from, String href) {
    String text = href.strip();
    if (baseUrl != null && text.startsWith(baseUrl)) {
      return relative("", "", text.substring(baseUrl.length()));
    }
    if (text.startsWith("//")) {
      return new External();
    }
    if (text.startsWith("/")) {
      return new Invalid("starts with '/', so it only works when the site is at the server root");
    }
    if (hasScheme(text)) {
      return new External();
    }
    int slash = from.lastIndexOf('/');
    return relative(from, slash < 0 ? "" : from.substring(0, slash + 1), text);
  }

  private static boolean hasScheme(String text) {
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return false;
    }
    String scheme = text.substring(0, colon);
    return SCHEME.matcher(scheme).matches();
  }

  private static Resolution relative(String from, String folder, String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      return new Invalid("is not a valid address (" + e.getReason().toLowerCase(Locale.ROOT) + ")");
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String fragment = uri.getFragment();
    if (path.isEmpty()) {
      // "#x" or "?q" stays on the same file; the base URL alone is the home page.
      return new Internal(from.isEmpty() ? "index.html" : from, fragment);
    }
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : (folder + path).split("/", -1)) {
      if (segment.equals("..")) {
        if (segments.isEmpty()) {
          return new Invalid("climbs above the site's root folder");
        }
        segments.removeLast();
      } else if (!segment.equals(".")) {
        segments.addLast(segment);
      }
    }
    String joined = String.join("/", segments);
    if (joined.isEmpty() || joined.endsWith("/")) {
      joined = joined + "index.html";
    }
    return new Internal(joined, fragment);
  }
}
