package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
 * Every question is made here, from the arguments alone, so that none holds on to an earlier
 * render's indexes.
 */
final class PageReads {
  private final SiteIndexes site;
  private final List<Read<?>> kept; // null when not recording

  /** A question of the indexes and the answer it had. */
  record Read<T>(Function<SiteIndexes, T> question, T answer) {
    /**
     * Whether {@code site} answers the question as it was answered: the same object, or an equal
     * one except for an event, which the page may go on to ask about, and the indexes know events
     * by identity.
     */
    boolean holdsIn(SiteIndexes site) {
      T now = question.apply(site);
      return now == answer || !(answer instanceof Event) && now != null && now.equals(answer);
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
  List<Read<?>> reads() {
    return kept == null ? List.of() : List.copyOf(kept);
  }

  private <T> T ask(Function<SiteIndexes, T> question) {
    T answer = question.apply(site);
    if (kept != null) {
      kept.add(new Read<>(question, answer));
    }
    return answer;
  }

  /** The site's labels and dates; the same for every page of a render. */
  Messages messages() {
    return site.plan().messages();
  }

  String eventId(Event event) {
    return ask(s -> s.plan().eventId(event));
  }

  String eventPage(Event event, String extension) {
    return ask(s -> s.plan().eventPage(event, extension));
  }

  /** The event that lists the article with this source, or null. */
  Event eventOf(String source) {
    return ask(s -> s.plan().eventOf(source));
  }

  /** The article with this source that an event lists, or null. */
  Article article(String source) {
    return ask(s -> s.plan().article(source));
  }

  String articleId(String source) {
    return ask(s -> s.plan().articleId(source));
  }

  /** The article page of this source, or null when no event lists it. */
  String articlePage(String source, String extension) {
    return ask(s -> s.plan().articlePage(source, extension));
  }

  /**
   * The name and key of the outlet the entity table says published the article with this
   * source, or null: all of the table's entity that labels need, so that a page does not depend
   * on the rest of it (the outlet's other articles).
   */
  SourceLabels.Publisher publisher(String source) {
    return ask(s -> s.plan().publisher(source));
  }

  /** The labels of the event's sources (see {@link SourceLabels}), from the publishers asked here. */
  SourceLabels labels(Event event) {
    return SourceLabels.of(event, this::publisher, messages());
  }

  /** The page of a participant or speaker of the event, relative to the site root, or null. */
  String participantPage(Event event, String participantKey, String extension) {
    return ask(s -> page(s.entities().participant(event, participantKey), extension));
  }

  /** The page of an entity an article of the event names, relative to the site root, or null. */
  String entityPage(Event event, Entity entity, String extension) {
    return ask(s -> page(s.entities().entity(event, entity), extension));
  }

  /** The page of the outlet that published the article, relative to the site root, or null. */
  String outletPage(Article article, String extension) {
    return ask(s -> page(s.entities().outlet(article), extension));
  }

  /** The page of a tag, relative to the site root, or null. */
  String tagPage(String tag, String extension) {
    return ask(s -> s.tags().page(tag, extension));
  }

  /** The event page's storyline block (see {@link TimelineView#around}), or null. */
  Object storyAround(Event event, String extension) {
    return ask(s -> s.timeline().around(event, extension));
  }

  /** The event as a feed lists it (see {@link FeedEntries}). */
  FeedEntry feedEntry(Event event) {
    return ask(s -> s.feedEntries().of(event));
  }

  private static String page(EntityIndex.Entry entry, String extension) {
    return entry == null ? null : entry.page(extension);
  }
}
