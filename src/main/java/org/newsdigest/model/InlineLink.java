package org.newsdigest.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A link inside a block's text: the characters {@code [start, end)} of the block's text point to
 * {@code href}.
 *
 * @param start first character of the linked text, at least 0
 * @param end one past the last linked character, greater than {@code start}
 * @param href an absolute http or https address with a host, never anything a browser would run
 */
public record InlineLink(int start, int end, String href) {
  public InlineLink {
    Objects.requireNonNull(href, "href");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("The link span [" + start + ", " + end + ") is empty.");
    }
    if (!isWebAddress(href)) {
      throw new IllegalArgumentException(
          "The href '" + href + "' is not an absolute http or https address.");
    }
  }

  /**
   * True for an absolute http or https address with a host: the only kind of address a page may
   * link to or load an image from (no javascript:, data:, vbscript:, relative or
   * protocol-relative addresses).
   */
  public static boolean isWebAddress(String address) {
    if (address == null || address.isEmpty()) {
      return false;
    }
    for (int i = 0; i < address.length(); i++) {
      char c = address.charAt(i);
      // control characters and spaces smuggle schemes past parsers ("java\tscript:")
      if (c <= ' ' || c == 0x7f) {
        return false;
      }
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme();
      return scheme != null
          && (scheme.toLowerCase(Locale.ROOT).equals("http")
              || scheme.toLowerCase(Locale.ROOT).equals("https"))
          && uri.getRawAuthority() != null
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
