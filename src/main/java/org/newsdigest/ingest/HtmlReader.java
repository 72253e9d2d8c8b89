package org.newsdigest.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.newsdigest.model.Block;
import org.newsdigest.model.Document;
import org.newsdigest.model.InlineLink;
import org.newsdigest.model.InputFormat;

/**
 * Reads a saved web page: metadata from JSON-LD, Open Graph, meta tags and the page itself
 * (in that order of trust), and the main content as text blocks.
 */
final class HtmlReader implements FormatReader {
  /** The comment browsers write before a saved page, naming its address. */
  private static final Pattern SAVED_FROM = Pattern.compile("^\\s*saved from url=\\(\\d+\\)(https?://\\S+)");

  private static final Set<String> ARTICLE_TYPES =
      Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "webpage", "liveblogposting", "report", "scholarlyarticle");

  private final HtmlBlocks blocks;
  private final ObjectMapper json = new ObjectMapper();

  HtmlReader(HtmlBlocks blocks) {
    this.blocks = blocks;
  }

  @Override
  public InputFormat format() {
    return InputFormat.HTML;
  }

  @Override
  public List<Document> read(String source, String text, List<String> warnings) {
    List<String> notes = new ArrayList<>(warnings);
    org.jsoup.nodes.Document page = Jsoup.parse(text, "");
    MetadataCollector metadata = new MetadataCollector();
    MetaTags meta = new MetaTags(page);
    String pageTitle = Texts.blankToNull(page.title());
    Element firstH1 = page.selectFirst("h1");
    String pageHeadline = firstH1 == null ? null : Texts.blankToNull(Texts.normalizeSpace(firstH1.text()));
    JsonLd jsonLd = readJsonLd(page, metadata, notes, pageTitle);
    String title = first(jsonLd.title(), meta.first("dc:title", "dcterm:title", "og:title", "twitter:title",
        "parsely-title"));
    readMeta(page, meta, metadata);
    // Less sure site names, in order: the JSON-LD WebSite's name, the publisher the article points
    // to, then publisher meta tags (often a company's legal name).
    metadata.outlet(jsonLd.siteName());
    metadata.outlet(jsonLd.publisherByReference());
    metadata.outlet(meta.first("dc:publisher", "dcterm:publisher", "publisher", "itemprop:publisher"));
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    String canonicalUrl = canonical == null ? null : canonical.attr("href");
    String savedFrom = savedFromAddress(page);
    metadata.published(dateInUrl(first(canonicalUrl, meta.first("og:url"), savedFrom)));
    if (!metadata.hasPublished()) {
      // Read before the byline and the page's furniture leave the page: they often hold the date.
      metadata.published(PageDates.inMarkup(page));
    } else {
      metadata.correctPublished(utc -> LocalDay.inOwnZone(utc, text, () -> PageDates.visibleDay(page)));
      metadata.correctPublished(stated -> PageDates.orEarlierShown(stated, page));
    }
    metadata.byline(blocks.takeVisibleByline(page));
    useBaseAddress(page, canonicalUrl, meta.first("og:url"), savedFrom);
    metadata.url(savedFrom);

    List<Block> body = new ArrayList<>();
    for (Element part : blocks.mainContent(page)) {
      body.addAll(blocks.blocksOf(part));
    }
    String h1 = body.stream().filter(b -> b.isHeading() && b.level() == 1).map(Block::text)
        .findFirst().orElse(null);
    title = first(title, withoutSiteSuffix(pageTitle), h1);
    String siteName = meta.first("og:site_name", "application-name");
    title = headlineWithin(title, h1 != null ? h1 : pageHeadline, siteName);
    title = withoutSiteName(title, h1, siteName, canonicalUrl);
    title = title == null ? null : DATE_PREFIX.matcher(title).replaceFirst("");
    if (title != null) {
      String t = title;
      body = new ArrayList<>(body);
      body.removeIf(b -> b.isHeading() && b.text().equalsIgnoreCase(t));
    }
    body = BlockRules.dropBoilerplate(body);
    body = BlockRules.repairBrokenParagraphs(body);
    body = orPageProse(body, text, page.baseUri());
    body = BlockRules.withoutAuthorBiography(body, metadata.byline());
    body = withDescription(body, meta.first("og:description", "description", "twitter:description"));
    if (!metadata.hasPublished()) {
      metadata.published(PageDates.nearTop(page, body));
    }
    if (title == null) {
      notes.add("no title found");
    }
    if (body.stream().allMatch(Block::isImage)) {
      notes.add("no body text found");
    }
    return List.of(new Document(source, InputFormat.HTML, title, metadata.build(), body, notes));
  }

  /** A page's description of fewer words is a tagline, not the story's lead. */
  private static final int DESCRIPTION_WORDS = 12;

  /**
   * The body, led by the page's own description when the body is under fifty words and does not
   * hold it: a story behind a paywall shows its headline and a line of furniture, while the
   * description a page gives search engines and link previews is the story's lead ("A senior
   * prison official has said in a sworn affidavit that ...").
   */
  private static List<Block> withDescription(List<Block> body, String description) {
    String lead = description == null ? null : Texts.normalizeSpace(Jsoup.parse(description).text());
    if (lead == null || Texts.wordCount(lead) < DESCRIPTION_WORDS || wordsOf(body) >= SHORT_BODY_WORDS) {
      return body;
    }
    for (Block block : body) {
      if (block.text().contains(lead)) {
        return body;
      }
    }
    List<Block> led = new ArrayList<>(body.size() + 1);
    led.add(Block.paragraph(lead));
    led.addAll(body);
    return led;
  }

  /** Below this many words the content search is checked against the page's prose. */
  private static final int SHORT_BODY_WORDS = 50;

  /**
   * The body, or the page's prose ({@link HtmlBlocks#proseFallback}) when the content search found
   * next to nothing while the page has three times as much prose: the search took a breadcrumb or
   * a teaser for the story ("Home Issues Prison official: ..." on a page of twenty paragraphs).
   */
  private List<Block> orPageProse(List<Block> body, String source, String baseUri) {
    int words = wordsOf(body);
    if (words >= SHORT_BODY_WORDS) {
      return body;
    }
    List<Block> prose = BlockRules.dropBoilerplate(blocks.proseFallback(Jsoup.parse(source, baseUri)));
    return proseTellsMore(words, wordsOf(prose)) ? prose : body;
  }

  /**
   * True when the page's prose should replace a body the content search found: the body is
   * empty, or short while the prose is three times as long and a hundred words or more.
   */
  static boolean proseTellsMore(int bodyWords, int proseWords) {
    return proseWords > 0 && (bodyWords == 0
        || bodyWords < SHORT_BODY_WORDS && proseWords >= 3 * bodyWords && proseWords >= 2 * SHORT_BODY_WORDS);
  }

  private static int wordsOf(List<Block> body) {
    int words = 0;
    for (Block block : body) {
      words += block.isImage() ? 0 : Texts.wordCount(block.text());
    }
    return words;
  }

  /**
   * The address a browser (or {@code newsdigest fetch}) saved the page from, in the comment it
   * writes before the page: {@code <!-- saved from url=(0031)https://example.org/2026/paris -->}.
   */
  private static String savedFromAddress(org.jsoup.nodes.Document page) {
    for (org.jsoup.nodes.Node node : page.childNodes()) {
      if (node instanceof org.jsoup.nodes.Comment comment) {
        Matcher m = SAVED_FROM.matcher(comment.getData());
        if (m.find()) {
          return m.group(1);
        }
      } else if (node instanceof Element) {
        break;
      }
    }
    return null;
  }

  /**
   * The address relative links and images resolve against: the page's {@code <base href>} (the
   * parser already applied an absolute one), else its canonical address, else og:url, else the address it was saved from. Without
   * one, relative addresses cannot be made absolute and are dropped.
   */
  private static void useBaseAddress(org.jsoup.nodes.Document page, String... candidates) {
    if (InlineLink.isWebAddress(page.baseUri())) {
      return;
    }
    for (String candidate : candidates) {
      String address = candidate == null ? null : candidate.strip();
      if (InlineLink.isWebAddress(address)) {
        page.setBaseUri(address);
        return;
      }
    }
  }

  /**
   * Fills metadata from the first article object in JSON-LD and returns its headline, with the
   * name of a WebSite object (a site name less sure than the article's publisher or og:site_name).
   */
  private JsonLd readJsonLd(org.jsoup.nodes.Document page, MetadataCollector metadata,
      List<String> notes, String pageTitle) {
    String siteName = null;
    String publisherByReference = null;
    for (Element script : page.select("script[type=application/ld+json]")) {
      JsonNode root;
      JsonNode article;
      try {
        root = json.readTree(withoutWrappers(script.data()));
        article = findArticle(root);
      } catch (JsonProcessingException e) {
        notes.add("JSON-LD is not valid JSON; ignored");
        continue;
      }
      siteName = siteName != null ? siteName : websiteName(root);
      if (article == null) {
        continue;
      }
      metadata.published(textOf(article.get("datePublished")));
      metadata.updated(textOf(article.get("dateModified")));
      metadata.byline(namesOf(article.get("author")));
      JsonNode publisher = article.get("publisher");
      metadata.outlet(publisherName(publisher));
      publisherByReference = publisherByReference != null ? publisherByReference
          : referencedName(publisher, root);
      metadata.url(textOf(article.get("url")));
      metadata.language(textOf(article.get("inLanguage")));
      JsonNode keywords = article.get("keywords");
      if (keywords != null && keywords.isArray()) {
        keywords.forEach(k -> metadata.tag(textOf(k)));
      } else {
        metadata.tagList(textOf(keywords));
      }
      return new JsonLd(
          closerTo(pageTitle, textOf(article.get("headline")), textOf(article.get("name"))),
          siteName, publisherByReference);
    }
    return new JsonLd(null, siteName, publisherByReference);
  }

  /**
   * What the JSON-LD gives besides the metadata it files: the headline, the WebSite's name, and
   * the name of a publisher the article points to by {@code @id}. The last two are less sure than
   * the page's site name: CMSs often fill the referenced organisation with the company that owns
   * the site or its address, so they count only after og:site_name.
   */
  private record JsonLd(String title, String siteName, String publisherByReference) {}

  /** The publisher's name as the article object gives it: {@code {"name": ...}} or a string. */
  private static String publisherName(JsonNode publisher) {
    JsonNode p = publisher != null && publisher.isArray() ? publisher.path(0) : publisher;
    if (p == null || p.isMissingNode()) {
      return null;
    }
    return p.has("name") ? textOf(p.get("name")) : textOf(p);
  }

  /**
   * The name of the object a publisher {@code {"@id": ...}} points to elsewhere in the same
   * JSON-LD (Yoast and most CMSs write the organisation once in {@code @graph}), or null.
   */
  private static String referencedName(JsonNode publisher, JsonNode root) {
    JsonNode p = publisher != null && publisher.isArray() ? publisher.path(0) : publisher;
    if (p == null || p.has("name") || !p.has("@id")) {
      return null;
    }
    JsonNode target = byId(root, p.get("@id").asText(), 0);
    return target == null ? null : textOf(target.get("name"));
  }

  private static JsonNode byId(JsonNode node, String id, int depth) {
    if (node == null || depth > 8 || id.isEmpty()) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = byId(item, id, depth + 1);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.isObject()) {
      if (id.equals(node.path("@id").asText()) && node.has("name")) {
        return node;
      }
      return byId(node.get("@graph"), id, depth + 1);
    }
    return null;
  }

  /** The name of a {@code WebSite} object in the JSON-LD (top level or in {@code @graph}), or null. */
  private static String websiteName(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        String name = websiteName(item);
        if (name != null) {
          return name;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return websiteName(node.get("@graph"));
    }
    return "WebSite".equals(node.path("@type").asText()) ? textOf(node.get("name")) : null;
  }

  /** Script bodies wrapped for old browsers: CDATA sections and HTML comments. */
  private static String withoutWrappers(String data) {
    String d = data.strip();
    for (String[] wrapper : new String[][] {{"<![CDATA[", "]]>"}, {"<!--", "-->"},
        {"//<![CDATA[", "//]]>"}}) {
      if (d.startsWith(wrapper[0]) && d.endsWith(wrapper[1])) {
        d = d.substring(wrapper[0].length(), d.length() - wrapper[1].length()).strip();
      }
    }
    return d;
  }

  /**
   * JSON-LD often has both a headline and a name, and one of them is a description ("matrix
   * equal to its conjugate-transpose"); the one sharing more words with the page title wins.
   */
  private static String closerTo(String pageTitle, String headline, String name) {
    if (headline == null || name == null || pageTitle == null) {
      return first(headline, name);
    }
    return overlap(name, pageTitle) > overlap(headline, pageTitle) ? name : headline;
  }

  private static double overlap(String candidate, String pageTitle) {
    List<String> words = List.of(candidate.toLowerCase(Locale.ROOT).split("\\W+"));
    Set<String> titleWords =
        Set.copyOf(List.of(pageTitle.toLowerCase(Locale.ROOT).split("\\W+")));
    long shared = words.stream().filter(w -> !w.isEmpty() && titleWords.contains(w)).count();
    return (double) shared / Math.max(1, words.size());
  }

  private static JsonNode findArticle(JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        JsonNode found = findArticle(item);
        if (found != null) {
          return found;
        }
      }
      return null;
    }
    if (node.has("@graph")) {
      return findArticle(node.get("@graph"));
    }
    JsonNode type = node.get("@type");
    List<String> types = new ArrayList<>();
    if (type != null && type.isArray()) {
      type.forEach(t -> types.add(t.asText()));
    } else if (type != null) {
      types.add(type.asText());
    }
    for (String t : types) {
      if (ARTICLE_TYPES.contains(t.toLowerCase(Locale.ROOT)) && !t.equalsIgnoreCase("webpage")) {
        return node;
      }
    }
    return null;
  }

  private static String namesOf(JsonNode author) {
    if (author == null) {
      return null;
    }
    List<String> names = new ArrayList<>();
    if (author.isArray()) {
      author.forEach(a -> {
        String name = textOf(a.has("name") ? a.get("name") : a);
        if (name != null) {
          names.add(name);
        }
      });
    } else {
      String name = textOf(author.has("name") ? author.get("name") : author);
      if (name != null) {
        names.add(name);
      }
    }
    if (names.isEmpty()) {
      return null;
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and " + names.get(names.size() - 1);
  }

  private static String textOf(JsonNode node) {
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    return Texts.blankToNull(Jsoup.parse(node.asText()).text());
  }

  private static final Pattern URL_DATE =
      Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/(0?[1-9]|[12]\\d|3[01])(?:/|$)");

  private static void readMeta(
      org.jsoup.nodes.Document page, MetaTags meta, MetadataCollector metadata) {
    metadata.published(meta.first("article:published_time", "dcterm:created", "dcterm:issued",
        "dcterms:created", "dcterms:issued", "dcterms:date", "dc:date:issued", "dc:date:created",
        "parsely-pub-date", "dc:date", "date", "itemprop:datepublished", "datepublished", "pubdate",
        "publishdate", "publish_date", "publication_date", "published_time", "article:published",
        "citation_publication_date", "cxenseparse:recs:publishtime", "bt:pubdate", "sailthru:date",
        "og:published_time", "og:article:published_time"));
    Element time = page.selectFirst("time[pubdate][datetime], time[datetime]");
    metadata.published(time == null ? null : time.attr("datetime"));
    metadata.updated(meta.first("article:modified_time", "dcterm:modified",
        "itemprop:datemodified", "og:updated_time"));
    metadata.outlet(meta.first("og:site_name", "application-name"));
    metadata.byline(meta.first("dc:creator", "dcterm:creator", "author", "parsely-author"));
    String author = meta.first("article:author");
    metadata.byline(author != null && !author.startsWith("http") ? author : null);
    Element canonical = page.selectFirst("link[rel=canonical][href]");
    metadata.url(canonical == null ? null : canonical.attr("href"));
    metadata.url(meta.first("og:url"));
    Element html = page.selectFirst("html");
    metadata.language(html == null ? null : html.attr("lang"));
    metadata.language(meta.first("http-equiv:content-language", "og:locale"));
    for (Element tag : page.select("meta[property=article:tag]")) {
      metadata.tag(tag.attr("content"));
    }
    metadata.tagList(meta.first("keywords", "news_keywords"));
  }

  /** A date in the address (/2024/03/05/...), the last resort for the publication day. */
  static String dateInUrl(String url) {
    if (url == null) {
      return null;
    }
    Matcher m = URL_DATE.matcher(url);
    if (!m.find()) {
      return null;
    }
    return String.format(Locale.ROOT, "%s-%02d-%02d", m.group(1),
        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  /** "Headline | Site" or "Headline - Site" to "Headline" when the tail is a short name. */
  static String withoutSiteSuffix(String pageTitle) {
    if (pageTitle == null) {
      return null;
    }
    for (String separator : List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ")) {
      int at = pageTitle.lastIndexOf(separator);
      if (at > 0) {
        String head = pageTitle.substring(0, at).strip();
        String tail = pageTitle.substring(at + separator.length()).strip();
        if (Texts.wordCount(tail) <= 4 && Texts.wordCount(head) >= 3) {
          return head;
        }
      }
    }
    return pageTitle;
  }

  /** A day before the headline: "08.11.2021 | Neue Regeln für ...", "2021-11-08 - ...". */
  private static final Pattern DATE_PREFIX = Pattern.compile(
      "^(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?\\d{4}|\\d{4}-\\d{2}-\\d{2})\\s*[|:–—-]\\s*(?=\\S)");

  private static final List<String> TITLE_SEPARATORS =
      List.of(" | ", " - ", " – ", " — ", " :: ", " : ", " · ", " • ", " » ", " « ", " │ ");

  /**
   * The headline without the site's name that a meta title carries after a separator ("Muffin
   * Grundrezept : Muffin Rezepte", "Batteriespeicher - daheim Solar", "Kleine Schafskunde |
   * Mäscot das Schaf"): cut when the page's own h1 is the part before it, or the part after it
   * names the site (its og:site_name or its address's host).
   */
  static String withoutSiteName(String title, String h1, String siteName, String address) {
    if (title == null) {
      return null;
    }
    String host = hostLabel(address);
    for (String separator : TITLE_SEPARATORS) {
      int at = title.lastIndexOf(separator);
      if (at <= 0) {
        continue;
      }
      String head = title.substring(0, at).strip();
      String tail = lettersOf(title.substring(at + separator.length()));
      boolean headIsH1 = h1 != null && lettersOf(h1).equals(lettersOf(head));
      boolean tailIsSite = !tail.isEmpty() && (siteName != null && !lettersOf(siteName).isEmpty()
          && (tail.contains(lettersOf(siteName)) || lettersOf(siteName).contains(tail))
          || host != null && tail.contains(host));
      if (headIsH1 || tailIsSite) {
        return head;
      }
    }
    return title;
  }

  /** Below this many words an h1 is a section's or a site's name more often than a headline. */
  private static final int HEADLINE_WORDS = 2;

  /**
   * The page's h1 when the title holds it with more around it: the headline readers see, where
   * the title adds a site, a section, a label or a word for search engines ("Pressemitteilung:
   * Endlich mehr Beschleunigung wagen!", "Muffin Grundrezept Rezept", "Diario HOY | Darán
   * bendición ..."). Also the h1 when the title is the start of it: a meta title cut at a quotation
   * mark the page forgot to escape ("Senador ... califica a Biden de"). An h1 that is the site's
   * name, or a small part of the title (a logo's "Aktuálně.cz"), is not a headline.
   */
  static String headlineWithin(String title, String h1, String siteName) {
    if (title == null || h1 == null || Texts.wordCount(h1) < HEADLINE_WORDS) {
      return title;
    }
    String heading = lettersOf(h1);
    String stated = lettersOf(title);
    if (heading.isEmpty() || heading.equals(stated) || siteName != null && heading.equals(lettersOf(siteName))) {
      return title;
    }
    boolean mostOfIt = heading.length() * 3 >= stated.length();
    return mostOfIt && stated.contains(heading) || heading.startsWith(stated) && !stated.isEmpty() ? h1 : title;
  }

  /** "backen" of "https://www.backen.de/rezept/1": the host's name below its top-level domain. */
  private static String hostLabel(String address) {
    if (address == null) {
      return null;
    }
    Matcher m = HOST.matcher(address);
    if (!m.find()) {
      return null;
    }
    String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
    String label = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
    return label.length() >= 4 ? lettersOf(label) : null;
  }

  private static final Pattern HOST = Pattern.compile("^https?://(?:www\\.)?([^/:?#]+)");

  private static String lettersOf(String text) {
    StringBuilder letters = new StringBuilder();
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    return letters.toString();
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return Texts.normalizeSpace(value);
      }
    }
    return null;
  }
}
