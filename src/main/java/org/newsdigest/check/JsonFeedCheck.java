package org.newsdigest.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A JSON Feed against the required fields of version 1.1: version, title and items; every item
 * has a unique string id and content_html or content_text; dates are RFC 3339; item and home
 * page addresses must lead to pages of the site.
 */
final class JsonFeedCheck {
  static final String VERSION = "https://jsonfeed.org/version/1.1";

  void check(String path, JsonNode feed, Problems problems, List<Link> links) {
    if (!feed.isObject()) {
      problems.add(path, "a JSON Feed is an object");
      return;
    }
    if (!VERSION.equals(feed.path("version").asText(null))) {
      problems.add(path, "version is not " + VERSION);
    }
    if (!feed.path("title").isTextual() || feed.path("title").asText().isBlank()) {
      problems.add(path, "the feed has no title");
    }
    if (feed.path("home_page_url").isTextual()) {
      links.add(Link.of(path, feed.path("home_page_url").asText(), "home_page_url"));
    }
    JsonNode items = feed.path("items");
    if (!items.isArray()) {
      problems.add(path, "the feed has no items array");
      return;
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String context = "item " + (i + 1);
      JsonNode id = item.path("id");
      if (!id.isTextual() || id.asText().isBlank()) {
        problems.add(path, context + " has no string id");
      } else if (!ids.add(id.asText())) {
        problems.add(path, context + " repeats the id " + id.asText());
      }
      if (!item.path("content_html").isTextual() && !item.path("content_text").isTextual()) {
        problems.add(path, context + " has neither content_html nor content_text");
      }
      for (String field : List.of("date_published", "date_modified")) {
        JsonNode date = item.path(field);
        if (!date.isMissingNode() && !(date.isTextual() && Rfc3339.isDateTime(date.asText()))) {
          problems.add(path, context + " " + field + " is not an RFC 3339 date-time: " + date);
        }
      }
      if (item.path("url").isTextual()) {
        links.add(Link.of(path, item.path("url").asText(), context + " url"));
      }
    }
  }
}
