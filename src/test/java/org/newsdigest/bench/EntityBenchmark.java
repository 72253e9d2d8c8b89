package org.newsdigest.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.bench.EntityGold.Kind;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ReadResult;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.ClusterScores;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Mention;
import org.newsdigest.render.DigestEntityKeys;

/**
 * Entity extraction against the ECB+ entities set: every article goes through the build's
 * {@link ArticleReader} (ingest, then extract), and what {@link Article#entities()} and {@link
 * Article#mentions()} hold is compared with the gold names (see docs/entities.md for every rule).
 *
 * <ul>
 *   <li>Units: per article and kind, distinct names, names that match one another leniently
 *       ({@link EntityNames}) being one name, on the gold side and on the extractor's.
 *   <li>Recall: over every gold name of the article; found when an extracted entity of the same
 *       kind matches it (a facility: an organisation or a place).
 *   <li>Precision: over the extractor's names with a mention inside an annotated sentence
 *       ({@code annotated.jsonl}); correct when it matches a gold name of the same kind anywhere
 *       in the article (an organisation or place matching a gold facility is correct).
 *   <li>Person clustering: B-cubed over the gold person mentions (with an entity or chain id)
 *       that an extracted person matches, the extractor's cluster being the digest-wide entry
 *       {@code render.EntityIndex} gives the entity after the real merge.
 * </ul>
 *
 * The quality numbers depend only on the data and the code: everything is sorted.
 */
final class EntityBenchmark {
  private static final List<EntityType> TYPES =
      List.of(EntityType.PERSON, EntityType.ORGANISATION, EntityType.PLACE);

  private final PrintStream out;
  private final int top;
  private final boolean verbose;

  EntityBenchmark(PrintStream out, int top, boolean verbose) {
    this.out = out;
    this.top = top;
    this.verbose = verbose;
  }

  /** Extracted entities that match one another, as one name of the article. */
  record Unit(EntityType type, List<Entity> entities) {
    List<String> names() {
      List<String> names = new ArrayList<>();
      for (Entity e : entities) {
        names.add(e.name());
        names.addAll(e.aliases());
      }
      return names;
    }
  }

  /** Gold names of one kind of one article that match one another. */
  record GoldUnit(String file, Kind kind, List<String> names) {}

  /** A name counted across articles: how often, an example file, a note per occurrence. */
  private static final class Tally {
    final Map<String, Integer> spellings = new TreeMap<>();
    final Set<String> files = new TreeSet<>();
    final Map<String, Integer> notes = new TreeMap<>();
    int count;

    void add(String spelling, String file, String note) {
      count++;
      spellings.merge(spelling, 1, Integer::sum);
      files.add(file);
      if (note != null) {
        notes.merge(note, 1, Integer::sum);
      }
    }

    String spelling() {
      return spellings.entrySet().stream()
          .min(Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
              .thenComparing(Map.Entry::getKey))
          .orElseThrow().getKey();
    }
  }

  /** Counts of one kind. */
  private static final class Counts {
    int gold;
    int found;
    int foundAsOrganisation;
    int foundAsPlace;
    /** Gold names not found whose mention an extracted name of its own kind overlaps. */
    int overlapped;
    int extracted;
    int inAnnotated;
    int correct;
    int correctByFacility;
    int otherKind;
    final Map<String, Tally> misses = new TreeMap<>();
    final Map<String, Tally> falseNames = new TreeMap<>();
    final Map<String, Integer> confusions = new TreeMap<>();
  }

