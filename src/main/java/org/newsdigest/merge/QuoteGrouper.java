package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Participant;
import org.newsdigest.model.Quote;
import org.newsdigest.model.SpeakerQuotes;

/**
 * Groups an event's quotes by speaker, resolved across articles, and shows a quote carried by
 * several sources once with all of them. Two quotes are the same when their folded words are
 * equal, one contains the other, or they share most words (agencies trim and retouch quotes).
 * A syndicated copy carrying its original's quote is not a second source of it: the quote lists
 * the original only.
 */
final class QuoteGrouper {
  private static final double SAME_QUOTE_OVERLAP = 0.8;

  private final EntityResolution entities;

  QuoteGrouper(EntityResolution entities) {
    this.entities = entities;
  }

  private static final class Speaker {
    final String name;
    final String key;
    final String role;
    final List<String> texts = new ArrayList<>();
    final List<List<String>> sources = new ArrayList<>();

    Speaker(String name, String key, String role) {
      this.name = name;
      this.key = key;
      this.role = role;
    }
  }

  /**
   * @param eventArticles in event order
   * @param participants the event's participants by entity group
   */
  List<SpeakerQuotes> group(List<Article> eventArticles, Map<Integer, Participant> participants) {
    return group(eventArticles, participants, Map.of());
  }

  /**
   * @param eventArticles in event order
   * @param participants the event's participants by entity group
   * @param originals each copy's source to the source of the original it copies
   */
  List<SpeakerQuotes> group(
      List<Article> eventArticles,
      Map<Integer, Participant> participants,
      Map<String, String> originals) {
    Map<String, Speaker> speakers = new LinkedHashMap<>();
    Speaker anonymous = new Speaker(null, null, null);
    for (Article article : eventArticles) {
      for (Quote quote : article.quotes()) {
        if (quote.text() == null || Names.fold(quote.text()).isEmpty()) {
          continue;
        }
        int group = speakerGroup(article, quote);
        Speaker speaker;
        if (group >= 0 && participants.containsKey(group)) {
          Participant p = participants.get(group);
          speaker = speakers.computeIfAbsent(
              "group:" + group, k -> new Speaker(p.name(), p.key(), p.role()));
        } else if (quote.speaker() != null && !quote.speaker().isBlank()) {
          speaker = speakers.computeIfAbsent(
              "name:" + Names.fold(quote.speaker()), k -> new Speaker(quote.speaker(), null, null));
        } else {
          speaker = anonymous;
        }
        add(speaker, quote.text().trim(), article.source(), originals.get(article.source()));
      }
    }
    List<SpeakerQuotes> grouped = new ArrayList<>();
    List<Speaker> ordered = new ArrayList<>(speakers.values());
    if (!anonymous.texts.isEmpty()) {
      ordered.add(anonymous); // quotes nobody is credited with come last
    }
    for (Speaker s : ordered) {
      List<EventQuote> quotes = new ArrayList<>();
      for (int i = 0; i < s.texts.size(); i++) {
        quotes.add(new EventQuote(s.texts.get(i), s.sources.get(i)));
      }
      grouped.add(new SpeakerQuotes(s.name, s.key, s.role, quotes));
    }
    return grouped;
  }

  private int speakerGroup(Article article, Quote quote) {
    if (quote.speakerKey() != null) {
      int group = entities.groupOf(article.source(), quote.speakerKey());
      if (group >= 0) {
        return group;
      }
    }
    if (quote.speaker() == null) {
      return -1;
    }
    String folded = Names.fold(quote.speaker());
    for (Entity entity : article.entities()) {
      if (EvidenceReader.forms(entity).contains(folded)) {
        return entities.groupOf(article.source(), entity.key());
      }
    }
    return -1;
  }

  /** @param original the source {@code source} copies, or null when it is independent */
  private static void add(Speaker speaker, String text, String source, String original) {
    for (int i = 0; i < speaker.texts.size(); i++) {
      if (sameQuote(speaker.texts.get(i), text)) {
        List<String> sources = speaker.sources.get(i);
        if (!sources.contains(source) && (original == null || !sources.contains(original))) {
          speaker.sources.get(i).add(source);
        }
        return;
      }
    }
    speaker.texts.add(text);
    speaker.sources.add(new ArrayList<>(List.of(source)));
  }

  static boolean sameQuote(String a, String b) {
    String fa = Names.fold(a);
    String fb = Names.fold(b);
    if (fa.equals(fb) || (fa.length() >= 20 && fb.contains(fa))
        || (fb.length() >= 20 && fa.contains(fb))) {
      return true;
    }
    Set<String> wa = new TreeSet<>(List.of(fa.split(" ")));
    Set<String> wb = new TreeSet<>(List.of(fb.split(" ")));
    Set<String> shared = new TreeSet<>(wa);
    shared.retainAll(wb);
    Set<String> union = new TreeSet<>(wa);
    union.addAll(wb);
    return !union.isEmpty() && shared.size() >= SAME_QUOTE_OVERLAP * union.size();
  }
}
