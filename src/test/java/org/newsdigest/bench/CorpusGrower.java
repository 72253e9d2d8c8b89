package org.newsdigest.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Article;
import org.newsdigest.model.Block;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Fact;
import org.newsdigest.model.Mention;
import org.newsdigest.model.Moment;
import org.newsdigest.model.Quote;
import org.newsdigest.model.Sentence;

/**
 * Grows a corpus of real articles into a larger one for the scale benchmark. Article {@code i}
 * is copy {@code k = i / base} of base article {@code i % base}; copy 0 is the base itself. All
 * articles of one gold event in one copy get one variation: every date shifted by the same days,
 * every word of every person, place and organisation name replaced by an invented word of the
 * same length (so mention spans stay valid), and reworded headlines. Each copy of a gold event
 * is thus a new event of the same kind, with gold label {@code event#k}. Deterministic: one seed
 * gives the same corpus on every run.
 */
final class CorpusGrower {
  private static final String[] SYLLABLES = {
    "ka", "lo", "mi", "ren", "tu", "sa", "vel", "do", "ni", "bar", "os", "qua", "zel", "pe",
    "ri", "gan", "hu", "ti", "mor", "el", "fa", "shi", "ro", "ven", "ax", "lu", "bri", "nd"
  };

  /** Headline words swapped for a near synonym, as another outlet would word it. */
  private static final Map<String, String> SWAPS = swaps();

  private final List<Article> base;
  private final Map<String, String> goldOf;
  private final long seed;
  private final boolean oneStory;

  /** A grown corpus and the gold event of each of its articles. */
  record Grown(List<Article> articles, Map<String, String> gold) {}

  /**
   * @param base the real articles, each with a gold label
   * @param goldOf the gold event of each base article's source
   */
  CorpusGrower(List<Article> base, Map<String, String> goldOf, long seed) {
    this(base, goldOf, seed, false);
  }

  /**
   * @param oneStory true to grow one long running story instead: copies keep every name and
   *     word, and copy k of every event is moved k weeks later, so the corpus holds the same
   *     developments again and again, told in the same words, a week apart each time
   */
  CorpusGrower(List<Article> base, Map<String, String> goldOf, long seed, boolean oneStory) {
    List<Article> sorted = new ArrayList<>(base);
    sorted.removeIf(a -> !goldOf.containsKey(a.source()));
    sorted.sort((x, y) -> x.source().compareTo(y.source()));
    this.base = List.copyOf(sorted);
    this.goldOf = Map.copyOf(goldOf);
    this.seed = seed;
    this.oneStory = oneStory;
  }

  Grown grow(int size) {
    List<Article> articles = new ArrayList<>(size);
    Map<String, String> gold = new TreeMap<>();
    Map<String, Variation> variations = new TreeMap<>();
    for (int i = 0; i < size; i++) {
      int k = i / base.size();
      Article original = base.get(i % base.size());
      String event = goldOf.get(original.source());
      if (k == 0) {
        articles.add(original);
        gold.put(original.source(), event + "#0");
        continue;
      }
      Variation v =
          variations.computeIfAbsent(event + "#" + k, label -> variation(label, event));
      Article copy = v.apply(original, "grown/" + k + "/" + original.source());
      articles.add(copy);
      gold.put(copy.source(), event + "#" + k);
    }
    return new Grown(articles, gold);
  }

  /** The variation shared by every article of one copy of one gold event. */
  private Variation variation(String label, String event) {
    SplittableRandom random = new SplittableRandom(seed ^ ((long) label.hashCode() << 20));
    if (oneStory) {
      int copy = Integer.parseInt(label.substring(label.lastIndexOf('#') + 1));
      return new Variation(Map.of(), 7 * copy, random.split());
    }
    Set<String> nameWords = new TreeSet<>();
    for (Article a : base) {
      if (event.equals(goldOf.get(a.source()))) {
        for (Entity e : a.entities()) {
          nameWords.addAll(capitalisedWords(e.name()));
          e.aliases().forEach(alias -> nameWords.addAll(capitalisedWords(alias)));
        }
      }
    }
    Map<String, String> words = new TreeMap<>();
    for (String word : nameWords) {
      words.put(word, invent(word, random));
    }
    int days = 30 + random.nextInt(3650);
    return new Variation(words, days, random.split());
  }

  private static List<String> capitalisedWords(String name) {
    List<String> words = new ArrayList<>();
    for (String w : name.split("[^\\p{L}]+")) {
      if (w.length() >= 3 && Character.isUpperCase(w.charAt(0))) {
        words.add(w);
      }
    }
    return words;
  }

