package org.newsdigest.render;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * References to an event's articles from one page: each article's label in the event (see
 * {@link SourceLabels}) and its page URL relative to the page being rendered.
 *
 * @param reads what the page reads of the rest of the site
 * @param root the way from the page being rendered back to the site root
 * @param extension ".html" or ".md": links stay within the same kind of page
 */
record SourceRefs(PageReads reads, String root, String extension, SourceLabels labels) {

  /**
   * A fresh, mutable reference the caller may add to; its URL is null when no event lists that
   * source (a dangling reference from merge).
   */
  Map<String, Object> ref(String source) {
    Map<String, Object> ref = new LinkedHashMap<>();
    String page = reads.articlePage(source, extension);
    ref.put("source", source);
    ref.put("outlet", labels.label(source));
    ref.put("url", page == null ? null : root + page);
    return ref;
  }
}
