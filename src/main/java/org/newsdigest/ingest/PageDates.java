package org.newsdigest.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.newsdigest.model.Block;

/**
 * The publication day of a web page whose metadata (JSON-LD, meta tags, a {@code time} element,
 * the address) states none, found where htmldate looks, most trusted first:
 * <ol>
 *   <li>markup that says it is the publication date: {@code itemprop="datePublished"} on any
 *       element, an RDFa {@code dc:date} attribute, {@code abbr class="published"} or any element
 *       classed published with a {@code title};
 *   <li>the publication date a script hands to the page's own code ({@code "datePublished":},
 *       {@code publication_date = '...'});
 *   <li>the short text of an element whose class or id says it holds the date or the article's
 *       details ("created-post", "meta__date", "asset-meta", "tagline"), outside comments,
 *       footers and lists of other articles;
 *   <li>a date near the top of the article's own text ("(18.01.2018) Deutschlands ...").
 * </ol>
 * An element classed as an update or a copyright is never read as publication. The page's
 * language decides how "03/04/2020" reads ({@link LooseDates}).
 */
final class PageDates {
  private static final Pattern SCRIPT_DATE = Pattern.compile(
      "(?i)[\"']?(?:datePublished|publicationDate|publication_date|publishDate|publish_date|pubDate|dateCreated)"
          + "[\"']?\\s*[:=]\\s*[\"']([^\"']{8,40})[\"']");
  private static final Pattern RDF_DATE = Pattern.compile("(?s)rdf:Description.*?dc:date=\"([^\"]{8,40})\"");
  private static final Pattern DATE_HOLDER = Pattern.compile(
      "(?i)date|datum|fecha|data|time|zeit|publi|posted|created|meta|byline|autor|author|tagline|dateline|"
          + "details|info|stand");
  private static final Pattern NOT_PUBLICATION = Pattern.compile(
      "(?i)update|modif|changed|copyright|comment|(?<!entry-|post-|article-|asset-|story-)footer|related|sidebar|widget|teaser|recent|popular|"
          + "calendar|archive|event|weather");
  /** A date line that says it is an update: "Aktualisiert am 17.01.2021", "Mis à jour le ...". */
  private static final Pattern UPDATE_LINE =
      Pattern.compile("(?iu)\\b(?:" + MetadataLines.UPDATE_WORDS + ")\\b");
  /** Text this long is a date line or an article's details, not a paragraph that mentions a date. */
  private static final int DATE_TEXT_CHARS = 120;
  /** How far above a text node its date holder may be: "<p class=meta><b>Am</b> 3.5.2013</p>". */
  private static final int HOLDER_LEVELS = 3;
  /** How much of the article's own text, from its start, may hold its date. */
  private static final int TOP_CHARS = 400;
  /** How many short lines under the headline may come before its date line. */
  private static final int LINES_UNDER_HEADLINE = 6;
  /** How many text nodes, blank ones included, are read under the headline for its date line. */
  private static final int NODES_UNDER_HEADLINE = 60;

  private PageDates() {}

  /** The day the page's markup states (steps 1 to 3) as ISO {@code yyyy-MM-dd}, or null. */
  static String inMarkup(Document page) {
    boolean monthFirst = monthFirst(page);
    LocalDate day = marked(page, monthFirst);
    if (day == null) {
      day = scripted(page, monthFirst);
    }
    if (day == null) {
      day = inDateHolders(page, monthFirst, null);
    }
    if (day == null) {
      day = underHeadline(page, monthFirst);
    }
    return day == null ? null : day.toString();
  }

  /**
   * The day the article's date line shows (step 3, below the headline when the page has one) as
   * ISO {@code yyyy-MM-dd}, or null. Above the headline a page shows today's date in its masthead.
   */
  static String visibleDay(Document page) {
    LocalDate day = inDateHolders(page, monthFirst(page), page.selectFirst("h1"));
    return day == null ? null : day.toString();
  }

