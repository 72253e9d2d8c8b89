package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;

/**
 * The model of an article page, HTML or Markdown: the cleaned article as read, its metadata, the
 * names it mentions and a link to its event. What it reads of the rest of the site it reads
 * through {@link PageReads}, so the model is a function of the article and those reads.
 * Immutable.
 */
final class ArticleView {
  /** A BCP 47 shape; anything else in the article's language field is not fit for lang="". */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final PageFrame frame;
  private final ArticleMarkdown markdown;
  private final Markup markup;

  ArticleView(PageFrame frame, ArticleMarkdown markdown, Markup markup) {
    this.frame = frame;
    this.markdown = markdown;
    this.markup = markup;
  }

  Map<String, Object> model(Article article, String extension, PageReads reads) {
    String path = reads.articlePage(article.source(), extension);
    String root = Links.root(path);
    String lang = article.language() != null && LANGUAGE_TAG.matcher(article.language()).matches()
        ? article.language() : frame.messages().language();
    String description =
        article.paragraphs().isEmpty() ? article.title() : article.paragraphs().get(0).text();
    Map<String, Object> model = frame.model(path, article.title(), description, lang);
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", reads.articleId(article.source()));
    view.put("title", article.title());
    view.put("titleDerived", article.titleDerived());
    view.put("outlet", article.outlet());
    view.put("outletKind", SourceLabels.kindLabel(article, frame.messages()));
    view.put("outletCountry", SourceLabels.countryOf(article, frame.messages()));
    // The outlet (an outlet's name or the web host standing in for it); never the headline.
    view.put("site", SourceLabels.outletOf(article));
    String outletPage = reads.outletPage(article, extension);
    view.put("siteUrl", outletPage == null ? null : root + outletPage);
    view.put("byline", article.byline());
    view.put("published", frame.dates().of(article.published()));
    view.put("updated", frame.dates().of(article.updated()));
    view.put("dateline", article.dateline() == null ? null : article.dateline().text());
    view.put("source", article.source());
    view.put("format", article.format().id());
    view.put("language", article.language());
    String url = Links.httpUrl(article.url());
    view.put("originalUrl", url);
    view.put("originalUrlText", url == null ? article.url() : url);
    view.put("originalUrlMd",
        url == null ? null : markup.markdown(Links.forMarkdownDestination(url)));
    view.put("tags", tags(article, root, extension, reads));
    Event event = reads.eventOf(article.source());
    view.put("people", entities(event, article, EntityType.PERSON, root, extension, reads));
    view.put("places", entities(event, article, EntityType.PLACE, root, extension, reads));
    view.put("organisations",
        entities(event, article, EntityType.ORGANISATION, root, extension, reads));
    String body = markdown.markdown(article.blocks());
    if (extension.equals(".md")) {
      view.put("body", markup.markdown(body));
    } else {
      view.put("body", new CommonMarkHtml(body));
    }
    view.put("event", eventRef(event, root, extension, reads));
    model.put("article", view);
    return model;
  }

  private static Map<String, Object> eventRef(Event event, String root, String extension,
      PageReads reads) {
    Map<String, Object> eventRef = new LinkedHashMap<>();
    eventRef.put("title", event.title());
    eventRef.put("url", root + reads.eventPage(event, extension));
    eventRef.put("sourceCount", event.articles().size());
    return eventRef;
  }

  /** Each tag with its page, so a reader can go from one article to others on the subject. */
  private static List<Object> tags(Article article, String root, String extension,
      PageReads reads) {
    List<Object> out = new ArrayList<>();
    for (String tag : article.tags()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", tag);
      String page = reads.tagPage(tag, extension);
      item.put("url", page == null ? null : root + page);
      out.add(item);
    }
    return out;
  }

  private static List<Object> entities(Event event, Article article, EntityType type, String root,
      String extension, PageReads reads) {
    List<Object> out = new ArrayList<>();
    for (Entity entity : article.entitiesOf(type)) {
      Map<String, Object> item = new LinkedHashMap<>();
      String page = reads.entityPage(event, entity, extension);
      item.put("url", page == null ? null : root + page);
      item.put("name", entity.name());
      item.put("role", entity.role());
      item.put("aliases", entity.aliases());
      out.add(item);
    }
    return out;
  }
}
