package org.newsdigest.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Exclusive;
import org.newsdigest.model.FactReport;
import org.newsdigest.model.MergeLink;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.model.SummarySentence;

/**
 * Builds the plain data the templates see: maps, lists, strings, booleans and numbers only, with
 * every URL already decided (relative to the page being rendered) and every date already text.
 */
final class ViewModel {
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
  private static final int DESCRIPTION_LENGTH = 200;

  private final PagePlan plan;
  private final String siteTitle;
  private final ArticleMarkdown markdown;
  private final MarkdownOutputFormat markdownFormat;

  ViewModel(PagePlan plan, String siteTitle, ArticleMarkdown markdown, MarkdownOutputFormat format) {
    this.plan = plan;
    this.siteTitle = siteTitle;
    this.markdown = markdown;
    this.markdownFormat = format;
  }

  /** What every page has: the site, the way back to the root, the page's own title. */
  Map<String, Object> page(String path, String title, String description, String lang) {
    String root = Links.root(path);
    Map<String, Object> site = new LinkedHashMap<>();
    site.put("title", siteTitle);
    site.put("home", root + "index.html");
    site.put("stylesheet", root + "assets/style.css");
    site.put("feed", root + "feed.xml");
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("path", path);
    page.put("title", title);
    page.put("description", shorten(description));
    page.put("lang", lang);
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("site", site);
    model.put("page", page);
    model.put("root", root);
    return model;
  }

