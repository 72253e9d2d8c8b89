package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SummarySentence;

/**
 * schema.org JSON-LD for search engines: an {@code Event} on event pages, a {@code NewsArticle}
 * on article pages. Only what the sources state goes in (no invented dates or images). Links are
 * absolute with a base URL, else relative to the page, which JSON-LD resolves against the page's
 * address. The text is escaped for a {@code <script>} element by {@link JsonText}.
 */
final class StructuredData {
  private static final String CONTEXT = "https://schema.org";
  /** Google shows headlines up to about this length; longer ones are cut at a word. */
  private static final int HEADLINE_LENGTH = 110;

  private final String baseUrl;
  private final JsonText json;

  StructuredData(String baseUrl, JsonText json) {
    this.baseUrl = baseUrl;
    this.json = json;
  }

  /** The JSON-LD of the event's HTML page. */
  String event(Event event, PageReads reads) {
    String path = reads.eventPage(event, ".html");
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@context", CONTEXT);
    data.put("@type", "Event");
    data.put("name", event.title());
    if (baseUrl != null) {
      data.put("url", baseUrl + path);
    }
    if (event.date() != null) {
      data.put("startDate", event.date().toString());
    }
    if (event.place() != null && !event.place().isBlank()) {
      data.put("location", typed("Place", event.place()));
    }
    String summary = String.join(" ", event.summary().stream().map(SummarySentence::text).toList());
    if (!summary.isBlank()) {
      data.put("description", TextCut.flat(summary));
    }
    List<Object> people = new ArrayList<>();
    for (Participant person : event.participantsOf(EntityType.PERSON)) {
      people.add(typed("Person", person.name()));
    }
    if (!people.isEmpty()) {
      data.put("attendee", people);
    }
    List<Object> reports = new ArrayList<>();
    for (Article article : event.articles()) {
      String page = reads.articlePage(article.source(), ".html");
      if (page != null) {
        reports.add(articleRef(article, link(path, page)));
      }
    }
    data.put("subjectOf", reports);
    return json.forScriptElement(data);
  }

  /** The JSON-LD of the article's HTML page. */
  String article(Article article, PageReads reads) {
    String path = reads.articlePage(article.source(), ".html");
    Map<String, Object> data = articleRef(article, baseUrl == null ? null : baseUrl + path);
    Map<String, Object> ordered = new LinkedHashMap<>();
    ordered.put("@context", CONTEXT);
    ordered.putAll(data);
    if (baseUrl != null) {
      ordered.put("mainEntityOfPage", baseUrl + path);
    }
    if (article.byline() != null && !article.byline().isBlank()) {
      ordered.put("author", typed("Person", article.byline()));
    }
    if (article.language() != null && !article.language().isBlank()) {
      ordered.put("inLanguage", article.language());
    }
    String original = Links.httpUrl(article.url());
    if (original != null) {
      ordered.put("isBasedOn", original);
    }
    Event event = reads.eventOf(article.source());
    if (event != null) {
      Map<String, Object> about = typed("Event", event.title());
      about.put("url", link(path, reads.eventPage(event, ".html")));
      ordered.put("about", about);
    }
    return json.forScriptElement(ordered);
  }

  private Map<String, Object> articleRef(Article article, String url) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("@type", "NewsArticle");
    data.put("headline", headline(article.title()));
    if (url != null) {
      data.put("url", url);
    }
    if (article.published() != null) {
      data.put("datePublished", article.published().iso());
    }
    if (article.updated() != null) {
      data.put("dateModified", article.updated().iso());
    }
    String outlet = article.outlet();
    if (outlet != null && !outlet.isBlank()) {
      data.put("publisher", typed("Organization", outlet));
    }
    return data;
  }

  /** An absolute address with a base URL, else the target relative to the page at {@code from}. */
  private String link(String from, String target) {
    return baseUrl == null ? Links.root(from) + target : baseUrl + target;
  }

  private static Map<String, Object> typed(String type, String name) {
    Map<String, Object> thing = new LinkedHashMap<>();
    thing.put("@type", type);
    thing.put("name", name);
    return thing;
  }

  private static String headline(String title) {
    String flat = TextCut.flat(title);
    return flat.length() <= HEADLINE_LENGTH ? flat : TextCut.headAtWord(flat, HEADLINE_LENGTH) + "…";
  }
}
