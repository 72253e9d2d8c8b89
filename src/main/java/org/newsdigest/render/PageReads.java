package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Event;

/**
 * What one page's view reads from the rest of the site: every read is a question to the render's
 * {@link SiteIndexes} (a page path, an outlet's name, the storyline around an event), answered
 * now and, when recording, kept with its answer.
 *
 * <p>Why: a view given the page's own event or article, a PageReads and nothing else that changes
 * between renders makes a model that is a function of that object and the answers. So when the
 * same object's page is made again and each kept question, asked in the same order of the new
 * render's indexes, gets an equal answer, the model comes out the same, and so does its
 * fingerprint ({@link RenderMemo}): the page need not be modelled again to know it did not change.
 * Every question is made here, from the arguments alone, as a {@link Question}, so that none holds
 * on to an earlier render's indexes.
 */
final class PageReads {
  private final SiteIndexes site;
  private final List<Read> kept; // null when not recording

  /** A question of the indexes and the answer it had. */
  record Read(Question question, Object answer) {
    /**
     * Whether {@code site} answers the question as it was answered: the same object, or an equal
     * one except for an event, which the page may go on to ask about, and the indexes know events
     * by identity.
     */
    boolean holdsIn(SiteIndexes site) {
      Object now = question.ask(site);
      return now == answer || !(answer instanceof Event) && now != null && now.equals(answer);
    }
  }

  /**
   * One question to the indexes, as data rather than code, so that a memo can keep it and name
   * it beyond this process ({@link RenderMemo#portable}): its kind and the arguments the kind
   * takes, the others null. Equal for the same kind and arguments, an event or article argument
   * being the very object, as the indexes take them.
   */
  record Question(Kind kind, Event event, Article article, Entity entity, String text,
      String extension) {
    enum Kind {
      EVENT_ID, EVENT_PAGE, EVENT_OF, ARTICLE, ARTICLE_ID, ARTICLE_PAGE, PUBLISHER,
      PARTICIPANT_PAGE, ENTITY_PAGE, OUTLET_PAGE, TAG_PAGE, STORY_AROUND, FEED_ENTRY
    }

    Object ask(SiteIndexes s) {
      return switch (kind) {
        case EVENT_ID -> s.plan().eventId(event);
        case EVENT_PAGE -> s.plan().eventPage(event, extension);
        case EVENT_OF -> s.plan().eventOf(text);
        case ARTICLE -> s.plan().article(text);
        case ARTICLE_ID -> s.plan().articleId(text);
        case ARTICLE_PAGE -> s.plan().articlePage(text, extension);
        case PUBLISHER -> s.plan().publisher(text);
        case PARTICIPANT_PAGE -> page(s.entities().participant(event, text), extension);
        case ENTITY_PAGE -> page(s.entities().entity(event, entity), extension);
        case OUTLET_PAGE -> page(s.entities().outlet(article), extension);
        case TAG_PAGE -> s.tags().page(text, extension);
        case STORY_AROUND -> s.timeline().around(event, extension);
        case FEED_ENTRY -> s.feedEntries().of(event);
      };
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Question that && kind == that.kind && event == that.event
          && article == that.article && Objects.equals(entity, that.entity)
          && Objects.equals(text, that.text) && Objects.equals(extension, that.extension);
    }

    @Override
    public int hashCode() {
      return Objects.hash(kind, System.identityHashCode(event), System.identityHashCode(article),
          entity, text, extension);
    }

    private static String page(EntityIndex.Entry entry, String extension) {
      return entry == null ? null : entry.page(extension);
    }
  }

  private PageReads(SiteIndexes site, boolean recording) {
    this.site = site;
    this.kept = recording ? new ArrayList<>() : null;
  }

  /** Reads that only answer. */
  static PageReads of(SiteIndexes site) {
    return new PageReads(site, false);
  }

  /** Reads that also keep every question with its answer, for {@link #reads()}. */
  static PageReads recording(SiteIndexes site) {
    return new PageReads(site, true);
  }

  /** The questions asked so far with their answers, in the order asked; empty when not recording. */
  List<Read> reads() {
    return kept == null ? List.of() : List.copyOf(kept);
  }

  private Object ask(Question.Kind kind, Event event, Article article, Entity entity,
      String text, String extension) {
    Question question = new Question(kind, event, article, entity, text, extension);
    Object answer = question.ask(site);
    if (kept != null) {
      kept.add(new Read(question, answer));
    }
    return answer;
  }

  /** The site's labels and dates; the same for every page of a render. */
  Messages messages() {
    return site.plan().messages();
  }

  String eventId(Event event) {
    return (String) ask(Question.Kind.EVENT_ID, event, null, null, null, null);
  }

  String eventPage(Event event, String extension) {
    return (String) ask(Question.Kind.EVENT_PAGE, event, null, null, null, extension);
  }

  /** The event that lists the article with this source, or null. */
  Event eventOf(String source) {
    return (Event) ask(Question.Kind.EVENT_OF, null, null, null, source, null);
  }

  /** The article with this source that an event lists, or null. */
  Article article(String source) {
    return (Article) ask(Question.Kind.ARTICLE, null, null, null, source, null);
  }

  String articleId(String source) {
    return (String) ask(Question.Kind.ARTICLE_ID, null, null, null, source, null);
  }

  /** The article page of this source, or null when no event lists it. */
  String articlePage(String source, String extension) {
    return (String) ask(Question.Kind.ARTICLE_PAGE, null, null, null, source, extension);
  }

  /**
   * The name and key of the outlet the entity table says published the article with this
   * source, or null: all of the table's entity that labels need, so that a page does not depend
   * on the rest of it (the outlet's other articles).
   */
  SourceLabels.Publisher publisher(String source) {
    return (SourceLabels.Publisher) ask(Question.Kind.PUBLISHER, null, null, null, source, null);
  }

  /** The labels of the event's sources (see {@link SourceLabels}), from the publishers asked here. */
  SourceLabels labels(Event event) {
    return SourceLabels.of(event, this::publisher, messages());
  }

  /** The page of a participant or speaker of the event, relative to the site root, or null. */
  String participantPage(Event event, String participantKey, String extension) {
    return (String) ask(Question.Kind.PARTICIPANT_PAGE, event, null, null, participantKey, extension);
  }

  /** The page of an entity an article of the event names, relative to the site root, or null. */
  String entityPage(Event event, Entity entity, String extension) {
    return (String) ask(Question.Kind.ENTITY_PAGE, event, null, entity, null, extension);
  }

  /** The page of the outlet that published the article, relative to the site root, or null. */
  String outletPage(Article article, String extension) {
    return (String) ask(Question.Kind.OUTLET_PAGE, null, article, null, null, extension);
  }

  /** The page of a tag, relative to the site root, or null. */
  String tagPage(String tag, String extension) {
    return (String) ask(Question.Kind.TAG_PAGE, null, null, null, tag, extension);
  }

  /** The event page's storyline block (see {@link TimelineView#around}), or null. */
  Object storyAround(Event event, String extension) {
    return ask(Question.Kind.STORY_AROUND, event, null, null, null, extension);
  }

  /** The event as a feed lists it (see {@link FeedEntries}). */
  FeedEntry feedEntry(Event event) {
    return (FeedEntry) ask(Question.Kind.FEED_ENTRY, event, null, null, null, null);
  }
}
