package org.newsdigest.check;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Recognises URLs that run code when followed, the way a browser reads them. */
final class UrlSafety {
  private static final Set<String> DANGEROUS_SCHEMES = Set.of("javascript", "data", "vbscript");

  private UrlSafety() {}

  /**
   * The dangerous scheme of {@code url} ("javascript", "data" or "vbscript"), if it has one.
   * Browsers drop tabs and line breaks anywhere in a URL and ignore leading control characters
   * and spaces, so "java&#9;script:" still runs: the check does the same before comparing.
   */
  static Optional<String> dangerousScheme(String url) {
    StringBuilder cleaned = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r') {
        continue;
      }
      if (cleaned.length() == 0 && c <= ' ') {
        continue;
      }
      cleaned.append(c);
    }
    String text = cleaned.toString().toLowerCase(Locale.ROOT);
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String scheme = text.substring(0, colon).strip();
    return DANGEROUS_SCHEMES.contains(scheme) ? Optional.of(scheme) : Optional.empty();
  }
}
