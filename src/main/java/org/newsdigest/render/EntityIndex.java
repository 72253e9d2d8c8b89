package org.newsdigest.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsdigest.model.Article;
import org.newsdigest.model.DigestEntity;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityTable;
import org.newsdigest.model.Event;
import org.newsdigest.model.EventQuote;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SpeakerQuotes;
import org.newsdigest.text.Slugs;
import org.newsdigest.text.NameKeys;
import org.newsdigest.text.UniqueNames;

/**
 * The pages of every person, place, organisation and outlet of the digest, with the events each
 * takes part in. Immutable once built. Who is who is the entity table's decision ({@link
 * org.newsdigest.entities.EntityTableBuilder}); this lays it out: page names, appearances,
 * roles, quotes, and who gets a page.
 *
 * <p>Who gets a page: every outlet, and every person, place or organisation named by at least
 * {@link #ARTICLES_FOR_A_PAGE} articles or quoted at least once. On real corpora nine names in
 * ten are named once, often a mis-read word ("Flatbush" as a person); a page each would bury
 * the real ones, so they are listed on the kind's index with their one event instead.
 */
final class EntityIndex {
  static final int ARTICLES_FOR_A_PAGE = 2;
  /** Slugs the folders need for themselves: the index page and the pagination folder. */
  private static final Set<String> RESERVED = Set.of("index", "page");

  /**
   * One event an entry takes part in.
   *
   * @param role the role the event's sources give it, or null
   * @param quotes what it is quoted as saying there, in order
   * @param sources the event's articles that name it (for an outlet: that it published)
   */
  record Appearance(Event event, String role, List<String> quotes, List<String> sources) {
    Appearance {
      quotes = List.copyOf(quotes);
      sources = List.copyOf(sources);
    }
  }

  /**
   * One person, place, organisation or outlet across the digest.
   *
   * @param slug its page name in its kind's folder, unique there
   * @param aliases the other spellings the sources used
   * @param appearances its events in digest order (newest first)
   * @param articles how many articles name it (for an outlet: it published)
   * @param hasPage false for a name too slight to get a page of its own
   */
  record Entry(EntityKind kind, String slug, String name, List<String> aliases,
      List<Appearance> appearances, int articles, boolean hasPage) {
    Entry {
      aliases = List.copyOf(aliases);
      appearances = List.copyOf(appearances);
    }

    /** Its page relative to the site root ("people/ana-lopez.html"), or null without a page. */
    String page(String extension) {
      return hasPage ? kind.folder() + "/" + slug + extension : null;
    }

    boolean quoted() {
      return appearances.stream().anyMatch(a -> !a.quotes().isEmpty());
    }
  }

  private final Map<EntityKind, List<Entry>> entries = new LinkedHashMap<>();
  /** Per event: participant key to its entry. */
  private final Map<Event, Map<String, Entry>> byParticipant = new IdentityHashMap<>();
  private final EntityTable table;
  private final Map<Event, Integer> eventIndex = new IdentityHashMap<>();
  private final Map<DigestEntity, Entry> built;

