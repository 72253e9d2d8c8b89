package org.newsdigest.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.text.NameKeys;

/**
 * Entities resolved across articles: every (article, entity) pair belongs to one group, and a
 * group is one real-world person, place or organisation whatever the spelling. Rules:
 *
 * <ul>
 *   <li>the same entity key in two articles;
 *   <li>people: the same surname up to transliteration (Zelensky, Zelenskyy, Zelenskiy) with
 *       compatible first names (equal, an initial of the other, or one side without a first name
 *       when the surname names only one first name in the corpus, so "Smith" never chains John
 *       Smith to Jane Smith);
 *   <li>places and organisations: a shared name or alias, or an acronym matching an expansion
 *       ("NATO" and "North Atlantic Treaty Organization").
 * </ul>
 */
final class EntityResolution {

  /** One entity as an article names it. */
  record Node(int article, String source, Entity entity) {}

  private final List<Node> nodes = new ArrayList<>();
  private final int[] parent;
  // Looked up only. An article's nodes are contiguous: firstNode[a] up to firstNode[a + 1].
  private final Map<String, Integer> articleIndex = new HashMap<>();
  private final int[] firstNode;
  /** How many articles name each group (indexed by group id, 0 for non-roots). */
  private final int[] articleCount;
  /** Node indexes ordered by group then node, and where each group starts in it. */
  private final int[] byGroup;
  private final int[] groupStart;
  private final String[] displayNames;

