package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsdigest.extract.NameChunker.Chunk;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.model.Block;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Mention;

/**
 * Rule-based people, places and organisations. Each capitalised run is classified by evidence
 * around it (a role or honorific before it, a speech verb or an age after it, an institution
 * word at its end, a gazetteer hit, a preposition of place); runs without evidence are dropped
 * unless they repeat a name already identified. Name variants of one person fold into one entity
 * by a spelling-tolerant surname key.
 */
final class EntityRecognizer {

  private static final Pattern AGE_AFTER = Pattern.compile("^, \\d{1,3},");
  private static final Pattern APPOSITION_AFTER =
      Pattern.compile("^, (?:(?:a|an|the|who is|who was) (?:[\\p{L}.\\-]+ ){0,4}?|(?:\\p{Ll}+ ){0,2}?)"
          + "(?<role>[\\p{L}\\-]+)\\b");
  private static final Pattern SPEECH_AFTER = Pattern.compile("^,? (?:has |had |also |then )?(?<verb>\\p{Ll}+)\\b");
  private static final Pattern SPEECH_BEFORE =
      Pattern.compile("(?:\\b(?:said|says|told|added|wrote|according to)|[”\"],? (?:said|says)) $");
  private static final Pattern PLACE_BEFORE =
      Pattern.compile("\\b(?:in|at|from|near|outside|across|inside|towards|toward|around) $");
  private static final Pattern LIST_BEFORE =
      Pattern.compile("\\b(?<noun>\\p{L}+),? (?:including|such as|among them|like) $");
  private static final Pattern REGION_AFTER = Pattern.compile("^ (?<word>\\p{Ll}+)\\b");
  /** "European", "Ukrainian", "Chinese", "British": adjectives of a place, not places. */
  private static final Pattern DEMONYM = Pattern.compile("(?:ean|ian|ese|ish|ch)$");
  private static final Pattern COORDINATION = Pattern.compile("^(?:,? and |, |,? or )$");

  private final Gazetteer gazetteer;
  private final NameChunker chunker;
  private final PrepositionEvidence prepositions = PrepositionEvidence.load();

  EntityRecognizer(Gazetteer gazetteer, NameChunker chunker) {
    this.gazetteer = gazetteer;
    this.chunker = chunker;
  }

  /** What the recogniser found: entities in order of first mention, and every mention. */
  record Result(List<Entity> entities, List<Mention> mentions) {}

  /** A classified run: {@code type} null when nothing says what it is yet. */
  private static final class Candidate {
    final int block;
    final int start;
    final int end;
    final String surface;
    final List<String> words;
    EntityType type;
    String role;
    boolean weak;

    Candidate(int block, int start, int end, String surface, List<String> words) {
      this.block = block;
      this.start = start;
      this.end = end;
      this.surface = surface;
      this.words = List.copyOf(words);
    }
  }