  Map<String, Object> index(List<Event> events) {
    String path = "index.html";
    Map<String, Object> model = page(path, siteTitle, siteTitle + ": news events, each told by all its sources.", "en");
    List<Object> items = new ArrayList<>();
    for (Event event : events) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", event.title());
      item.put("url", plan.eventPage(event, ".html"));
      item.put("date", DateText.of(event.date()));
      item.put("place", event.place());
      SourceLabels labels = SourceLabels.of(event);
      item.put("sourceCount", event.articles().size());
      item.put("outletCount", labels.outlets().size());
      item.put("coverage", labels.coverage());
      item.put("outlets", labels.outlets());
      item.put("summary", IndexSummary.of(event.summary()));
      items.add(item);
    }
    model.put("events", items);
    return model;
  }

  Map<String, Object> event(Event event, String extension) {
    String path = plan.eventPage(event, extension);
    String description = event.summary().isEmpty() ? event.title() : event.summary().get(0).text();
    Map<String, Object> model = page(path, event.title(), description, "en");
    String root = Links.root(path);
    SourceLabels labels = SourceLabels.of(event);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", plan.eventId(event));
    view.put("title", event.title());
    view.put("date", DateText.of(event.date()));
    view.put("dateEvidence", event.dateEvidence());
    view.put("place", event.place());
    view.put("firstReported", DateText.of(event.firstReported()));
    view.put("lastUpdated", DateText.of(event.lastUpdated()));
    view.put("sourceCount", event.articles().size());
    view.put("outletCount", labels.outlets().size());
    view.put("coverage", labels.coverage());
    view.put("participants", participants(event));
    view.put("who", new WhoAndWhere(event.participants()).view());
    List<Object> summary = new ArrayList<>();
    for (SummarySentence sentence : event.summary()) {
      Map<String, Object> item = sourceRef(sentence.source(), root, extension, labels);
      item.put("text", sentence.text());
      summary.add(item);
    }
    view.put("summary", summary);
    view.put("facts", facts(event, root, extension, labels));
    view.put("quotes", quotes(event, root, extension, labels));
    List<Object> exclusives = new ArrayList<>();
    for (Exclusive exclusive : event.exclusives()) {
      if (exclusive.sentences().isEmpty()) {
        continue;
      }
      Map<String, Object> item = sourceRef(exclusive.source(), root, extension, labels);
      item.put("sentences", exclusive.sentences());
      exclusives.add(item);
    }
    view.put("exclusives", exclusives);
    List<Object> sources = new ArrayList<>();
    for (Article article : event.articles()) {
      Map<String, Object> item = sourceRef(article.source(), root, extension, labels);
      item.put("title", article.title());
      item.put("published", DateText.of(article.published()));
      item.put("byline", article.byline());
      sources.add(item);
    }
    view.put("sources", sources);
    view.put("links", links(event, root, extension, labels));
    model.put("event", view);
    return model;
  }

  Map<String, Object> article(Article article, String extension) {
    String path = plan.articlePage(article.source(), extension);
    String root = Links.root(path);
    String lang = article.language() != null && LANGUAGE_TAG.matcher(article.language()).matches()
        ? article.language() : "en";
    String description = article.paragraphs().isEmpty() ? article.title() : article.paragraphs().get(0).text();
    Map<String, Object> model = page(path, article.title(), description, lang);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", plan.articleId(article.source()));
    view.put("title", article.title());
    view.put("titleDerived", article.titleDerived());
    view.put("outlet", article.outlet());
    // The outlet, or the web host standing in for it; never the headline (see SourceLabels).
    view.put("site", SourceLabels.outletOf(article));
    view.put("byline", article.byline());
    view.put("published", DateText.of(article.published()));
    view.put("updated", DateText.of(article.updated()));
    view.put("dateline", article.dateline() == null ? null : article.dateline().text());
    view.put("source", article.source());
    view.put("format", article.format().id());
    view.put("language", article.language());
    String url = Links.httpUrl(article.url());
    view.put("originalUrl", url);
    view.put("originalUrlText", url == null ? article.url() : url);
    view.put("originalUrlMd", url == null ? null : markdownMarkup(Links.forMarkdownDestination(url)));
    view.put("tags", article.tags());
    view.put("people", entities(article, EntityType.PERSON));
    view.put("places", entities(article, EntityType.PLACE));
    view.put("organisations", entities(article, EntityType.ORGANISATION));
    String body = markdown.markdown(article.blocks());
    if (extension.equals(".md")) {
      view.put("body", markdownMarkup(body));
    } else {
      view.put("body", htmlMarkup(markdown.html(body)));
    }
    Event event = plan.eventOf(article.source());
    Map<String, Object> eventRef = new LinkedHashMap<>();
    eventRef.put("title", event.title());
    eventRef.put("url", root + plan.eventPage(event, extension));
    eventRef.put("sourceCount", event.articles().size());
    view.put("event", eventRef);
    model.put("article", view);
    return model;
  }

  private List<Object> participants(Event event) {
    List<Object> out = new ArrayList<>();
    for (Participant participant : event.participants()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", participant.name());
      item.put("role", participant.role());
      item.put("type", participant.type().id());
      item.put("typeLabel", typeLabel(participant.type()));
      item.put("aliases", participant.aliases());
      out.add(item);
    }
    return out;
  }

  private static List<Object> entities(Article article, EntityType type) {
    List<Object> out = new ArrayList<>();
    for (Entity entity : article.entitiesOf(type)) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", entity.name());
      item.put("role", entity.role());
      item.put("aliases", entity.aliases());
      out.add(item);
    }
    return out;
  }

  private List<Object> facts(Event event, String root, String extension, SourceLabels labels) {
    List<Object> out = new ArrayList<>();
    for (AlignedFact fact : event.facts()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("unit", fact.unit());
      item.put("differs", fact.differs());
      Set<String> reporting = new LinkedHashSet<>();
      fact.reports().forEach(r -> reporting.add(r.source()));
      // One source cannot agree with anyone: say who alone states it instead.
      String agreement = fact.differs() ? "differs" : reporting.size() <= 1 ? "single" : "agree";
      item.put("agreement", agreement);
      item.put("agreementText", switch (agreement) {
        case "differs" -> "Sources differ";
        case "single" -> reporting.isEmpty() ? "No source" : "Only in " + labels.label(reporting.iterator().next());
        default -> reporting.size() + " sources agree";
      });
      List<Object> reports = new ArrayList<>();
      for (FactReport report : fact.reports()) {
        Map<String, Object> ref = sourceRef(report.source(), root, extension, labels);
        ref.put("wording", report.wording());
        ref.put("sentence", report.sentence());
        reports.add(ref);
      }
      item.put("reports", reports);
      out.add(item);
    }
    return out;
  }

  private List<Object> quotes(Event event, String root, String extension, SourceLabels labels) {
    List<Object> out = new ArrayList<>();
    for (SpeakerQuotes speaker : event.quotes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("speaker", speaker.speaker());
      item.put("role", speaker.role());
      List<Object> quotes = new ArrayList<>();
      for (EventQuote quote : speaker.quotes()) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("text", quote.text());
        List<Object> sources = new ArrayList<>();
        for (String source : quote.sources()) {
          sources.add(sourceRef(source, root, extension, labels));
        }
        q.put("sources", sources);
        quotes.add(q);
      }
      item.put("quotes", quotes);
      out.add(item);
    }
    return out;
  }

  private List<Object> links(Event event, String root, String extension, SourceLabels labels) {
    List<Object> out = new ArrayList<>();
    for (MergeLink link : event.links()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("from", sourceRef(link.source(), root, extension, labels));
      item.put("to", sourceRef(link.target(), root, extension, labels));
      item.put("score", String.format(Locale.ROOT, "%.2f", link.score()));
      item.put("evidence", link.evidence());
      out.add(item);
    }
    return out;
  }

  /**
   * A reference to an article: its label in this event (see {@link SourceLabels}) and its page
   * URL, or a null URL when no event lists that source (a dangling reference from merge).
   */
  private Map<String, Object> sourceRef(String source, String root, String extension, SourceLabels labels) {
    Map<String, Object> ref = new LinkedHashMap<>();
    String page = plan.articlePage(source, extension);
    ref.put("source", source);
    ref.put("outlet", labels.label(source));
    ref.put("url", page == null ? null : root + page);
    return ref;
  }

  private static String typeLabel(EntityType type) {
    return switch (type) {
      case PERSON -> "person";
      case PLACE -> "place";
      case ORGANISATION -> "organisation";
    };
  }

  static String shorten(String text) {
    if (text == null) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= DESCRIPTION_LENGTH) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', DESCRIPTION_LENGTH - 1);
    return flat.substring(0, cut > DESCRIPTION_LENGTH / 2 ? cut : DESCRIPTION_LENGTH - 1) + "…";
  }

  private static Object htmlMarkup(String html) {
    try {
      return HTMLOutputFormat.INSTANCE.fromMarkup(html);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("FreeMarker refused HTML markup", e);
    }
  }

  private Object markdownMarkup(String md) {
    try {
      return markdownFormat.fromMarkup(md);
    } catch (TemplateModelException e) {
      throw new IllegalStateException("FreeMarker refused Markdown markup", e);
    }
  }
}