  /** An invented word of the same length and capitalisation. */
  private static String invent(String word, SplittableRandom random) {
    StringBuilder b = new StringBuilder();
    while (b.length() < word.length()) {
      b.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    String w = b.substring(0, word.length());
    if (word.equals(word.toUpperCase(Locale.ROOT))) {
      return w.toUpperCase(Locale.ROOT);
    }
    return Character.toUpperCase(w.charAt(0)) + w.substring(1);
  }

  /** One copy's renaming, date shift and headline rewording. */
  private static final class Variation {
    private final Map<String, String> words;
    private final Map<String, String> lowerWords = new TreeMap<>();
    private final Pattern pattern;
    private final Pattern lowerPattern;
    private final int days;
    private final SplittableRandom random;

    Variation(Map<String, String> words, int days, SplittableRandom random) {
      this.words = words;
      this.days = days;
      this.random = random;
      words.forEach((from, to) -> lowerWords.put(
          from.toLowerCase(Locale.ROOT), to.toLowerCase(Locale.ROOT)));
      this.pattern = alternation(words.keySet());
      this.lowerPattern = alternation(lowerWords.keySet());
    }

    private static Pattern alternation(Set<String> words) {
      if (words.isEmpty()) {
        return null;
      }
      List<String> quoted = new ArrayList<>();
      // longest first, so a word is never replaced by the rule for its prefix
      words.stream()
          .sorted((x, y) -> y.length() != x.length() ? y.length() - x.length() : x.compareTo(y))
          .forEach(w -> quoted.add(Pattern.quote(w)));
      return Pattern.compile("\\b(" + String.join("|", quoted) + ")\\b");
    }

    String rename(String text) {
      return replace(text, pattern, words);
    }

    private static String replace(String text, Pattern pattern, Map<String, String> words) {
      if (text == null || pattern == null) {
        return text;
      }
      Matcher m = pattern.matcher(text);
      if (!m.find()) {
        return text; // unchanged text keeps its instance: copies share memory
      }
      StringBuilder out = new StringBuilder(text.length());
      do {
        m.appendReplacement(out, Matcher.quoteReplacement(words.get(m.group(1))));
      } while (m.find());
      m.appendTail(out);
      return out.toString();
    }

    /** "person:emmanuel-macron" with its slug words renamed. */
    String renameKey(String key) {
      if (key == null) {
        return null;
      }
      int colon = key.indexOf(':');
      String slug = key.substring(colon + 1);
      return key.substring(0, colon + 1)
          + replace(slug.replace('-', ' '), lowerPattern, lowerWords).replace(' ', '-');
    }

    LocalDate shift(LocalDate date) {
      return date == null ? null : date.plusDays(days);
    }

    Moment shift(Moment m) {
      return m == null ? null : new Moment(shift(m.date()), m.time(), m.offset(), m.precision());
    }

    Article apply(Article a, String source) {
      List<Block> blocks = new ArrayList<>();
      for (Block b : a.blocks()) {
        String text = rename(b.text());
        blocks.add(text == b.text() ? b : new Block(b.kind(), text, b.level(), b.links(), b.src()));
      }
      List<Sentence> sentences = new ArrayList<>();
      for (Sentence s : a.sentences()) {
        String text = rename(s.text());
        sentences.add(text == s.text() ? s : new Sentence(text, s.block()));
      }
      List<Entity> entities = new ArrayList<>();
      for (Entity e : a.entities()) {
        entities.add(new Entity(renameKey(e.key()), e.type(), rename(e.name()),
            e.aliases().stream().map(this::rename).toList(), rename(e.role())));
      }
      List<Mention> mentions = new ArrayList<>();
      for (Mention m : a.mentions()) {
        mentions.add(new Mention(renameKey(m.entityKey()), m.block(), m.start(), m.end(),
            rename(m.text())));
      }
      List<Quote> quotes = new ArrayList<>();
      for (Quote q : a.quotes()) {
        quotes.add(new Quote(rename(q.text()), rename(q.speaker()), renameKey(q.speakerKey()),
            q.block()));
      }
      List<Fact> facts = new ArrayList<>();
      for (Fact f : a.facts()) {
        facts.add(new Fact(f.value(), f.unit(), f.qualifier(), f.wording(), rename(f.sentence()),
            f.block()));
      }
      List<DateMention> dates = new ArrayList<>();
      for (DateMention d : a.dates()) {
        dates.add(new DateMention(d.text(), shift(d.date()), d.precision(), d.relative(),
            d.block()));
      }
      Dateline dateline = a.dateline() == null ? null
          : new Dateline(rename(a.dateline().text()), rename(a.dateline().place()),
              shift(a.dateline().date()), a.dateline().agency());
      String title = a.titleDerived() ? rename(a.title()) : reword(rename(a.title()));
      return new Article(source, a.format(), title, a.titleDerived(), a.publisher(), a.byline(),
          shift(a.published()), shift(a.updated()), dateline, a.language(), null, a.tags(),
          blocks, sentences, entities, mentions, quotes, facts, dates, a.warnings());
    }

    /** Drops one lower-case word of a long headline and swaps words for near synonyms. */
    private String reword(String title) {
      List<String> out = new ArrayList<>(List.of(title.split(" ")));
      for (int i = 0; i < out.size(); i++) {
        String swap = SWAPS.get(out.get(i).toLowerCase(Locale.ROOT));
        if (swap != null && random.nextBoolean()) {
          out.set(i, swap);
        }
      }
      if (out.size() > 5) {
        int drop = random.nextInt(out.size());
        String w = out.get(drop);
        if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
          out.remove(drop);
        }
      }
      return String.join(" ", out);
    }
  }

  private static Map<String, String> swaps() {
    Map<String, String> m = new TreeMap<>();
    String[][] pairs = {
      {"killed", "slain"}, {"kills", "leaves dead"}, {"dies", "is dead"}, {"dead", "killed"},
      {"arrested", "detained"}, {"arrest", "detention"}, {"quake", "earthquake"},
      {"earthquake", "quake"}, {"fire", "blaze"}, {"blaze", "fire"}, {"says", "states"},
      {"announces", "unveils"}, {"new", "latest"}, {"hits", "strikes"}, {"strikes", "hits"},
      {"police", "officers"}, {"shot", "gunned down"}, {"buys", "acquires"},
      {"acquires", "buys"}, {"wins", "takes"}, {"rehab", "treatment"}, {"checks", "goes"},
      {"fired", "sacked"}, {"sacked", "fired"}, {"named", "appointed"}
    };
    for (String[] p : pairs) {
      m.put(p[0], p[1]);
    }
    return Map.copyOf(m);
  }
}