  /** Scores the set; false when the data could not be scored (nothing read). */
  boolean run(Path goldFolder, Path articlesFolder) throws IOException {
    EntityGold gold = EntityGold.read(goldFolder);
    long readStart = System.nanoTime();
    ReadResult read = new ArticleReader(new Ingester(), new Extractor()).readTree(articlesFolder);
    double readSeconds = (System.nanoTime() - readStart) / 1e9;
    long mergeStart = System.nanoTime();
    List<Event> events = new EventMerger().merge(read.articles());
    double mergeSeconds = (System.nanoTime() - mergeStart) / 1e9;
    DigestEntityKeys digestKeys = DigestEntityKeys.of(events);

    Map<String, Article> articles = new TreeMap<>();
    read.articles().forEach(a -> articles.put(a.source(), a));
    Set<String> files = new TreeSet<>(gold.mentionsByFile().keySet());
    files.addAll(gold.spansByFile().keySet());
    files.addAll(articles.keySet());

    out.printf(Locale.ROOT, "%nEntity benchmark: gold %s, articles %s%n", goldFolder, articlesFolder);
    out.printf(Locale.ROOT, "articles          %d read (%d files, %d skipped), %d with gold"
        + " mentions, %d with annotated sentences%n", articles.size(), read.filesFound(),
        read.skipped().size(), gold.mentionsByFile().size(), gold.spansByFile().size());
    read.skipped().forEach(s -> out.printf(Locale.ROOT, "  skipped %s: %s%n", s.source(), s.reason()));

    Map<Kind, Counts> counts = new EnumMap<>(Kind.class);
    for (Kind kind : Kind.values()) {
      counts.put(kind, new Counts());
    }
    int blocks = 0;
    int unaligned = 0;
    int offsetErrors = 0;
    int byTextSearch = 0;
    int neverInText = 0;
    Map<String, String> clusterItems = new TreeMap<>();
    Map<String, String> systemCluster = new TreeMap<>();
    Map<String, String> linkCluster = new TreeMap<>();
    Map<String, String> articleCluster = new TreeMap<>();
    int personMentions = 0;
    int linkedPersonMentions = 0;
    int unindexed = 0;
    int unlinked = 0;

    for (String file : files) {
      Article article = articles.get(file);
      List<EntityGold.Mention> goldMentions = gold.mentionsByFile().getOrDefault(file, List.of());
      Path path = articlesFolder.resolve(file);
      String text = Files.isRegularFile(path) ? Files.readString(path, StandardCharsets.UTF_8) : "";
      List<EntityGold.Mention> checked = new ArrayList<>();
      for (EntityGold.Mention m : goldMentions) {
        // The set's offsets count code points; Java strings count UTF-16 units.
        int start = utf16(text, m.start());
        int nameStart = utf16(text, m.nameStart());
        if (start < 0 || !text.startsWith(m.text(), start)
            || nameStart < 0 || !text.startsWith(m.name(), nameStart)) {
          offsetErrors++;
          continue;
        }
        checked.add(new EntityGold.Mention(m.file(), m.text(), start, m.name(), nameStart,
            m.kind(), m.entity(), m.chain()));
      }
      List<int[]> spans = new ArrayList<>();
      for (int[] span : gold.spansByFile().getOrDefault(file, List.of())) {
        spans.add(new int[] {utf16(text, span[0]), utf16(text, span[1])});
      }
      EntityGold local = new EntityGold(Map.of(file, checked), Map.of(file, spans));

      // Where the extractor named each entity, in file offsets.
      List<Entity> entities = article == null ? List.of() : article.entities();
      Map<String, List<int[]>> placesOf = new TreeMap<>();
      if (article != null) {
        List<String> blockTexts = article.blocks().stream().map(Block::text).toList();
        BlockOffsets offsets = BlockOffsets.align(text, blockTexts);
        blocks += blockTexts.size();
        unaligned += offsets.unaligned();
        for (Mention mention : article.mentions()) {
          int[] span = offsets.span(mention.block(), mention.start(), mention.end());
          if (span != null) {
            placesOf.computeIfAbsent(mention.entityKey(), k -> new ArrayList<>()).add(span);
          }
        }
        for (Entity entity : entities) {
          if (!placesOf.containsKey(entity.key())) {
            List<int[]> found = occurrences(text, namesOf(entity));
            byTextSearch++;
            if (found.isEmpty()) {
              neverInText++;
            }
            placesOf.put(entity.key(), found);
          }
        }
      }

      // Gold names per kind, grouped.
      Map<Kind, List<GoldUnit>> goldUnits = new EnumMap<>(Kind.class);
      for (Kind kind : Kind.values()) {
        List<String> names = checked.stream().filter(m -> m.kind() == kind)
            .map(EntityGold.Mention::name).distinct().toList();
        List<GoldUnit> units = new ArrayList<>();
        for (List<String> group : EntityNames.group(names, kind == Kind.PERSON)) {
          units.add(new GoldUnit(file, kind, group));
        }
        goldUnits.put(kind, units);
      }
      Map<EntityType, List<Unit>> units = new EnumMap<>(EntityType.class);
      for (EntityType type : TYPES) {
        units.put(type, group(type, entities.stream().filter(e -> e.type() == type).toList()));
      }

      // Recall.
      for (Kind kind : Kind.values()) {
        Counts c = counts.get(kind);
        for (GoldUnit unit : goldUnits.get(kind)) {
          c.gold++;
          Map<EntityType, Boolean> matchedBy = new EnumMap<>(EntityType.class);
          for (EntityType type : TYPES) {
            boolean people = kind == Kind.PERSON && type == EntityType.PERSON;
            matchedBy.put(type, units.get(type).stream()
                .anyMatch(u -> EntityNames.anyMatches(unit.names(), u.names(), people)));
          }
          boolean found;
          if (kind == Kind.FACILITY) {
            found = matchedBy.get(EntityType.ORGANISATION) || matchedBy.get(EntityType.PLACE);
            c.foundAsOrganisation += matchedBy.get(EntityType.ORGANISATION) ? 1 : 0;
            c.foundAsPlace += matchedBy.get(EntityType.PLACE) ? 1 : 0;
          } else {
            found = matchedBy.get(typeOf(kind));
          }
          String confusion = "not found";
          if (found) {
            c.found++;
            confusion = kind == Kind.FACILITY
                ? (matchedBy.get(EntityType.ORGANISATION) ? "organisation" : "place") : kind.id();
          } else {
            for (EntityType type : TYPES) {
              if (matchedBy.get(type)) {
                confusion = type.id();
                break;
              }
            }
          }
          c.confusions.merge(confusion, 1, Integer::sum);
          if (!found) {
            String note = confusion.equals("not found") ? null : "as " + confusion;
            String overlapping = overlapping(unit, checked, entities, placesOf);
            if (overlapping != null) {
              c.overlapped++;
              note = (note == null ? "" : note + ", ") + "overlaps " + overlapping;
            } else if (kind == Kind.PERSON && firstName(unit, goldUnits.get(Kind.PERSON))) {
              note = (note == null ? "" : note + ", ") + "a first name";
            }
            String fullest = EntityNames.fullest(unit.names());
            c.misses.computeIfAbsent(EntityNames.key(fullest), k -> new Tally())
                .add(fullest, file, note);
          }
        }
      }

      // Precision inside annotated sentences.
      for (EntityType type : TYPES) {
        Counts c = counts.get(kindOf(type));
        for (Unit unit : units.get(type)) {
          c.extracted++;
          boolean inside = unit.entities().stream()
              .flatMap(e -> placesOf.getOrDefault(e.key(), List.of()).stream())
              .anyMatch(s -> local.inAnnotated(file, s[0], s[1]));
          if (!inside) {
            continue;
          }
          c.inAnnotated++;
          boolean people = type == EntityType.PERSON;
          Kind own = kindOf(type);
          boolean correct = matchesAny(goldUnits.get(own), unit, people);
          if (!correct && type != EntityType.PERSON
              && matchesAny(goldUnits.get(Kind.FACILITY), unit, false)) {
            correct = true;
            c.correctByFacility++;
          }
          if (correct) {
            c.correct++;
            continue;
          }
          String note = null;
          for (Kind other : Kind.values()) {
            if (other != own && matchesAny(goldUnits.get(other), unit, false)) {
              note = "gold " + other.id();
              c.otherKind++;
              break;
            }
          }
          String fullest = EntityNames.fullest(unit.names());
          c.falseNames.computeIfAbsent(EntityNames.key(fullest), k -> new Tally())
              .add(fullest, file, note);
        }
      }

      // Person mentions for the clustering.
      for (EntityGold.Mention m : checked) {
        if (m.kind() != Kind.PERSON) {
          continue;
        }
        personMentions++;
        if (m.entity() == null && m.chain() == null) {
          continue;
        }
        linkedPersonMentions++;
        Entity entity = personFor(m, units.get(EntityType.PERSON), placesOf);
        if (entity == null) {
          continue;
        }
        String item = file + "@" + m.start() + "-" + m.nameStart();
        clusterItems.put(item, m.entity() != null ? m.entity() : file + "#chain-" + m.chain());
        String alone = "none:" + file + "#" + entity.key();
        String key = digestKeys.pages().getOrDefault(file, Map.of()).get(entity.key());
        if (key == null) {
          unindexed++;
        }
        systemCluster.put(item, key == null ? alone : key);
        String link = digestKeys.links().getOrDefault(file, Map.of()).get(entity.key());
        if (link == null) {
          unlinked++;
        }
        linkCluster.put(item, link == null ? alone : link);
        articleCluster.put(item, file + "#" + entity.key());
      }
    }

    out.printf(Locale.ROOT, "alignment         %d of %d blocks not found in their file; %d gold"
        + " offsets wrong; %d of the extractor's entities had no mention placed in the file and"
        + " were looked up by name (%d not found in the text)%n", unaligned, blocks,
        offsetErrors, byTextSearch, neverInText);
    printKinds(counts);
    printOverlaps(counts);
    printConfusions(counts);
    printClustering(clusterItems, systemCluster, linkCluster, articleCluster, personMentions,
        linkedPersonMentions);
    out.printf(Locale.ROOT, "without an entry (each alone): %d mentions by the pages' key, %d by"
        + " the article link; of the digest's %d article entities (every kind) %d have an entity"
        + " page key, %d a link; %d had two candidate participants%n", unindexed, unlinked,
        digestKeys.entities(), DigestEntityKeys.keyed(digestKeys.pages()),
        DigestEntityKeys.keyed(digestKeys.links()), digestKeys.ambiguous());
    if (verbose && !clusterItems.isEmpty()) {
      printClusterErrors(clusterItems, systemCluster);
    }
    for (Kind kind : Kind.values()) {
      printTallies("misses, gold " + kind.id() + " names not found"
          + (kind == Kind.FACILITY ? " as an organisation or place" : " as " + kind.id()),
          counts.get(kind).misses);
    }
    for (EntityType type : TYPES) {
      printTallies("false " + type.id() + " names inside annotated sentences",
          counts.get(kindOf(type)).falseNames);
    }
    out.printf(Locale.ROOT, "%ntime (not part of the scores): read %.1f s, merge %.1f s%n%n",
        readSeconds, mergeSeconds);
    return !articles.isEmpty() && !gold.mentionsByFile().isEmpty();
  }

