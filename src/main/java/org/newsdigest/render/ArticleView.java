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
 * names it mentions and a link to its event. Immutable.
 */
final class ArticleView {
  /** A BCP 47 shape; anything else in the article's language field is not fit for lang="". */
  private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  private final PagePlan plan;
  private final PageFrame frame;
  private final ArticleMarkdown markdown;
  private final Markup markup;

  ArticleView(PagePlan plan, PageFrame frame, ArticleMarkdown markdown, Markup markup) {
    this.plan = plan;
    this.frame = frame;
    this.markdown = markdown;
    this.markup = markup;
  }

  Map<String, Object> model(Article article, String extension) {
    String path = plan.articlePage(article.source(), extension);
    String root = Links.root(path);
    String lang = article.language() != null && LANGUAGE_TAG.matcher(article.language()).matches()
        ? article.language() : "en";
    String description =
        article.paragraphs().isEmpty() ? article.title() : article.paragraphs().get(0).text();
    Map<String, Object> model = frame.model(path, article.title(), description, lang);
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
    view.put("originalUrlMd",
        url == null ? null : markup.markdown(Links.forMarkdownDestination(url)));
    view.put("tags", article.tags());
    view.put("people", entities(article, EntityType.PERSON));
    view.put("places", entities(article, EntityType.PLACE));
    view.put("organisations", entities(article, EntityType.ORGANISATION));
    String body = markdown.markdown(article.blocks());
    if (extension.equals(".md")) {
      view.put("body", markup.markdown(body));
    } else {
      view.put("body", markup.html(markdown.html(body)));
    }
    view.put("event", eventRef(plan.eventOf(article.source()), root, extension));
    model.put("article", view);
    return model;
  }

  private Map<String, Object> eventRef(Event event, String root, String extension) {
    Map<String, Object> eventRef = new LinkedHashMap<>();
    eventRef.put("title", event.title());
    eventRef.put("url", root + plan.eventPage(event, extension));
    eventRef.put("sourceCount", event.articles().size());
    return eventRef;
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
}
