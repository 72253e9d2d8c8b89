package org.newsdigest.render;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsdigest.model.Article;
import org.newsdigest.model.Digest;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Event;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.UniqueNames;

/**
 * Decides every page's path once, in digest order, so slugs are unique and stable and no
 * template ever builds a URL. Paths are relative to the site root, without extension.
 */
final class PagePlan {
  static final String EVENTS = "events/";
  static final String ARTICLES = "articles/";

  private final Map<Event, String> eventIds = new IdentityHashMap<>();
  private final Map<String, String> articleIds = new LinkedHashMap<>();
  private final Map<String, Event> eventOfArticle = new LinkedHashMap<>();
  private final Map<String, Article> articles = new LinkedHashMap<>();
  private final StoryPlan stories;
  private final EntityTable entities;
  private final Messages messages;

  /** The plan of an English site. */
  PagePlan(Digest digest) {
    this(digest, Messages.english());
  }

  /** {@code messages} name what the plan names for readers: an unnamed source, for one. */
  PagePlan(Digest digest, Messages messages) {
    this.messages = messages;
    UniqueNames takenEvents = new UniqueNames();
    UniqueNames takenArticles = new UniqueNames();
    for (Event event : digest.events()) {
      String base = Slugs.pageName(event.title(), "event");
      if (event.date() != null) {
        base = event.date() + "-" + base;
      }
      eventIds.put(event, takenEvents.claim(base));
      for (Article article : event.articles()) {
        // An article belongs to the first event that lists it; the contract says one.
        if (articleIds.containsKey(article.source())) {
          continue;
        }
        String stem = fileStem(article.source());
        articleIds.put(article.source(), takenArticles.claim(Slugs.pageName(article.title(), stem)));
        eventOfArticle.put(article.source(), event);
        articles.put(article.source(), article);
      }
    }
    this.stories = new StoryPlan(digest.storylines(), digest.events());
    this.entities = digest.entities();
  }

  /** What each source of the event is called, its outlet named as the entity table names it. */
  SourceLabels labels(Event event) {
    return SourceLabels.of(event, entities, messages);
  }

  /** The outlet the entity table says published the article with this source, or null. */
  SourceLabels.Publisher publisher(String source) {
    return SourceLabels.Publisher.of(entities, source);
  }

  /** The site's labels and dates, in its language. */
  Messages messages() {
    return messages;
  }

  /** The storylines and their pages. */
  StoryPlan stories() {
    return stories;
  }

  private static String fileStem(String source) {
    String name = source.substring(source.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The event's id: its page slug ("2026-01-06-leaders-meet-in-paris"). */
  String eventId(Event event) {
    return eventIds.get(event);
  }

  String eventPage(Event event, String extension) {
    return EVENTS + eventId(event) + extension;
  }

  /** The id of the article with this source, or null when no event lists it. */
  String articleId(String source) {
    return articleIds.get(source);
  }

  /** The article page of this source, or null when no event lists it. */
  String articlePage(String source, String extension) {
    String id = articleIds.get(source);
    return id == null ? null : ARTICLES + id + extension;
  }

  Event eventOf(String source) {
    return eventOfArticle.get(source);
  }

  Article article(String source) {
    return articles.get(source);
  }

  /** Every article with a page, in digest order. */
  List<Article> articles() {
    return List.copyOf(articles.values());
  }
}