  /**
   * The day the article's date line shows when it is before the day the metadata states, within a
   * year; else {@code stated}. A page that shows "Publié le 29 juin 2019" under its headline while
   * its metadata says 3 July was saved again on 3 July. A later date line is no evidence: it is
   * often the masthead's "today".
   */
  static String orEarlierShown(String stated, Document page) {
    LocalDate metadataDay = LooseDates.first(stated, false);
    if (metadataDay == null) {
      return stated;
    }
    LocalDate day = underHeadline(page, monthFirst(page));
    boolean earlier = day != null && day.isBefore(metadataDay) && !day.plusYears(1).isBefore(metadataDay);
    return earlier && !otherReadingIs(day, metadataDay) ? day.toString() : stated;
  }

  /** True when "08/11/2023" read the other way round is {@code other}: the line agrees with it. */
  private static boolean otherReadingIs(LocalDate day, LocalDate other) {
    return day.getDayOfMonth() <= 12 && day.getYear() == other.getYear()
        && day.getDayOfMonth() == other.getMonthValue() && day.getMonthValue() == other.getDayOfMonth();
  }

  /**
   * The day stated near the top of the article's text (step 4) as ISO {@code yyyy-MM-dd}, or null.
   *
   * @param body the article's blocks as read
   */
  static String nearTop(Document page, List<Block> body) {
    StringBuilder top = new StringBuilder();
    for (Block block : body) {
      if (top.length() >= TOP_CHARS) {
        break;
      }
      if (!block.isImage()) {
        top.append(block.text()).append('\n');
      }
    }
    LocalDate day = LooseDates.first(top.length() > TOP_CHARS ? top.substring(0, TOP_CHARS) : top.toString(),
        monthFirst(page));
    return day == null ? null : day.toString();
  }

  /** American English writes the month first; every other language here the day. */
  private static boolean monthFirst(Document page) {
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
    return lang.equals("en") || lang.equals("en-us");
  }

  private static LocalDate marked(Document page, boolean monthFirst) {
    LocalDate day = markedElement(page, monthFirst);
    return day != null ? day : inRdfComment(page, monthFirst);
  }

  /**
   * The {@code dc:date} of an RDF description a blog engine hides in a comment, so that old
   * trackback readers find it: {@code <!-- <rdf:RDF ...><rdf:Description dc:date="..."/> -->}.
   */
  private static LocalDate inRdfComment(Document page, boolean monthFirst) {
    LocalDate[] found = {null};
    NodeTraversor.traverse((node, depth) -> {
      if (found[0] == null && node instanceof Comment comment) {
        Matcher m = RDF_DATE.matcher(comment.getData());
        if (m.find()) {
          found[0] = LooseDates.first(m.group(1), monthFirst);
        }
      }
    }, page);
    return found[0];
  }

  private static LocalDate markedElement(Document page, boolean monthFirst) {
    for (Element e : page.select("[itemprop~=(?i)^date(Published|Created)$], [dc:date], [property=dc:date], "
        + "abbr.published, [class~=(?i)published][title]")) {
      if (e.tagName().equals("meta") || isExcluded(e)) {
        continue;
      }
      for (String value : new String[] {e.attr("datetime"), e.attr("content"), e.attr("dc:date"), e.attr("title"),
          e.ownText()}) {
        LocalDate day = LooseDates.first(value, monthFirst);
        if (day != null) {
          return day;
        }
      }
    }
    return null;
  }

  private static LocalDate scripted(Document page, boolean monthFirst) {
    for (Element script : page.select("script")) {
      Matcher m = SCRIPT_DATE.matcher(script.data());
      while (m.find()) {
        LocalDate day = LooseDates.first(m.group(1), monthFirst);
        if (day != null) {
          return day;
        }
      }
    }
    return null;
  }

