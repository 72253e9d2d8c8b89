package org.newsdigest.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Event;
import org.newsdigest.model.Participant;

/**
 * For benchmarks outside this package: which digest-wide entry of {@link EntityIndex} each
 * article's entity belongs to, as the site decides it. A key is the entry's page path without
 * extension ("people/steve-cooley"). Entries join across events by folded name and a short
 * name's one fuller name ({@link EntityIndex}).
 *
 * @param pages by the entity pages: the event participant the merge folded the entity into
 *     (the one of its type, naming the article, whose name or aliases hold the entity's name),
 *     then {@link EntityIndex#participant}, the entry that participant's page is
 * @param links by the article page's link: {@link EntityIndex#entity(Event, Entity)} (the
 *     participant whose key equals the entity's key, else the entry of its folded spelling);
 *     an entity it finds no entry for is shown without a link
 * @param ambiguous entities two participants of their event may hold (the first is taken)
 * @param entities how many entities the digest's articles hold
 */
public record DigestEntityKeys(Map<String, Map<String, String>> pages,
    Map<String, Map<String, String>> links, int ambiguous, int entities) {

  /** How many of the articles' entities have a key in {@code keys} ({@link #pages}, {@link #links}). */
  public static int keyed(Map<String, Map<String, String>> keys) {
    return keys.values().stream().mapToInt(Map::size).sum();
  }

  /** Keys per article source, per {@link Entity#key()}; no mapping when there is no entry. */
  public static DigestEntityKeys of(List<Event> events) {
    EntityIndex index = new EntityIndex(events, org.newsdigest.entities.EntityTableBuilder.build(events));
    Map<String, Map<String, String>> pages = new TreeMap<>();
    Map<String, Map<String, String>> links = new TreeMap<>();
    int ambiguous = 0;
    int entities = 0;
    for (Event event : events) {
      for (Article article : event.articles()) {
        Map<String, String> ofPages = pages.computeIfAbsent(article.source(), s -> new TreeMap<>());
        Map<String, String> ofLinks = links.computeIfAbsent(article.source(), s -> new TreeMap<>());
        for (Entity entity : article.entities()) {
          entities++;
          EntityIndex.Entry link = index.entity(event, entity);
          if (link != null) {
            ofLinks.put(entity.key(), key(link));
          }
          List<Participant> holders = holders(event, article, entity);
          ambiguous += ambiguous(holders, entity) ? 1 : 0;
          EntityIndex.Entry page =
              holders.isEmpty() ? link : index.participant(event, holders.get(0).key());
          if (page != null) {
            ofPages.put(entity.key(), key(page));
          }
        }
      }
    }
    return new DigestEntityKeys(pages, links, ambiguous, entities);
  }

  /** The participants the entity may have been folded into: its own name first, then aliases. */
  private static List<Participant> holders(Event event, Article article, Entity entity) {
    List<Participant> byName = new ArrayList<>();
    List<Participant> byAlias = new ArrayList<>();
    for (Participant p : event.participants()) {
      if (p.type() != entity.type() || !p.sources().contains(article.source())) {
        continue;
      }
      if (p.name().equals(entity.name())) {
        byName.add(p);
      } else if (p.aliases().contains(entity.name())) {
        byAlias.add(p);
      }
    }
    byName.addAll(byAlias);
    return byName;
  }

  /** Two participants hold the entity's name as theirs, or none does and two as an alias. */
  private static boolean ambiguous(List<Participant> holders, Entity entity) {
    long byName = holders.stream().filter(p -> p.name().equals(entity.name())).count();
    return byName > 1 || byName == 0 && holders.size() > 1;
  }

  private static String key(EntityIndex.Entry entry) {
    return entry.kind().folder() + "/" + entry.slug();
  }
}
