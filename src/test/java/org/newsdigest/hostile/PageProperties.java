package org.newsdigest.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * What every built site must satisfy, checked independently of the code that wrote it, by
 * parsing every page: nothing executable, no unsafe URL, well-formed HTML5, safe file names.
 * Each problem is one line naming the file, so a failure reads as a list.
 */
final class PageProperties {
  /** Attributes that hold a URL a browser may follow, load or submit to. */
  private static final Set<String> URL_ATTRIBUTES =
      Set.of("href", "src", "action", "formaction", "srcset", "xlink:href", "poster",
          "background", "cite", "data", "ping", "lowsrc", "dynsrc", "codebase", "manifest");

  private static final Set<String> FORBIDDEN_ELEMENTS =
      Set.of("iframe", "frame", "frameset", "object", "embed", "applet", "base");

  /** Browsers drop ASCII tab and newline anywhere in a URL, and leading controls and spaces. */
  private static final Pattern URL_NOISE = Pattern.compile("[\\x00-\\x20\\x7F]+");

  /** A path segment of the site: lower-case ASCII words and hyphens, then extensions. */
  private static final Pattern SAFE_SEGMENT =
      Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)*");

  private final ObjectMapper json = new ObjectMapper();
  private final Parser markdown = Parser.builder().build();
  // As a user would run the .md pages: raw HTML passes through, URLs are not sanitised.
  private final HtmlRenderer markdownHtml = HtmlRenderer.builder().build();

  /** Every problem of the site under {@code site}, sorted. */
  List<String> check(Path site) throws IOException {
    return check(site, path -> true);
  }

  /** The problems of the files whose site path {@code include} accepts (names: of every file). */
  List<String> check(Path site, Predicate<String> include) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(site)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path file : files) {
      String where = site.relativize(file).toString().replace('\\', '/');
      checkName(where, problems);
      if (Files.isSymbolicLink(file)) {
        problems.add(where + ": is a symbolic link");
      }
      if (!include.test(where)) {
        continue;
      }
      if (where.endsWith(".html")) {
        checkHtmlPage(site, where, Files.readString(file, StandardCharsets.UTF_8), problems);
      } else if (where.endsWith(".md")) {
        String html = markdownHtml.render(markdown.parse(Files.readString(file)));
        checkMarkup(where + " (through CommonMark)", Jsoup.parse(html), site, problems);
      } else if (where.endsWith(".xml")) {
        checkXml(where, Files.readString(file, StandardCharsets.UTF_8), site, problems);
      } else if (where.endsWith(".json")) {
        checkJson(where, json.readTree(file.toFile()), site, problems);
      }
    }
    return problems.stream().sorted().toList();
  }

  /**
   * A feed reader renders Atom text of type html or xhtml as markup, so that markup must be as
   * safe as a page; every link of the feed must be safe too.
   */
  private static void checkXml(String where, String xml, Path site, List<String> problems) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler()); // report by exception, print nothing
      builder.parse(new InputSource(new StringReader(xml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      problems.add(where + ": not well-formed XML: " + e.getMessage());
    }
    Document feed = Jsoup.parse(xml, "", org.jsoup.parser.Parser.xmlParser());
    for (Element element : feed.getAllElements()) {
      String type = element.attr("type");
      if (type.equals("html")) {
        checkMarkup(where + " <" + element.tagName() + ">", Jsoup.parse(element.text()), site,
            problems);
      } else if (type.equals("xhtml")) {
        checkMarkup(where + " <" + element.tagName() + ">", Jsoup.parse(element.html()), site,
            problems);
      }
      if (element.hasAttr("href") && unsafeUrl("href", element.attr("href"))) {
        problems.add(where + ": unsafe link " + element.attr("href"));
      }
      if (Set.of("loc", "id", "uri", "icon", "logo").contains(element.tagName())
          && unsafeUrl("href", element.text())) {
        problems.add(where + ": unsafe URL <" + element.tagName() + "> " + element.text());
      }
    }
  }

  /** JSON Feed's *_html fields are rendered by feed readers; its URL fields are followed. */
  private static void checkJson(String where, JsonNode node, Path site, List<String> problems) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        String name = field.getKey();
        JsonNode value = field.getValue();
        if (value.isTextual() && name.endsWith("html")) {
          checkMarkup(where + " " + name, Jsoup.parse(value.asText()), site, problems);
        } else if (value.isTextual() && (name.endsWith("url") || name.equals("image")
            || name.equals("icon") || name.equals("favicon") || name.equals("avatar"))
            && unsafeUrl("href", value.asText())) {
          problems.add(where + ": unsafe URL " + name + "=" + value.asText());
        } else {
          checkJson(where, value, site, problems);
        }
      });
    } else if (node.isArray()) {
      node.forEach(item -> checkJson(where, item, site, problems));
    }
  }

  private static void checkName(String where, List<String> problems) {
    if (where.equals(".newsdigest-site")) {
      return; // the publisher's marker that says the folder is a site it may replace
    }
    for (String segment : where.split("/")) {
      if (!SAFE_SEGMENT.matcher(segment).matches()) {
        problems.add(where + ": unsafe name segment '" + segment + "'");
      }
    }
  }

  private void checkHtmlPage(Path site, String where, String html, List<String> problems) {
    if (!html.regionMatches(true, 0, "<!DOCTYPE html>", 0, 15)) {
      problems.add(where + ": does not start with <!DOCTYPE html>");
    }
    org.jsoup.parser.Parser parser = org.jsoup.parser.Parser.htmlParser().setTrackErrors(20);
    Document page = Jsoup.parse(html, "", parser);
    for (ParseError error : parser.getErrors()) {
      problems.add(where + ": HTML parse error at " + error.getPosition() + ": "
          + error.getErrorMessage());
    }
    checkMarkup(where, page, site, problems);
  }

  /** Scripts, event handlers, unsafe URLs and embedding elements anywhere in {@code page}. */
  static void checkMarkup(String where, Document page, Path site, List<String> problems) {
    for (Element element : page.getAllElements()) {
      String tag = element.normalName();
      if (FORBIDDEN_ELEMENTS.contains(tag)) {
        problems.add(where + ": <" + tag + "> element");
      }
      if (tag.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
        problems.add(where + ": meta refresh");
      }
      if (tag.equals("script")) {
        checkScript(where, element, site, problems);
      }
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        String value = attribute.getValue();
        if (name.startsWith("on")) {
          problems.add(where + ": event handler " + name + " on <" + tag + ">");
        }
        if (URL_ATTRIBUTES.contains(name) && unsafeUrl(name, value)) {
          problems.add(where + ": unsafe URL " + name + "=" + value + " on <" + tag + ">");
        }
        if (name.equals("style") && unsafeStyle(value)) {
          problems.add(where + ": unsafe style " + value + " on <" + tag + ">");
        }
      }
    }
  }

  /** Only the site's own script files, and JSON-LD data blocks that parse as JSON data. */
  private static void checkScript(String where, Element script, Path site, List<String> problems) {
    String type = script.attr("type").strip().toLowerCase(Locale.ROOT);
    if (type.equals("application/ld+json")) {
      if (script.hasAttr("src")) {
        problems.add(where + ": JSON-LD block with a src");
      }
      return;
    }
    String src = script.attr("src");
    if (src.isEmpty()) {
      problems.add(where + ": inline script " + abbreviate(script.data()));
      return;
    }
    if (site == null || src.contains(":") || src.startsWith("//")) {
      problems.add(where + ": script from outside the site " + src);
      return;
    }
    Path page = site.resolve(where.replaceAll(" \\(.*\\)$", "")).getParent();
    Path target = page.resolve(src).normalize();
    if (!target.startsWith(site.resolve("assets")) || !Files.isRegularFile(target)) {
      problems.add(where + ": script that is not one of the site's assets " + src);
    }
    if (!script.data().isBlank()) {
      problems.add(where + ": script with a src and inline code");
    }
  }

  static boolean unsafeUrl(String attribute, String value) {
    List<String> urls = new ArrayList<>();
    if (attribute.equals("srcset")) {
      for (String candidate : value.split(",")) {
        urls.add(candidate.strip().split("\\s+")[0]);
      }
    } else {
      urls.add(value);
    }
    for (String url : urls) {
      String compact = URL_NOISE.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
      if (compact.startsWith("javascript:") || compact.startsWith("vbscript:")
          || compact.startsWith("data:") || compact.startsWith("livescript:")) {
        return true;
      }
    }
    return false;
  }

  private static boolean unsafeStyle(String style) {
    String compact = URL_NOISE.matcher(style).replaceAll("").toLowerCase(Locale.ROOT);
    return compact.contains("javascript:") || compact.contains("expression(")
        || compact.contains("url(data:") || compact.contains("behavior:");
  }

  private static String abbreviate(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() > 80 ? line.substring(0, 80) + "…" : line;
  }
}
