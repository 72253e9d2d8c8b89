package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Participant;
import org.newsdigest.model.Quote;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.TextWords;

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
    /** Each text folded, and its folded words: read once, compared with every later quote. */
    final List<Folded> folded = new ArrayList<>();

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
        if (quote.text() == null || TextWords.fold(quote.text()).isEmpty()) {
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
              "name:" + NameKeys.key(quote.speaker()), k -> new Speaker(quote.speaker(), null, null));
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
    String folded = NameKeys.key(quote.speaker());
    for (Entity entity : article.entities()) {
      if (EvidenceReader.forms(entity).contains(folded)) {
        return entities.groupOf(article.source(), entity.key());
      }
    }
    return -1;
  }

  /** @param original the source {@code source} copies, or null when it is independent */
  private static void add(Speaker speaker, String text, String source, String original) {
    Folded own = Folded.of(text);
    for (int i = 0; i < speaker.texts.size(); i++) {
      if (sameQuote(speaker.folded.get(i), own)) {
        List<String> sources = speaker.sources.get(i);
        if (!sources.contains(source) && (original == null || !sources.contains(original))) {
          speaker.sources.get(i).add(source);
        }
        return;
      }
    }
    speaker.texts.add(text);
    speaker.sources.add(new ArrayList<>(List.of(source)));
    speaker.folded.add(own);
  }

  /** A quote folded ({@link TextWords#fold}) and its distinct folded words. */
  private record Folded(String text, Set<String> words) {
    static Folded of(String quote) {
      String folded = TextWords.fold(quote);
      return new Folded(folded, new HashSet<>(List.of(folded.split(" "))));
    }
  }

  static boolean sameQuote(String a, String b) {
    return sameQuote(Folded.of(a), Folded.of(b));
  }

  /**
   * The same folded text, one (of at least 20 characters) inside the other, or at least {@link
   * #SAME_QUOTE_OVERLAP} of all their distinct words shared.
   */
  private static boolean sameQuote(Folded a, Folded b) {
    String fa = a.text();
    String fb = b.text();
    if (fa.equals(fb) || (fa.length() >= 20 && fb.contains(fa))
        || (fb.length() >= 20 && fa.contains(fb))) {
      return true;
    }
    int shared = 0;
    for (String word : a.words()) {
      if (b.words().contains(word)) {
        shared++;
      }
    }
    int union = a.words().size() + b.words().size() - shared;
    return union != 0 && shared >= SAME_QUOTE_OVERLAP * union;
  }
}