  private void printKinds(Map<Kind, Counts> counts) {
    out.printf(Locale.ROOT, "%nper article, distinct names (lenient matching); micro-averaged%n");
    out.printf(Locale.ROOT, "%-13s %6s %6s %7s   %9s %9s %7s %9s%n", "kind", "gold", "found",
        "recall", "extracted", "in annot.", "correct", "precision");
    for (Kind kind : Kind.values()) {
      Counts c = counts.get(kind);
      if (kind == Kind.FACILITY) {
        out.printf(Locale.ROOT, "%-13s %6d %6d %7s   (found as organisation %d, as place %d;"
            + " counted correct in their precision: organisation %d, place %d)%n", kind.id(),
            c.gold, c.found, ratio(c.found, c.gold), c.foundAsOrganisation, c.foundAsPlace,
            counts.get(Kind.ORGANISATION).correctByFacility, counts.get(Kind.PLACE).correctByFacility);
        Counts org = counts.get(Kind.ORGANISATION);
        Counts place = counts.get(Kind.PLACE);
        out.printf(Locale.ROOT, "%-13s precision were a facility counted wrong: organisation %s,"
            + " place %s%n", "", ratio(org.correct - org.correctByFacility, org.inAnnotated),
            ratio(place.correct - place.correctByFacility, place.inAnnotated));
        continue;
      }
      out.printf(Locale.ROOT, "%-13s %6d %6d %7s   %9d %9d %7d %9s%n", kind.id(), c.gold, c.found,
          ratio(c.found, c.gold), c.extracted, c.inAnnotated, c.correct,
          ratio(c.correct, c.inAnnotated));
    }
  }