  EntityResolution(List<Article> articles) {
    firstNode = new int[articles.size() + 1];
    for (int a = 0; a < articles.size(); a++) {
      firstNode[a] = nodes.size();
      articleIndex.putIfAbsent(articles.get(a).source(), a);
      Set<String> keys = new HashSet<>();
      for (Entity entity : articles.get(a).entities()) {
        if (keys.add(entity.key())) {
          nodes.add(new Node(a, articles.get(a).source(), entity));
        }
      }
    }
    firstNode[articles.size()] = nodes.size();
    parent = new int[nodes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    // Union is by smallest index, so the partition and its roots do not depend on the order
    // the keys are visited in: a hash map is enough.
    Map<String, List<Integer>> byMatchKey = new HashMap<>();
    // Each node's keys depend on its entity alone: read on every core, indexed in node order.
    List<Set<String>> keysOfNode =
        nodes.parallelStream().map(node -> matchKeys(node.entity())).toList();
    for (int i = 0; i < nodes.size(); i++) {
      for (String key : keysOfNode.get(i)) {
        byMatchKey.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    for (Map.Entry<String, List<Integer>> e : byMatchKey.entrySet()) {
      List<Integer> members = e.getValue();
      if (!e.getKey().startsWith("surname:")) {
        // a shared name is an equivalence: joining each to the first is joining all pairs
        members.forEach(i -> union(members.get(0), i));
        continue;
      }
      Set<String> firstNames = new TreeSet<>();
      members.forEach(i -> firstNames.addAll(firstNameKeys(nodes.get(i).entity())));
      // Entities with the same name forms are compatible with each other and with the same
      // others, so only one of each is compared: a common surname in a large corpus costs the
      // square of its spellings, not of its mentions.
      Map<List<String>, Integer> bySpelling = new TreeMap<>(Comparator.comparing(Object::toString));
      for (int i : members) {
        Entity entity = nodes.get(i).entity();
        List<String> spelling = new ArrayList<>();
        spelling.add(entity.name());
        spelling.addAll(new TreeSet<>(entity.aliases()));
        Integer same = bySpelling.putIfAbsent(spelling, i);
        if (same != null) {
          union(same, i);
        }
      }
      List<Integer> distinct = new ArrayList<>(bySpelling.values());
      // each spelling's name words and first-name keys are read once, not once per pair
      List<PersonName> names = new ArrayList<>(distinct.size());
      distinct.forEach(i -> names.add(PersonName.of(nodes.get(i).entity())));
      for (int x = 0; x < distinct.size(); x++) {
        for (int y = x + 1; y < distinct.size(); y++) {
          if (firstNamesCompatible(names.get(x), names.get(y), firstNames.size())) {
            union(distinct.get(x), distinct.get(y));
          }
        }
      }
    }
    articleCount = new int[nodes.size()];
    int[] lastArticle = new int[nodes.size()];
    Arrays.fill(lastArticle, -1);
    groupStart = new int[nodes.size() + 1];
    for (int i = 0; i < nodes.size(); i++) {
      int group = find(i); // also flattens: later lookups only read parent
      parent[i] = group;
      groupStart[group + 1]++;
      if (lastArticle[group] != nodes.get(i).article()) { // nodes come in article order
        lastArticle[group] = nodes.get(i).article();
        articleCount[group]++;
      }
    }
    for (int g = 0; g < nodes.size(); g++) {
      groupStart[g + 1] += groupStart[g];
    }
    byGroup = new int[nodes.size()];
    int[] at = Arrays.copyOf(groupStart, nodes.size());
    for (int i = 0; i < nodes.size(); i++) {
      byGroup[at[parent[i]]++] = i;
    }
    // Computed once: every merge link names its shared entities, and a group named by
    // thousands of articles would otherwise be walked per link.
    displayNames = new String[nodes.size()];
    // groups are independent: each slot is written by one task
    IntStream.range(0, nodes.size()).parallel().filter(g -> articleCount[g] > 0).forEach(g ->
        displayNames[g] = allNames(members(g)).stream().min(FULLEST_FIRST).orElseThrow());
  }

  /** How many group ids there can be: every group id is below this. */
  int groupCount() {
    return nodes.size();
  }

  /** The group of an article's entity, or -1 when unknown. */
  int groupOf(String source, String entityKey) {
    Integer a = articleIndex.get(source);
    if (a == null) {
      return -1;
    }
    for (int i = firstNode[a]; i < firstNode[a + 1]; i++) {
      if (nodes.get(i).entity().key().equals(entityKey)) {
        return parent[i];
      }
    }
    return -1;
  }

  /** The groups an article names. */
  Set<Integer> groupsOf(Article article) {
    Set<Integer> groups = new TreeSet<>();
    for (Entity entity : article.entities()) {
      int g = groupOf(article.source(), entity.key());
      if (g >= 0) {
        groups.add(g);
      }
    }
    return groups;
  }

  /** How many articles name the group. */
  /**
   * The group of each entity article {@code article} (a corpus index) names, in the order it
   * names them, each key once: the article's share of the partition.
   */
  int[] groupsOfEntities(int article) {
    return Arrays.copyOfRange(parent, firstNode[article], firstNode[article + 1]);
  }

  /**
   * The entity that stands for a group: its first member in article order, which is the same
   * node for the same group whatever the corpus numbering; as source and entity key.
   */
  Node root(int group) {
    return nodes.get(group);
  }

  int documentFrequency(int group) {
    return group >= 0 && group < articleCount.length ? articleCount[group] : 0;
  }

  EntityType typeOf(int group) {
    return nodes.get(group).entity().type();
  }

  /** The members of a group, in article order. */
  List<Node> members(int group) {
    if (group < 0 || group >= articleCount.length || articleCount[group] == 0) {
      return List.of();
    }
    List<Node> members = new ArrayList<>(groupStart[group + 1] - groupStart[group]);
    for (int x = groupStart[group]; x < groupStart[group + 1]; x++) {
      members.add(nodes.get(byGroup[x]));
    }
    return members;
  }

  /** The fullest name any member used: most words, then longest, then alphabetical. */
  String displayName(int group) {
    String name = displayNames[group];
    if (name == null) {
      throw new java.util.NoSuchElementException("no group " + group);
    }
    return name;
  }

  static final Comparator<String> FULLEST_FIRST =
      Comparator.comparingInt((String n) -> -NameKeys.words(n).size())
          .thenComparingInt(n -> -n.length())
          .thenComparing(Comparator.naturalOrder());

  static Set<String> allNames(List<Node> members) {
    Set<String> names = new LinkedHashSet<>();
    for (Node node : members) {
      names.add(node.entity().name());
      names.addAll(node.entity().aliases());
    }
    return names;
  }

  private static Set<String> matchKeys(Entity entity) {
    Set<String> keys = new TreeSet<>();
    keys.add("key:" + entity.key());
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    for (String name : names) {
      List<String> words = NameKeys.words(name);
      if (words.isEmpty()) {
        continue;
      }
      if (entity.type() == EntityType.PERSON) {
        keys.add("surname:" + NameKeys.transliteration(words.get(words.size() - 1)));
      } else {
        String prefix = entity.type().id() + ":";
        keys.add(prefix + String.join(" ", words));
        String acronym = NameKeys.acronym(name);
        if (acronym.length() >= 2) {
          keys.add(prefix + acronym);
        }
      }
    }
    return keys;
  }

  /** Transliteration keys of the first given name in each of the entity's full name forms. */
  private static Set<String> firstNameKeys(Entity entity) {
    Set<String> keys = new TreeSet<>();
    List<String> names = new ArrayList<>();
    names.add(entity.name());
    names.addAll(entity.aliases());
    for (String name : names) {
      List<String> words = NameKeys.words(name);
      if (words.size() >= 2 && words.get(0).length() > 1) {
        keys.add(NameKeys.transliteration(words.get(0)));
      }
    }
    return keys;
  }

  /** A person's name words and first-name keys, read once for all the pairs it is in. */
  private record PersonName(List<String> words, Set<String> firstNameKeys) {
    static PersonName of(Entity entity) {
      return new PersonName(NameKeys.words(entity.name()), EntityResolution.firstNameKeys(entity));
    }
  }

  private static boolean firstNamesCompatible(
      PersonName a, PersonName b, int firstNamesInCorpus) {
    if (initialsMatch(a.words(), b.words()) || initialsMatch(b.words(), a.words())) {
      return true;
    }
    Set<String> fa = a.firstNameKeys();
    Set<String> fb = b.firstNameKeys();
    if (fa.isEmpty() || fb.isEmpty()) {
      return firstNamesInCorpus <= 1 || (fa.isEmpty() && fb.isEmpty());
    }
    for (String x : fa) {
      for (String y : fb) {
        if (x.equals(y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "J. Smith" against "John Smith". */
  private static boolean initialsMatch(List<String> words, List<String> fullWords) {
    return words.size() >= 2 && words.get(0).length() == 1 && fullWords.size() >= 2
        && fullWords.get(0).startsWith(words.get(0));
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The smaller index becomes the root, so group ids never depend on merge order. */
  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
