package org.newsdigest.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * Parses one HTML page of the site and checks what can be checked on the page alone: that it is
 * well-formed HTML5, that nothing on it can run code (scripts other than the site's own, event
 * handler attributes, javascript:/data:/vbscript: addresses, embedded active content), and that
 * its ids are unique. It returns the page's ids and links so that links can be checked once
 * every page is known.
 */
final class HtmlPageCheck {
  /** Parse errors listed per page before the rest is only counted: one mistake often cascades. */
  private static final int ERRORS_LISTED = 5;

  /** Attributes whose value a browser follows or loads as an address. */
  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "action", "formaction", "poster", "data", "cite", "background", "longdesc",
      "manifest", "codebase", "dynsrc", "lowsrc", "ping", "xlink:href", "srcset", "imagesrcset");

  /** Attributes whose address is part of the site's link graph and must resolve. */
  private static final List<String> FOLLOWED = List.of("href", "src", "poster");

  /** Elements that embed or run content of their own. */
  private static final Set<String> ACTIVE_ELEMENTS =
      Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base");

  /** What a page holds that the whole-site checks need. */
  record Scan(Set<String> ids, List<Link> links) {}

  private final ObjectMapper json;

  HtmlPageCheck(ObjectMapper json) {
    this.json = json;
  }

  Scan check(String path, String html, Problems problems) {
    Parser parser = Parser.htmlParser().setTrackErrors(ERRORS_LISTED + 1);
    Document document = parser.parseInput(html, "");
    List<ParseError> errors = parser.getErrors();
    for (int i = 0; i < Math.min(errors.size(), ERRORS_LISTED); i++) {
      ParseError error = errors.get(i);
      problems.add(path, "not well-formed HTML at " + lineAndColumn(html, error.getPosition())
          + ": " + error.getErrorMessage());
    }
    if (errors.size() > ERRORS_LISTED) {
      problems.add(path, "more HTML parse errors after the first " + ERRORS_LISTED);
    }
    if (!html.stripLeading().regionMatches(true, 0, "<!doctype html>", 0, 15)) {
      problems.add(path, "does not start with <!doctype html>");
    }
    Map<String, Integer> idCounts = new LinkedHashMap<>();
    List<Link> links = new ArrayList<>();
    for (Element element : document.getAllElements()) {
      checkElement(path, element, problems, links);
      String id = element.id();
      if (!id.isEmpty()) {
        idCounts.merge(id, 1, Integer::sum);
      }
      if (element.normalName().equals("a") && element.hasAttr("name")) {
        // An old-style anchor target: it is a fragment target but not an id.
        idCounts.putIfAbsent(element.attr("name"), 1);
      }
    }
    for (Map.Entry<String, Integer> id : idCounts.entrySet()) {
      if (id.getValue() > 1) {
        problems.add(path, "id '" + id.getKey() + "' appears " + id.getValue()
            + " times, so a link to #" + id.getKey() + " is ambiguous");
      }
    }
    return new Scan(new LinkedHashSet<>(idCounts.keySet()), links);
  }

  private void checkElement(String path, Element element, Problems problems, List<Link> links) {
    String name = element.normalName();
    if (ACTIVE_ELEMENTS.contains(name)) {
      problems.add(path, "<" + name + "> element: pages may not embed active content");
    }
    if (name.equals("script")) {
      checkScript(path, element, problems, links);
    }
    for (Attribute attribute : element.attributes()) {
      String key = attribute.getKey().toLowerCase(Locale.ROOT);
      String value = attribute.getValue();
      if (key.startsWith("on")) {
        problems.add(path, "event-handler attribute " + key + " on <" + name + ">");
      }
      if (URL_ATTRIBUTES.contains(key)) {
        for (String url : addresses(key, value)) {
          UrlSafety.dangerousScheme(url).ifPresent(scheme -> problems.add(path,
              scheme + ": address in <" + name + " " + key + ">: " + shorten(url)));
        }
      }
      if (key.equals("style")) {
        String style = value.toLowerCase(Locale.ROOT);
        if (style.contains("javascript:") || style.contains("expression(")) {
          problems.add(path, "style attribute with script on <" + name + ">: " + shorten(value));
        }
      }
    }
    if (name.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
      String content = element.attr("content");
      int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
      if (url >= 0) {
        UrlSafety.dangerousScheme(content.substring(url + 4)).ifPresent(scheme ->
            problems.add(path, scheme + ": address in <meta http-equiv=refresh>"));
      }
    }
    for (String key : FOLLOWED) {
      if (element.hasAttr(key) && !name.equals("script")) {
        String href = element.attr(key);
        if (!href.isBlank() && UrlSafety.dangerousScheme(href).isEmpty()) {
          links.add(Link.of(path, href, "<" + name + " " + key + ">"));
        }
      }
    }
  }

  private void checkScript(String path, Element script, Problems problems, List<Link> links) {
    String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
    if (type.equals("application/ld+json")) {
      if (script.hasAttr("src")) {
        problems.add(path, "JSON-LD <script> with a src attribute");
      }
      try {
        json.readTree(script.data());
      } catch (JsonProcessingException e) {
        problems.add(path, "JSON-LD block is not valid JSON: " + e.getOriginalMessage());
      }
      return;
    }
    if (!script.hasAttr("src")) {
      problems.add(path, "inline <script> (only JSON-LD blocks and the site's assets/ scripts"
          + " are allowed): " + shorten(script.data().strip()));
      return;
    }
    if (!script.data().isBlank()) {
      problems.add(path, "<script src> with inline code as well");
    }
    links.add(new Link(path, script.attr("src"), "<script src>", true));
  }

  /** The addresses in an attribute: one, or a comma-separated candidate list for srcset. */
  private static List<String> addresses(String key, String value) {
    if (!key.endsWith("srcset")) {
      return List.of(value);
    }
    List<String> urls = new ArrayList<>();
    for (String candidate : value.split(",")) {
      String trimmed = candidate.strip();
      int space = trimmed.indexOf(' ');
      urls.add(space < 0 ? trimmed : trimmed.substring(0, space));
    }
    return urls;
  }

  static String shorten(String text) {
    String oneLine = text.replaceAll("\\s+", " ");
    return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
  }

  private static String lineAndColumn(String text, int position) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < Math.min(position, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return "line " + line + ", column " + column;
  }
}