  /** The pages of {@code table}'s entities, which must be the table of {@code events}. */
  EntityIndex(List<Event> events, EntityTable table) {
    Map<DigestEntity, Map<Integer, Visit>> visits = new IdentityHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      for (Participant p : events.get(i).participants()) {
        DigestEntity entity = table.ofParticipant(i, p.key());
        if (entity == null) {
          continue;
        }
        Visit visit = visits.computeIfAbsent(entity, k -> new TreeMap<>())
            .computeIfAbsent(i, k -> new Visit());
        visit.keys.add(p.key());
        visit.sources.addAll(p.sources());
        if (p.role() != null && !p.role().isBlank()) {
          visit.roles.add(p.role().strip());
        }
      }
      for (Article article : events.get(i).articles()) {
        DigestEntity outlet = table.publisher(article.source());
        if (outlet != null) {
          visits.computeIfAbsent(outlet, k -> new TreeMap<>()).computeIfAbsent(i, k -> new Visit())
              .sources.add(article.source());
        }
      }
    }
    this.table = table;
    this.built = build(events, table, visits);
    for (int i = 0; i < events.size(); i++) {
      Map<String, Entry> ofEvent = new HashMap<>();
      for (Participant p : events.get(i).participants()) {
        DigestEntity entity = table.ofParticipant(i, p.key());
        if (entity != null) {
          ofEvent.put(p.key(), built.get(entity));
        }
      }
      byParticipant.put(events.get(i), ofEvent);
      eventIndex.put(events.get(i), i);
    }
  }

  /** Every entry of the kind, alphabetical. */
  List<Entry> entries(EntityKind kind) {
    return entries.getOrDefault(kind, List.of());
  }

  /** The entry of a participant of {@code event}, or null. */
  Entry participant(Event event, String participantKey) {
    Map<String, Entry> ofEvent = byParticipant.get(event);
    return ofEvent == null || participantKey == null ? null : ofEvent.get(participantKey);
  }

  /**
   * The entry of an entity an article of {@code event} names: by key, else as the entity table
   * resolves its name (see {@link EntityTable#named}).
   */
  Entry entity(Event event, Entity entity) {
    Entry byKey = participant(event, entity.key());
    if (byKey != null) {
      return byKey;
    }
    Integer index = eventIndex.get(event);
    DigestEntity named = table.named(index == null ? -1 : index, entity.type(), entity.name());
    return named == null ? null : built.get(named);
  }

  /** The entry of the outlet that published the article, or null when none is known. */
  Entry outlet(Article article) {
    DigestEntity outlet = table.publisher(article.source());
    return outlet == null ? null : built.get(outlet);
  }

  private Map<DigestEntity, Entry> build(List<Event> events, EntityTable table,
      Map<DigestEntity, Map<Integer, Visit>> visitsOf) {
    Map<EntityKind, UniqueNames> taken = new EnumMap<>(EntityKind.class);
    Map<DigestEntity, Entry> built = new IdentityHashMap<>();
    List<Entry> all = new ArrayList<>();
    for (DigestEntity entity : table.entities()) {
      EntityKind kind = EntityKind.of(entity.type());
      String name = entity.name();
      Set<String> spellings = new LinkedHashSet<>(entity.names());
      spellings.addAll(entity.aliases());
      List<Appearance> appearances = new ArrayList<>();
      Set<String> articles = new HashSet<>();
      boolean quoted = false;
      for (Map.Entry<Integer, Visit> visit : visitsOf.getOrDefault(entity, Map.of()).entrySet()) {
        Event event = events.get(visit.getKey());
        List<String> quotes = quotesOf(event, visit.getValue().keys);
        quoted |= !quotes.isEmpty();
        articles.addAll(visit.getValue().sources);
        appearances.add(new Appearance(event, visit.getValue().role(), quotes,
            List.copyOf(visit.getValue().sources)));
      }
      boolean hasPage = kind == EntityKind.OUTLETS || articles.size() >= ARTICLES_FOR_A_PAGE || quoted;
      String slug = taken.computeIfAbsent(kind, k -> new UniqueNames(RESERVED))
          .claim(Slugs.pageName(name, kind.slugWord()));
      Entry entry = new Entry(kind, slug, name, aliases(name, spellings),
          newestFirst(appearances), articles.size(), hasPage);
      built.put(entity, entry);
      all.add(entry);
    }
    for (EntityKind kind : EntityKind.values()) {
      entries.put(kind, alphabetical(all.stream().filter(e -> e.kind() == kind).toList()));
    }
    return built;
  }

  /** By folded name, then name, then slug; each name folded once, not once per comparison. */
  private static List<Entry> alphabetical(List<Entry> entries) {
    Map<Entry, String> folds = new IdentityHashMap<>();
    entries.forEach(e -> folds.put(e, NameKeys.key(e.name())));
    List<Entry> sorted = new ArrayList<>(entries);
    sorted.sort(Comparator.comparing((Entry e) -> folds.get(e))
        .thenComparing(Entry::name)
        .thenComparing(Entry::slug));
    return List.copyOf(sorted);
  }

  /** Dated events newest first, undated ones last; ties keep the digest's order. */
  private static List<Appearance> newestFirst(List<Appearance> appearances) {
    List<Appearance> sorted = new ArrayList<>(appearances);
    sorted.sort(Comparator.comparing((Appearance a) -> a.event().date(),
        Comparator.nullsLast(Comparator.reverseOrder())));
    return sorted;
  }

  private static List<String> quotesOf(Event event, Set<String> keys) {
    List<String> quotes = new ArrayList<>();
    for (SpeakerQuotes speaker : event.quotes()) {
      if (speaker.speakerKey() != null && keys.contains(speaker.speakerKey())) {
        speaker.quotes().stream().map(EventQuote::text).forEach(quotes::add);
      }
    }
    return quotes;
  }

  /** The other spellings, each once whatever its case, without the display name itself. */
  private static List<String> aliases(String name, Set<String> spellings) {
    Set<String> seen = new HashSet<>();
    seen.add(name.toLowerCase(Locale.ROOT));
    List<String> out = new ArrayList<>();
    for (String spelling : new TreeSet<>(spellings)) {
      String strip = spelling.strip();
      if (!strip.isEmpty() && seen.add(strip.toLowerCase(Locale.ROOT))) {
        out.add(strip);
      }
    }
    return out;
  }

  /** One group in one event: its participant keys, naming articles and roles. */
  private static final class Visit {
    final Set<String> keys = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();
    final Set<String> roles = new LinkedHashSet<>();

    /** The first role the sources give; several differing roles read as one list. */
    String role() {
      return roles.isEmpty() ? null : roles.iterator().next();
    }
  }
}
