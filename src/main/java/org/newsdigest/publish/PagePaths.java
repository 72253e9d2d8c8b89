package org.newsdigest.publish;

/** The rules a page path must follow before the publisher writes it anywhere. */
final class PagePaths {
  /**
   * Names the publisher keeps for itself inside a site: the marker and the hidden temporary
   * files of an in-place update. A page may not take one, so such a file never passes for a page.
   */
  static final String RESERVED_PREFIX = ".newsdigest-";

  private PagePaths() {}

  /**
   * @throws IllegalArgumentException naming the path when it is not a plain relative path inside
   *     the site or takes a name the publisher keeps for itself
   */
  static void check(String path) {
    int start = 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      String segment = path.substring(start, end);
      start = end + 1;
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")
          || segment.indexOf('\0') >= 0 || segment.indexOf(':') >= 0) {
        throw new IllegalArgumentException("The page path '" + path + "' is not a safe relative path.");
      }
      if (segment.startsWith(RESERVED_PREFIX)) {
        throw new IllegalArgumentException("The page path '" + path
            + "' is reserved for the site marker and the publisher's temporary files.");
      }
    }
  }
}
