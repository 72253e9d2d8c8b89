package org.newsdigest.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One real-world happening and all the coverage of it.
 *
 * @param title the event's headline
 * @param date the day it happened, or null when no source lets us tell
 * @param dateEvidence how the date was decided, or null
 * @param place where it happened, or null
 * @param participants people, organisations and places, most-mentioned first
 * @param articles the articles reporting it, earliest published first
 * @param summary a few sentences taken from the sources, each with its source
 * @param facts numeric facts aligned across sources
 * @param quotes quotes grouped by speaker
 * @param exclusives what each source alone reports
 * @param links why the articles were merged (empty for an event of one article)
 * @param firstReported the earliest publication time among the articles, or null
 * @param lastUpdated the latest publication or update time among the articles, or null
 * @param copies the articles that are syndicated copies of another article of this event, in
 *     event order (empty when every source is independent)
 */
public record Event(
    String title,
    LocalDate date,
    DateEvidence dateEvidence,
    String place,
    List<Participant> participants,
    List<Article> articles,
    List<SummarySentence> summary,
    List<AlignedFact> facts,
    List<SpeakerQuotes> quotes,
    List<Exclusive> exclusives,
    List<MergeLink> links,
    Moment firstReported,
    Moment lastUpdated,
    List<SyndicatedCopy> copies) {

  public Event {
    Objects.requireNonNull(title, "title");
    participants = List.copyOf(participants);
    articles = List.copyOf(articles);
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("an event needs at least one article");
    }
    summary = List.copyOf(summary);
    facts = List.copyOf(facts);
    quotes = List.copyOf(quotes);
    exclusives = List.copyOf(exclusives);
    links = List.copyOf(links);
    copies = copies == null ? List.of() : List.copyOf(copies);
  }

  /** An event whose sources are all independent: no syndicated copies among them. */
  public Event(
      String title,
      LocalDate date,
      DateEvidence dateEvidence,
      String place,
      List<Participant> participants,
      List<Article> articles,
      List<SummarySentence> summary,
      List<AlignedFact> facts,
      List<SpeakerQuotes> quotes,
      List<Exclusive> exclusives,
      List<MergeLink> links,
      Moment firstReported,
      Moment lastUpdated) {
    this(title, date, dateEvidence, place, participants, articles, summary, facts, quotes,
        exclusives, links, firstReported, lastUpdated, List.of());
  }

  /** The source {@code source} copies, or null when it is independent (or not in this event). */
  public String originalOf(String source) {
    for (SyndicatedCopy copy : copies) {
      if (copy.source().equals(source)) {
        return copy.original();
      }
    }
    return null;
  }

  /** The articles that are not copies of another: the event's independent coverage. */
  public List<Article> independentArticles() {
    return articles.stream().filter(a -> originalOf(a.source()) == null).toList();
  }

  public List<Participant> participantsOf(EntityType type) {
    return participants.stream().filter(p -> p.type() == type).toList();
  }
}
