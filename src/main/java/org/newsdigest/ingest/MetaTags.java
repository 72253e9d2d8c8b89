package org.newsdigest.ingest;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A page's meta tags indexed once by every name they carry: {@code property} may list several
 * ("og:title twitter:title"), {@code name} spellings vary ("DC.title", "dc:title"). The first
 * tag with a non-blank content wins, as the page author put it first.
 */
final class MetaTags {
  private static final Pattern SPACE = Pattern.compile("\\s+");
  private final Map<String, String> byName = new LinkedHashMap<>();

  MetaTags(org.jsoup.nodes.Document page) {
    for (Element meta : page.getElementsByTag("meta")) {
      String content = Texts.blankToNull(meta.attr("content"));
      if (content == null) {
        continue;
      }
      for (String property : SPACE.split(meta.attr("property").strip())) {
        put(property, content);
      }
      put(meta.attr("name"), content);
      put(prefixed("itemprop:", meta.attr("itemprop")), content);
      put(prefixed("http-equiv:", meta.attr("http-equiv")), content);
    }
  }

  private static String prefixed(String prefix, String value) {
    return value.isBlank() ? "" : prefix + value;
  }

  private void put(String name, String content) {
    String key = SPACE.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("").replace('.', ':');
    if (!key.isEmpty()) {
      byName.putIfAbsent(key, content);
    }
  }

  /** The first of the named tags that the page has, or null. Names are lower case, ':' form. */
  String first(String... names) {
    for (String name : names) {
      String value = byName.get(name);
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
