package org.newsdigest.story;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsdigest.model.Article;
import org.newsdigest.model.DigestEntity;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SummarySentence;
import org.newsdigest.text.NameKeys;

/**
 * What the story linker compares about one event: when it happened, who (people and
 * organisations, as the digest's entity table resolved them) took part, and the key terms of its
 * headline and summary. Places are left out on purpose: two different fires in one city are two
 * stories.
 *
 * @param index the event's position in the digest (the tie-breaker everywhere)
 * @param date the day it happened, else the day it was first reported, else null
 * @param participants entity keys of people (starting with {@link #PERSON}) and organisations
 *     ({@link #ORGANISATION}) to their display names, in participant order
 * @param terms key terms of the headline and summary
 */
record EventTraits(int index, LocalDate date, Map<String, String> participants, Set<String> terms) {

  /**
   * This event with {@code person} (key and display name) added as a participant and its name's
   * words taken out of the terms: the headline or summary names someone the extract stage missed.
   */
  EventTraits withPerson(String key, String name) {
    Map<String, String> more = new LinkedHashMap<>(participants);
    more.putIfAbsent(key, name);
    Set<String> fewer = new TreeSet<>(terms);
    fewer.removeAll(KeyTerms.of(name));
    return new EventTraits(index, date, more, fewer);
  }

  /** Entity keys of people start with this, of organisations with {@link #ORGANISATION}. */
  static final String PERSON = EntityType.PERSON.id() + ":";
  static final String ORGANISATION = EntityType.ORGANISATION.id() + ":";

  EventTraits {
    participants = Collections.unmodifiableMap(new LinkedHashMap<>(participants));
    // Sorted, so sums over the terms add up in the same order on every run.
    terms = Collections.unmodifiableSortedSet(new TreeSet<>(terms));
  }

  /**
   * Words that make an organisation's name a news outlet's ("Associated Press", "Anchorage Daily
   * News"): outlets are cited by every story they cover, so they tie none together.
   */
  private static final Set<String> OUTLET_WORDS = Set.of(
      "news", "press", "agency", "times", "post", "herald", "tribune", "journal", "gazette",
      "reuters", "afp", "bbc", "cnn", "television", "tv", "radio", "newspaper", "magazine");

  static EventTraits of(int index, Event event, EntityTable table) {
    LocalDate date = event.date() != null ? event.date()
        : event.firstReported() != null ? event.firstReported().date() : null;
    Map<String, String> participants = new LinkedHashMap<>();
    for (Participant participant : event.participants()) {
      boolean counts = participant.type() == EntityType.PERSON
          || (participant.type() == EntityType.ORGANISATION && !isOutlet(participant, event, table));
      DigestEntity entity = counts ? table.ofParticipant(index, participant.key()) : null;
      if (entity != null) {
        participants.putIfAbsent(entity.key(), entity.name());
      }
    }
    StringBuilder text = new StringBuilder(event.title());
    for (SummarySentence sentence : event.summary()) {
      text.append(' ').append(sentence.text());
    }
    // Names are counted as participants; as terms they would count the same tie twice.
    Set<String> terms = new TreeSet<>(KeyTerms.of(text.toString()));
    for (String name : participants.values()) {
      terms.removeAll(KeyTerms.of(name));
    }
    return new EventTraits(index, date, participants, terms);
  }

  /**
   * True when the organisation is named like a news outlet, is one of the digest's outlets (the
   * entity table's, under any of their names), or is an agency credited in one of the event's
   * datelines.
   */
  private static boolean isOutlet(Participant organisation, Event event, EntityTable table) {
    String folded = NameKeys.key(organisation.name());
    for (String word : folded.split(" ")) {
      if (OUTLET_WORDS.contains(word)) {
        return true;
      }
    }
    if (table.named(-1, EntityType.OUTLET, organisation.name()) != null) {
      return true;
    }
    for (Article article : event.articles()) {
      if (article.dateline() != null && folded.equals(NameKeys.key(article.dateline().agency()))) {
        return true;
      }
    }
    return false;
  }

  static List<EventTraits> of(List<Event> events, EntityTable table) {
    // Each event's traits read only it and the finished table: built on every core, in order.
    return IntStream.range(0, events.size()).parallel()
        .mapToObj(i -> of(i, events.get(i), table))
        .toList();
  }
}
