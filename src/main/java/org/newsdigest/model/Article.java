package org.newsdigest.model;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One input file understood: who, what, when, where, who said what. Unknown values are null,
 * never invented.
 *
 * @param source path relative to the seeds folder, '/' separated: the article's unique key
 * @param format the input's shape
 * @param title the headline; derived from the text when the input had none
 * @param titleDerived true when {@code title} was derived from the text, not stated
 * @param publisher who published it (the outlet's name, country and kind, and what told it), or
 *     null when nothing tells
 * @param byline the author(s), or null
 * @param published when it was published, at the precision stated, or null
 * @param updated a later stated date (modification, document date), or null
 * @param dateline the wire dateline opening the body, or null
 * @param language BCP 47 tag, or null
 * @param url the article's address as the input gave it, or null
 * @param tags categories and tags
 * @param blocks the body as read, dateline included, images in place (block indexes of
 *     sentences, mentions, quotes, facts and dates count images too)
 * @param sentences the body split into sentences, in order (headings excluded)
 * @param entities people, places and organisations named, one per real-world thing
 * @param mentions where each entity was named
 * @param quotes quoted words with their speakers, in order
 * @param facts numeric facts, in order
 * @param dates dates named in the text, resolved
 * @param warnings what reading and extraction noticed, human-readable
 */
public record Article(
    String source,
    InputFormat format,
    String title,
    boolean titleDerived,
    Outlet publisher,
    String byline,
    Moment published,
    Moment updated,
    Dateline dateline,
    String language,
    String url,
    List<String> tags,
    List<Block> blocks,
    List<Sentence> sentences,
    List<Entity> entities,
    List<Mention> mentions,
    List<Quote> quotes,
    List<Fact> facts,
    List<DateMention> dates,
    List<String> warnings) {

  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(title, "title");
    tags = List.copyOf(tags);
    blocks = List.copyOf(blocks);
    sentences = List.copyOf(sentences);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    facts = List.copyOf(facts);
    dates = List.copyOf(dates);
    warnings = List.copyOf(warnings);
  }

  /** The outlet's name for readers ("BBC News", "Reuters"), or null when nothing tells. */
  public String outlet() {
    return publisher == null ? null : publisher.name();
  }

  /** This article with another publisher: the outlet decided with more than the file knew. */
  public Article withPublisher(Outlet outlet) {
    if (Objects.equals(outlet, publisher)) {
      return this;
    }
    return new Article(source, format, title, titleDerived, outlet, byline, published, updated,
        dateline, language, url, tags, blocks, sentences, entities, mentions, quotes, facts, dates,
        warnings);
  }

  public List<Entity> people() {
    return entitiesOf(EntityType.PERSON);
  }

  public List<Entity> places() {
    return entitiesOf(EntityType.PLACE);
  }

  public List<Entity> organisations() {
    return entitiesOf(EntityType.ORGANISATION);
  }

  public List<Entity> entitiesOf(EntityType type) {
    return entities.stream().filter(e -> e.type() == type).toList();
  }

  /** The body as plain text, blocks separated by a blank line; images are not text. */
  public String bodyText() {
    return blocks.stream().filter(b -> !b.isImage()).map(Block::text)
        .collect(Collectors.joining("\n\n"));
  }

  /** The paragraphs only (no headings, no images), in order. */
  public List<Block> paragraphs() {
    return blocks.stream().filter(b -> !b.isHeading() && !b.isImage()).toList();
  }
}