  private void printOverlaps(Map<Kind, Counts> counts) {
    StringBuilder line = new StringBuilder();
    for (Kind kind : Kind.values()) {
      Counts c = counts.get(kind);
      line.append(line.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%s %d (%s)",
          kind.id(), c.overlapped, ratio(c.found + c.overlapped, c.gold)));
    }
    out.printf(Locale.ROOT, "misses an extracted name of the own kind overlaps (\"Indian Navy\" over"
        + " \"Navy\"), and the recall were they counted: %s%n", line);
  }

  private void printConfusions(Map<Kind, Counts> counts) {
    out.printf(Locale.ROOT, "%nkind confusions: gold names by the kind they were found as"
        + " (own kind first; another kind only when not found as its own)%n");
    List<String> columns = List.of("person", "organisation", "place", "not found");
    out.printf(Locale.ROOT, "%-13s", "gold \\ found");
    columns.forEach(col -> out.printf(Locale.ROOT, " %12s", col));
    out.println();
    for (Kind kind : Kind.values()) {
      out.printf(Locale.ROOT, "%-13s", kind.id());
      for (String col : columns) {
        out.printf(Locale.ROOT, " %12d", counts.get(kind).confusions.getOrDefault(col, 0));
      }
      out.println();
    }
    out.printf(Locale.ROOT, "false names inside annotated sentences that are gold names of"
        + " another kind: person %d, organisation %d, place %d%n",
        counts.get(Kind.PERSON).otherKind, counts.get(Kind.ORGANISATION).otherKind,
        counts.get(Kind.PLACE).otherKind);
  }

  private void printClustering(Map<String, String> gold, Map<String, String> system,
      Map<String, String> links, Map<String, String> perArticle, int mentions, int linked) {
    out.printf(Locale.ROOT, "%nperson clustering across articles: B-cubed over gold person"
        + " mentions an extracted person matches%n");
    Map<String, Set<String>> filesOf = new TreeMap<>();
    gold.forEach((item, entity) -> filesOf.computeIfAbsent(entity, k -> new TreeSet<>())
        .add(item.substring(0, item.indexOf('@'))));
    long crossDoc = filesOf.values().stream().filter(f -> f.size() > 1).count();
    out.printf(Locale.ROOT, "mentions          %d gold person mentions, %d with an entity or"
        + " chain id, %d of them found (%d gold entities, %d named in more than one article)%n",
        mentions, linked, gold.size(), filesOf.size(), crossDoc);
    if (gold.isEmpty()) {
      return;
    }
    score("entity pages (participant's EntityIndex entry)", system, gold);
    score("article page links (EntityIndex.entity)", links, gold);
    score("per article only (reference: no joining)", perArticle, gold);
  }

  private void score(String label, Map<String, String> system, Map<String, String> gold) {
    ClusterScores scores = ClusterScores.of(clusters(system), gold);
    out.printf(Locale.ROOT, "%-48s B-cubed P %.3f R %.3f F1 %.3f   pairwise F1 %.3f (%d clusters)%n",
        label, scores.b3Precision(), scores.b3Recall(), scores.b3F1(), scores.pairF1(),
        new TreeSet<>(system.values()).size());
  }

  /** Gold entities split over several keys, and keys joining several gold entities. */
  private void printClusterErrors(Map<String, String> gold, Map<String, String> system) {
    Map<String, Map<String, Integer>> keysOf = new TreeMap<>();
    Map<String, Map<String, Integer>> entitiesOf = new TreeMap<>();
    gold.forEach((item, entity) -> {
      keysOf.computeIfAbsent(entity, k -> new TreeMap<>()).merge(system.get(item), 1, Integer::sum);
      entitiesOf.computeIfAbsent(system.get(item), k -> new TreeMap<>()).merge(entity, 1, Integer::sum);
    });
    out.printf(Locale.ROOT, "  gold entities split over several keys:%n");
    keysOf.forEach((entity, keys) -> {
      if (keys.size() > 1) {
        out.printf(Locale.ROOT, "    %s: %s%n", entity, keys);
      }
    });
    out.printf(Locale.ROOT, "  keys joining several gold entities:%n");
    entitiesOf.forEach((key, entities) -> {
      if (entities.size() > 1) {
        out.printf(Locale.ROOT, "    %s: %s%n", key, entities);
      }
    });
  }

  private static List<List<String>> clusters(Map<String, String> clusterOf) {
    Map<String, List<String>> byKey = new TreeMap<>();
    clusterOf.forEach((item, key) -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(item));
    return new ArrayList<>(byKey.values());
  }

  private void printTallies(String title, Map<String, Tally> tallies) {
    List<Tally> sorted = new ArrayList<>(tallies.values());
    sorted.sort(Comparator.comparingInt((Tally t) -> -t.count).thenComparing(Tally::spelling));
    int total = sorted.stream().mapToInt(t -> t.count).sum();
    int shown = verbose ? sorted.size() : Math.min(top, sorted.size());
    out.printf(Locale.ROOT, "%n%s: %d in %d distinct names%s%n", title, total, sorted.size(),
        shown < sorted.size() ? ", the " + shown + " most frequent" : "");
    for (Tally t : sorted.subList(0, shown)) {
      StringBuilder notes = new StringBuilder();
      t.notes.forEach((note, n) -> notes.append(notes.length() == 0 ? "; " : ", ")
          .append(note).append(n == t.count ? "" : " " + n + "x"));
      out.printf(Locale.ROOT, "  %4d  %-34s e.g. %s%s%n", t.count, t.spelling(),
          t.files.iterator().next(), notes);
    }
  }

  /**
   * The name of an extracted entity of the unit's own kind (a facility: organisation or place)
   * named at a place overlapping one of the unit's gold mentions ("Indian Navy" over the gold
   * "Navy"), or null.
   */
  private static String overlapping(GoldUnit unit, List<EntityGold.Mention> mentions,
      List<Entity> entities, Map<String, List<int[]>> placesOf) {
    Set<EntityType> own = unit.kind() == Kind.FACILITY
        ? Set.of(EntityType.ORGANISATION, EntityType.PLACE) : Set.of(typeOf(unit.kind()));
    for (EntityGold.Mention m : mentions) {
      if (m.kind() != unit.kind() || !unit.names().contains(m.name())) {
        continue;
      }
      for (Entity e : entities) {
        if (own.contains(e.type()) && placesOf.getOrDefault(e.key(), List.of()).stream()
            .anyMatch(s -> s[0] < m.nameEnd() && m.nameStart() < s[1])) {
          return e.name();
        }
      }
    }
    return null;
  }

  /** True when every name of the unit is one word, the first word of another gold person name. */
  private static boolean firstName(GoldUnit unit, List<GoldUnit> people) {
    for (String name : unit.names()) {
      String key = EntityNames.key(name);
      boolean first = key.indexOf(' ') < 0 && people.stream().filter(p -> p != unit)
          .flatMap(p -> p.names().stream()).map(EntityNames::key)
          .anyMatch(k -> k.startsWith(key + " "));
      if (!first) {
        return false;
      }
    }
    return true;
  }

  /** Groups the entities of one type whose names match one another. */
  static List<Unit> group(EntityType type, List<Entity> entities) {
    boolean people = type == EntityType.PERSON;
    int n = entities.size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        if (EntityNames.anyMatches(namesOf(entities.get(i)), namesOf(entities.get(j)), people)) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<Entity>> byRoot = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      byRoot.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(entities.get(i));
    }
    return byRoot.values().stream().map(list -> new Unit(type, list)).toList();
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i] = parent[parent[i]];
    }
    return i;
  }

  static List<String> namesOf(Entity entity) {
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    return names;
  }

  private static boolean matchesAny(List<GoldUnit> gold, Unit unit, boolean people) {
    return gold.stream().anyMatch(g -> EntityNames.anyMatches(g.names(), unit.names(), people));
  }

  /**
   * The extracted person a gold person mention is: among those whose names match its name, one
   * the extractor named at an overlapping place, else one with the same key, else the first by
   * entity key.
   */
  private static Entity personFor(EntityGold.Mention m, List<Unit> people,
      Map<String, List<int[]>> placesOf) {
    List<Entity> candidates = new ArrayList<>();
    for (Unit unit : people) {
      for (Entity e : unit.entities()) {
        if (EntityNames.anyMatches(List.of(m.name()), namesOf(e), true)) {
          candidates.add(e);
        }
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    String key = EntityNames.key(m.name());
    candidates.sort(Comparator
        .comparing((Entity e) -> placesOf.getOrDefault(e.key(), List.of()).stream()
            .noneMatch(s -> s[0] < m.nameEnd() && m.nameStart() < s[1]))
        .thenComparing(e -> namesOf(e).stream().noneMatch(n -> EntityNames.keys(n).contains(key)))
        .thenComparing(Entity::key));
    return candidates.get(0);
  }

  /** Where any of the names stands in the text as whole words (case as written). */
  static List<int[]> occurrences(String text, List<String> names) {
    List<int[]> found = new ArrayList<>();
    for (String name : new TreeSet<>(names)) {
      if (name.isBlank()) {
        continue;
      }
      Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])")
          .matcher(text);
      while (m.find()) {
        found.add(new int[] {m.start(), m.end()});
      }
    }
    return found;
  }

  private static int utf16(String text, int codePoints) {
    try {
      return text.offsetByCodePoints(0, codePoints);
    } catch (IndexOutOfBoundsException e) {
      return -1;
    }
  }

  private static EntityType typeOf(Kind kind) {
    return switch (kind) {
      case PERSON -> EntityType.PERSON;
      case ORGANISATION -> EntityType.ORGANISATION;
      case PLACE -> EntityType.PLACE;
      case FACILITY -> throw new IllegalArgumentException("the extractor has no facility kind");
    };
  }

  private static Kind kindOf(EntityType type) {
    return switch (type) {
      case PERSON -> Kind.PERSON;
      case ORGANISATION -> Kind.ORGANISATION;
      case PLACE -> Kind.PLACE;
      case OUTLET -> throw new IllegalArgumentException("an article names no outlet entity");
    };
  }

  private static String ratio(int part, int whole) {
    return whole == 0 ? "-" : String.format(Locale.ROOT, "%.3f", part / (double) whole);
  }
}