  /**
   * The first day in a date holder's text, holders tried in the order of their text. Found from
   * the text nodes that hold a digit, each looking a few levels up for its holder, so that a page
   * costs one pass over its text rather than the text of every classed element.
   */
  private static LocalDate inDateHolders(Document page, boolean monthFirst, Element after) {
    Element body = page.body();
    if (body == null) {
      return null;
    }
    Set<Element> tried = Collections.newSetFromMap(new IdentityHashMap<>());
    for (TextNode node : textNodes(body, after)) {
      if (!hasDigit(node.getWholeText())) {
        continue;
      }
      Element at = node.parent();
      for (int level = 0; at != null && level < HOLDER_LEVELS && !at.tagName().equals("body"); level++) {
        LocalDate day = tried.add(at) ? holderDay(at, monthFirst) : null;
        if (day != null) {
          return day;
        }
        at = at.parent();
      }
    }
    return null;
  }

  /**
   * The day of a short line that stands under the headline before the article's prose begins
   * ("21. Januar 2022 | Mobilität", "von Ulf, 8.5.12"), whatever its markup: the date line of a
   * page that does not mark it.
   */
  private static LocalDate underHeadline(Document page, boolean monthFirst) {
    Element headline = page.selectFirst("h1");
    if (headline == null || headline.text().isBlank()) {
      return null;
    }
    int lines = 0;
    // Blank text nodes between the lines count towards the limit too, as the markup's whitespace.
    for (TextNode node : textNodes(page.body(), headline, NODES_UNDER_HEADLINE)) {
      String text = node.text().strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() > DATE_TEXT_CHARS || ++lines > LINES_UNDER_HEADLINE) {
        return null;
      }
      if (hasDigit(text) && !isExcluded(node.parent()) && !UPDATE_LINE.matcher(text).find()) {
        LocalDate day = LooseDates.inDateLine(text, monthFirst);
        if (day != null) {
          return day;
        }
      }
    }
    return null;
  }

  /** The day in the element's text when its class or id says it holds a date, or null. */
  private static LocalDate holderDay(Element element, boolean monthFirst) {
    if (!DATE_HOLDER.matcher(element.className() + " " + element.id()).find() || isExcluded(element)) {
      return null;
    }
    String text = element.text();
    if (text.length() > DATE_TEXT_CHARS || UPDATE_LINE.matcher(text).find()) {
      return null;
    }
    LocalDate day = LooseDates.inDateLine(text, monthFirst);
    // "<span class=date>Mai<span>06</span>2018</span>" reads "Mai062018" as one text.
    return day != null || element.childrenSize() == 0 ? day : LooseDates.inDateLine(spacedText(element), monthFirst);
  }

  /** The element's text with a space between the texts of its parts. */
  private static String spacedText(Element element) {
    StringBuilder text = new StringBuilder();
    for (TextNode node : textNodes(element, null)) {
      text.append(node.text()).append(' ');
    }
    return text.toString();
  }

  /** The text nodes under {@code root} in page order; those after {@code after} when it is given. */
  private static List<TextNode> textNodes(Element root, Element after) {
    return textNodes(root, after, Integer.MAX_VALUE);
  }

  /** At most {@code limit} of the text nodes {@link #textNodes(Element, Element)} gives. */
  private static List<TextNode> textNodes(Element root, Element after, int limit) {
    List<TextNode> nodes = new ArrayList<>();
    boolean[] passed = {after == null};
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (passed[0] && node instanceof TextNode text) {
          nodes.add(text);
        }
        return nodes.size() < limit ? FilterResult.CONTINUE : FilterResult.STOP;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        passed[0] |= node == after;
        return FilterResult.CONTINUE;
      }
    }, root);
    return nodes;
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  /** True when the element or one around it is an update, a copyright, comments or other articles. */
  private static boolean isExcluded(Element e) {
    for (Element at = e; at != null && !at.tagName().equals("body"); at = at.parent()) {
      if (at.tagName().equals("footer") && at.closest("article") == null || at.tagName().equals("aside")
          || NOT_PUBLICATION.matcher(at.className() + " " + at.id()).find()) {
        return true;
      }
    }
    return false;
  }
}