  Result recognise(List<Block> blocks, List<List<TextSpan>> sentences, Dateline dateline) {
    Set<String> capitalisedInside = new HashSet<>();
    Set<String> lowerCaseWords = new HashSet<>();
    List<List<Chunk>> chunksByBlock = new ArrayList<>();
    // cutting words is the costliest step here: once per block, shared by every use below
    List<List<Word>> wordsByBlock = new ArrayList<>();
    for (Block block : blocks) {
      wordsByBlock.add(chunker.words(block.text()));
    }
    for (int b = 0; b < blocks.size(); b++) {
      Block block = blocks.get(b);
      TextSpan excluded = b == 0 && dateline != null ? new TextSpan(0, dateline.text().length()) : null;
      List<Chunk> chunks = block.isHeading()
          ? List.of()
          : chunker.chunks(block.text(), wordsByBlock.get(b), sentences.get(b), excluded);
      chunksByBlock.add(chunks);
      for (Chunk c : chunks) {
        for (int i = c.sentenceInitial() ? 1 : 0; i < c.words().size(); i++) {
          capitalisedInside.add(c.words().get(i).text());
        }
      }
      if (!block.isHeading()) {
        for (Word w : wordsByBlock.get(b)) {
          if (Character.isLowerCase(w.text().charAt(0))) {
            lowerCaseWords.add(w.text());
          }
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    if (dateline != null && !blocks.isEmpty() && dateline.place() != null) {
      String first = blocks.get(0).text();
      int at = first.indexOf(first.startsWith(dateline.place()) ? dateline.place()
          : dateline.place().toUpperCase(Locale.ROOT));
      if (at >= 0) {
        int end = at + dateline.place().length();
        Candidate c = new Candidate(0, at, end, first.substring(at, end), List.of(dateline.place()));
        c.type = EntityType.PLACE;
        candidates.add(c);
      }
    }
    for (int b = 0; b < blocks.size(); b++) {
      String text = blocks.get(b).text();
      for (Chunk whole : chunksByBlock.get(b)) {
        for (Chunk chunk : splitAtOf(whole)) {
          Candidate c = classify(b, text, chunk, capitalisedInside, lowerCaseWords);
          if (c != null) {
            candidates.add(c);
          }
        }
      }
    }
    candidates.sort(java.util.Comparator.<Candidate>comparingInt(c -> c.block).thenComparingInt(c -> c.start));
    spreadPersonOverLists(candidates, blocks);
    return resolve(candidates, modifierWords(wordsByBlock));
  }

  private Candidate classify(
      int block, String text, Chunk chunk, Set<String> capitalisedInside, Set<String> lowerCaseWords) {
    List<Word> words = new ArrayList<>(chunk.words());
    // a role inside the run: "French President Emmanuel Macron", "UK Prime Minister Keir Starmer"
    int roleEnd = -1;
    for (int i = 0; i < words.size() - 1; i++) {
      if (Lexicon.isRole(words.get(i).text()) && !words.get(i).text().equals("of")) {
        roleEnd = i;
      }
    }
    String role = null;
    if (roleEnd >= 0 && hasRoleHead(words.subList(0, roleEnd + 1))
        && !Lexicon.ORG_SUFFIXES.contains(lower(words.get(words.size() - 1).text()))) {
      int roleStart = 0;
      while (roleStart < roleEnd && Lexicon.NOT_NAMES.contains(lower(words.get(roleStart).text()))) {
        roleStart++;
      }
      role = join(words.subList(roleStart, roleEnd + 1));
      words = new ArrayList<>(words.subList(roleEnd + 1, words.size()));
      if (NameChunker.isConnector(words.get(0).text())) {
        // "CEO of Valley Dairy": the role belongs to someone else; what follows is an organisation
        role = null;
        while (!words.isEmpty() && NameChunker.isConnector(words.get(0).text())) {
          words.remove(0);
        }
      }
    } else {
      String whole = join(words);
      if (gazetteer.canonical(whole) != null || isInstitution(whole)) {
        return typed(block, words, text, gazetteer.canonical(whole) != null ? EntityType.PLACE
            : EntityType.ORGANISATION);
      }
      while (!words.isEmpty() && droppable(words, chunk.sentenceInitial()
          && words.get(0) == chunk.words().get(0), capitalisedInside, lowerCaseWords)) {
        words.remove(0);
      }
      if (words.isEmpty() && chunk.words().size() == 1 && chunk.sentenceInitial()
          && !Lexicon.NOT_NAMES.contains(lower(chunk.words().get(0).text()))
          && !Lexicon.isMonthOrWeekday(chunk.words().get(0).text())) {
        // "Zelenskiy later left.": kept without evidence, it counts only if it repeats a known name
        return candidate(block, text, chunk.words());
      }
      while (!words.isEmpty() && NameChunker.isConnector(words.get(0).text())) {
        words.remove(0);
      }
    }
    if (words.isEmpty()) {
      return null;
    }
    String before = text.substring(Math.max(0, words.get(0).start() - 40), words.get(0).start());
    String after = text.substring(words.get(words.size() - 1).end(),
        Math.min(text.length(), words.get(words.size() - 1).end() + 60));
    String lowerRole = lowerCaseRoleBefore(text, words.get(0).start());
    if (role == null && lowerRole != null) {
      role = lowerRole;
    } else if (role != null && lowerRole != null) {
      role = lowerRole + " " + role;
    }
    boolean afterThe = before.endsWith("the ") || before.endsWith("The ");
    String whole = join(words);
    String last = lower(words.get(words.size() - 1).text());
    String first = lower(words.get(0).text());
    int n = words.size();

    if (Lexicon.HONORIFICS.contains(Lexicon.stripDot(first)) && n >= 2) {
      Candidate c = candidate(block, text, words);
      c.type = EntityType.PERSON;
      return c;
    }
    if (role != null && n <= 4 && !isAcronym(words.get(0).text())) {
      if (gazetteer.canonical(whole) != null) {
        return typed(block, words, text, EntityType.PLACE);
      }
      Candidate c = candidate(block, text, words);
      c.type = EntityType.PERSON;
      c.role = role;
      return c;
    }
    if (gazetteer.canonical(whole) != null) {
      return typed(block, words, text, EntityType.PLACE);
    }
    if (isInstitution(whole)) {
      return typed(block, words, text, EntityType.ORGANISATION);
    }
    if (Lexicon.ORG_SUFFIXES.contains(last) && n >= 2) {
      return typed(block, words, text, EntityType.ORGANISATION);
    }
    if (n >= 3 && Lexicon.ORG_HEADS.contains(first) && words.get(1).text().equals("of")) {
      return typed(block, words, text, EntityType.ORGANISATION);
    }
    if (PrepositionEvidence.organisationHead(words.stream().map(Word::text).toList())) {
      return typed(block, words, text, EntityType.ORGANISATION);
    }
    if (n >= 2 && Lexicon.PLACE_SUFFIXES.contains(last)) {
      return typed(block, words, text, EntityType.PLACE);
    }
    if (n == 1 && isAcronym(words.get(0).text()) && !Lexicon.NOT_NAMES.contains(first)
        && !Lexicon.COMMON_ACRONYMS.contains(first)
        && !after.matches("^[ \\-]?\\d.*")) {
      return typed(block, words, text, EntityType.ORGANISATION);
    }
    if (words.stream().anyMatch(w -> isAcronym(w.text()))) {
      return null;
    }
    if (n == 1 && (Lexicon.ORG_SUFFIXES.contains(first) || Lexicon.isRole(first)
        || Lexicon.PLACE_SUFFIXES.contains(first))) {
      return null; // "Parliament said", "Club officials": a generic noun, not a name
    }
    Candidate c = candidate(block, text, words);
    if (!afterThe && n <= 4 && personContext(before, after)) {
      c.type = EntityType.PERSON;
      java.util.regex.Matcher apposition = APPOSITION_AFTER.matcher(after);
      if (apposition.find() && Lexicon.isRoleHead(apposition.group("role"))) {
        c.role = apposition.group("role");
      }
      return c;
    }
    java.util.regex.Matcher region = REGION_AFTER.matcher(after);
    if (region.find() && Lexicon.REGION_WORDS.contains(region.group("word"))) {
      c.type = EntityType.PLACE;
      return c;
    }
    if (!afterThe && PLACE_BEFORE.matcher(before).find() && !(n == 1 && DEMONYM.matcher(whole).find())
        && prepositions.allowsPlace(c.words, after, text)) {
      c.type = EntityType.PLACE;
      c.weak = true;
      return c;
    }
    java.util.regex.Matcher list = LIST_BEFORE.matcher(before);
    if (n >= 2 && n <= 3 && list.find() && Lexicon.isRole(list.group("noun"))) {
      c.type = EntityType.PERSON;
      return c;
    }
    return c; // untyped: kept in case it repeats a known name
  }

  /**
   * "Larry Kroon of the Wasilla Bible Church" is two names; "Bank of England" and "Secretary of
   * State" are one, told apart by the word before "of".
   */
  private List<Chunk> splitAtOf(Chunk chunk) {
    List<Word> words = chunk.words();
    for (int i = 1; i < words.size() - 1; i++) {
      if (words.get(i).text().equals("of")) {
        String head = lower(words.get(i - 1).text());
        if (Lexicon.ORG_HEADS.contains(head) || Lexicon.isRole(head) || i > 1 && Lexicon.ORG_HEADS.contains(lower(words.get(0).text()))
            || gazetteer.canonical(join(words)) != null || isInstitution(join(words))) {
          return List.of(chunk);
        }
        int rest = i + 1;
        while (rest < words.size() && NameChunker.isConnector(words.get(rest).text())) {
          rest++;
        }
        if (rest >= words.size()) {
          return List.of(chunk);
        }
        return List.of(new Chunk(words.subList(0, i), chunk.sentenceInitial()),
            new Chunk(words.subList(rest, words.size()), false));
      }
    }
    return List.of(chunk);
  }

  private static boolean personContext(String before, String after) {
    if (AGE_AFTER.matcher(after).find()) {
      return true;
    }
    java.util.regex.Matcher apposition = APPOSITION_AFTER.matcher(after);
    if (apposition.find() && Lexicon.isRoleHead(apposition.group("role"))) {
      return true;
    }
    java.util.regex.Matcher speech = SPEECH_AFTER.matcher(after);
    if (speech.find() && Lexicon.SPEECH_VERBS.contains(speech.group("verb"))) {
      return true;
    }
    return SPEECH_BEFORE.matcher(before).find();
  }

  /** "team president and general manager Ed Stefanski": lower-case role words right before. */
  private static String lowerCaseRoleBefore(String text, int start) {
    String before = text.substring(Math.max(0, start - 60), start);
    String[] words = before.split(" ", -1);
    if (words.length < 2 || !words[words.length - 1].isEmpty()) {
      return null;
    }
    List<String> role = new ArrayList<>();
    for (int i = words.length - 2; i >= 0 && role.size() < 4; i--) {
      String w = words[i];
      if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && Lexicon.isRole(w)) {
        role.add(0, w);
      } else {
        break;
      }
    }
    if (role.isEmpty() || role.stream().noneMatch(Lexicon::isRoleHead)) {
      return null;
    }
    return String.join(" ", role);
  }

  private boolean droppable(
      List<Word> words, boolean opensSentence, Set<String> capitalisedInside, Set<String> lowerCaseWords) {
    Word word = words.get(0);
    String lower = lower(word.text());
    if (Lexicon.NAME_OPENERS.contains(lower) && !opensSentence && words.size() >= 2) {
      return false; // "the New York Times", "the International Monetary Fund"
    }
    if (Lexicon.NOT_NAMES.contains(lower) || Lexicon.isMonthOrWeekday(word.text())) {
      return true;
    }
    if (!opensSentence) {
      return false;
    }
    if (gazetteer.canonical(word.text()) != null || isAcronym(word.text())
        || Lexicon.HONORIFICS.contains(Lexicon.stripDot(lower))) {
      return false;
    }
    if (lowerCaseWords.contains(lower)) {
      return true; // the article uses it as a common word
    }
    if (words.size() == 1) {
      return !capitalisedInside.contains(word.text());
    }
    // "Senior U.S. negotiators": a capitalised modifier before a known name is not part of it
    String rest = join(words.subList(1, words.size()));
    return gazetteer.canonical(rest) != null || isInstitution(rest)
        || words.size() == 2 && isAcronym(words.get(1).text());
  }

  /** Turns a person found in a list into evidence for its neighbours: "Steve Witkoff and Jared Kushner". */
  private static void spreadPersonOverLists(List<Candidate> candidates, List<Block> blocks) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = 0; i + 1 < candidates.size(); i++) {
        Candidate a = candidates.get(i);
        Candidate b = candidates.get(i + 1);
        if (a.block != b.block || b.start < a.end) {
          continue;
        }
        String gap = blocks.get(a.block).text().substring(a.end, b.start);
        if (!COORDINATION.matcher(gap).matches()) {
          continue;
        }
        if (a.type == EntityType.PERSON && b.type == null && looksLikeFullName(b)) {
          b.type = EntityType.PERSON;
          changed = true;
        } else if (b.type == EntityType.PERSON && a.type == null && looksLikeFullName(a)) {
          a.type = EntityType.PERSON;
          changed = true;
        }
      }
    }
  }

  private static boolean looksLikeFullName(Candidate c) {
    return c.words.size() >= 2 && c.words.size() <= 3
        && c.words.stream().allMatch(w -> Character.isUpperCase(w.charAt(0)) && !isAcronym(w));
  }

  /**
   * Capitalised words the article uses before a company or town noun ("a Waitrose store",
   * "Playboy founder Hugh Hefner", "Troy police"): alone, such a word is not a person.
   */
  private static Set<String> modifierWords(List<List<Word>> wordsByBlock) {
    Set<String> found = new HashSet<>();
    for (List<Word> words : wordsByBlock) {
      for (int i = 0; i + 1 < words.size(); i++) {
        Word w = words.get(i);
        Word next = words.get(i + 1);
        if (w.capitalised() && !w.ends() && next.start() == w.end() + 1
            && Lexicon.NOT_PERSON_HEADS.contains(next.text())) {
          found.add(w.text());
        }
      }
    }
    return found;
  }

  private Result resolve(List<Candidate> candidates, Set<String> modifierWords) {
    Map<String, Built> people = new LinkedHashMap<>();
    List<Built> personList = new ArrayList<>();
    // full names first, so a surname anywhere in the article can find its person
    for (Candidate c : candidates) {
      List<String> name = nameWords(c);
      if (c.type == EntityType.PERSON && name.size() >= 2) {
        String fullKey = String.join(" ", name.stream().map(NameKeys::phonetic).toList());
        Built p = people.get(fullKey);
        if (p == null) {
          p = new Built(EntityType.PERSON);
          people.put(fullKey, p);
          personList.add(p);
        }
        p.surnameKey = NameKeys.phonetic(name.get(name.size() - 1));
      }
    }
    Set<String> placeWords = new HashSet<>();
    Set<String> lastNameWords = new HashSet<>();
    for (Candidate c : candidates) {
      if (c.type == EntityType.PLACE && !c.weak) {
        placeWords.add(c.surface);
      }
      if ((c.type == null || c.type == EntityType.PERSON) && c.words.size() >= 2) {
        lastNameWords.add(NameKeys.phonetic(c.words.get(c.words.size() - 1)));
      }
    }
    for (Candidate c : candidates) {
      if (c.type == EntityType.PERSON && c.words.size() == 1 && placeWords.contains(c.surface)) {
        c.type = EntityType.PLACE; // "Palmer firemen" after "in Palmer": the place again
      }
      if (c.weak && c.words.size() == 1 && lastNameWords.contains(NameKeys.phonetic(c.surface))) {
        c.type = null; // "at Cheeks" after "Mo Cheeks": a surname, not a place
      }
      if (c.weak && c.words.size() >= 2
          && people.containsKey(String.join(" ", c.words.stream().map(NameKeys::phonetic).toList()))) {
        c.type = EntityType.PERSON; // "from Chris Byrd" where the article names him elsewhere
      }
    }
    Map<String, Built> others = new LinkedHashMap<>();
    Map<Candidate, Built> assigned = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      List<String> name = nameWords(c);
      Built target = null;
      if (name.size() >= 2 && c.type == EntityType.PERSON) {
        target = people.get(String.join(" ", name.stream().map(NameKeys::phonetic).toList()));
      } else if (name.size() == 1 && c.type != EntityType.ORGANISATION
          && !(c.type == EntityType.PLACE && !c.weak)) {
        String key = NameKeys.phonetic(name.get(0));
        for (Built p : personList) {
          if (key.equals(p.surnameKey)) {
            target = p;
            break;
          }
        }
        if (target == null && c.type == EntityType.PERSON && !modifierWords.contains(c.surface)) {
          target = people.computeIfAbsent("single " + key, k -> {
            Built p = new Built(EntityType.PERSON);
            p.surnameKey = key;
            personList.add(p);
            return p;
          });
        }
      }
      if (target == null && (c.type == EntityType.PLACE || c.type == EntityType.ORGANISATION)) {
        String canonical = c.type == EntityType.PLACE && gazetteer.canonical(c.surface) != null
            ? gazetteer.canonical(c.surface) : String.join(" ", c.words);
        target = others.computeIfAbsent(c.type.id() + ":" + NameKeys.slug(canonical), k -> {
          Built o = new Built(c.type);
          o.canonical = canonical;
          return o;
        });
      }
      if (target != null) {
        target.add(c, name);
        assigned.put(c, target);
      }
    }
    // order entities by first mention; keys from the chosen names
    List<Built> ordered = new ArrayList<>();
    for (Built b : assigned.values()) {
      if (!ordered.contains(b)) {
        ordered.add(b);
      }
    }
    List<Entity> entities = new ArrayList<>();
    Map<Built, String> keys = new LinkedHashMap<>();
    Set<String> usedKeys = new HashSet<>();
    for (Built b : ordered) {
      Entity e = b.toEntity();
      String key = e.key();
      for (int i = 2; usedKeys.contains(key); i++) {
        key = e.key() + "-" + i;
      }
      usedKeys.add(key);
      keys.put(b, key);
      entities.add(new Entity(key, e.type(), e.name(), e.aliases(), e.role()));
    }
    List<Mention> mentions = new ArrayList<>();
    for (Map.Entry<Candidate, Built> a : assigned.entrySet()) {
      Candidate c = a.getKey();
      mentions.add(new Mention(keys.get(a.getValue()), c.block, c.start, c.end, c.surface));
    }
    return new Result(entities, mentions);
  }

  /** The words that name the person, without an honorific. */
  private static List<String> nameWords(Candidate c) {
    if (c.words.size() >= 2 && Lexicon.HONORIFICS.contains(Lexicon.stripDot(lower(c.words.get(0))))) {
      return c.words.subList(1, c.words.size());
    }
    return c.words;
  }

  /** An entity being assembled from its mentions. */
  private static final class Built {
    final EntityType type;
    String canonical;
    String surnameKey;
    String name;
    int nameSize;
    String role;
    final List<String> forms = new ArrayList<>();

    Built(EntityType type) {
      this.type = type;
    }

    void add(Candidate c, List<String> nameWords) {
      String form = c.surface;
      if (!forms.contains(form)) {
        forms.add(form);
      }
      if (type == EntityType.PERSON && nameWords.size() > nameSize) {
        name = String.join(" ", nameWords);
        nameSize = nameWords.size();
      }
      if (role == null && c.role != null) {
        role = c.role;
      }
    }

    Entity toEntity() {
      String display = type == EntityType.PERSON ? name : canonical;
      List<String> aliases = forms.stream().filter(f -> !f.equals(display)).toList();
      return new Entity(type.id() + ":" + NameKeys.slug(display), type, display, aliases, role);
    }
  }

  private static Candidate typed(int block, List<Word> words, String text, EntityType type) {
    Candidate c = candidate(block, text, words);
    c.type = type;
    return c;
  }

  private static Candidate candidate(int block, String text, List<Word> words) {
    int start = words.get(0).start();
    int end = words.get(words.size() - 1).end();
    return new Candidate(block, start, end, text.substring(start, end),
        words.stream().map(Word::text).toList());
  }

  private static boolean hasRoleHead(List<Word> words) {
    return words.stream().anyMatch(w -> Lexicon.isRoleHead(w.text()));
  }

  private boolean isInstitution(String name) {
    return Lexicon.INSTITUTIONS.contains(lower(name));
  }

  static boolean isAcronym(String word) {
    String letters = word.replace(".", "");
    return letters.length() >= 2 && letters.length() <= 6
        && letters.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))
        && Character.isLetter(letters.charAt(0));
  }

  private static String join(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
