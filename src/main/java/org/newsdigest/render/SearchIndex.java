package org.newsdigest.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.EntityType;
import org.newsdigest.model.Event;
import org.newsdigest.model.Participant;
import org.newsdigest.model.SummarySentence;

/**
 * The search index, split so that the search page loads only what a query needs: a site of
 * 100,000 articles would otherwise make every reader download tens of megabytes before the first
 * result. Every file is a script under {@link #FOLDER} that registers its data as
 * {@code newsdigestSearch["<name>"]}, so the page loads it with a script element, which works from
 * {@code file://} too (where a page may not fetch a file) and from any sub-path.
 *
 * <p>Entries (every event, and every article that does not only repeat its event's title, whose
 * words are found through the event) are numbered newest first, events before articles of the same
 * day, undated last. Files:
 *
 * <ul>
 *   <li>{@code manifest.js}: the entry count, the word shards' keys, the words too common to
 *       index, the outlets (numbered as their files) and the first and last day;
 *   <li>{@code t-<hex>.js}: a word shard ({@link SearchTerms});
 *   <li>{@code d-<n>.js}: what results show of entries {@code n * DOCS_PER_FILE} onwards;
 *   <li>{@code o-<n>.js}: the entries of outlet {@code n}, as gaps;
 *   <li>{@code days.js}: where each day starts among the entries, for the date filter.
 * </ul>
 */
final class SearchIndex {
  static final String FOLDER = "assets/search/";
  static final String MANIFEST = FOLDER + "manifest.js";
  /** Every file of the index counts as one kind of output for {@link RenderCosts}. */
  private static final String KIND = "search index";
  static final int VERSION = 2;
  /** Entries per file of results: a page of 20 results spread over the years loads 20 small files. */
  static final int DOCS_PER_FILE = 16;
  /** A word shard is split when its data would weigh more than this. */
  static final int SHARD_BYTES = 48 * 1024;
  private static final int WORDS_BLOCK = 4096;

  private final PagePlan plan;
  private final List<Source> sources;
  private final SearchTerms.Shards shards;
  private final List<String> outlets;
  private final List<int[]> outletEntries;

  /** An entry before it is read: its event or else its article, with its outlets and the articles found through it. */
  private record Source(Event event, Article article, LocalDate date, List<String> outlets,
      List<Article> alsoRead) {}

  SearchIndex(PagePlan plan, List<Event> events) {
    this.plan = plan;
    this.sources = sources(plan, events);
    SearchTerms terms = new SearchTerms();
    Map<String, List<Integer>> byOutlet = new TreeMap<>(String.CASE_INSENSITIVE_ORDER.thenComparing(Comparator.naturalOrder()));
    // The index is made while the site is planned, before the pages render on every processor:
    // the words of a block of entries are read in parallel, then added in order, so the index is
    // the same on any machine; a block at a time keeps only that block's words in memory.
    for (int block = 0; block < sources.size(); block += WORDS_BLOCK) {
      List<Map<String, Integer>> words = IntStream.range(block, Math.min(block + WORDS_BLOCK, sources.size()))
          .parallel().mapToObj(id -> entry(sources.get(id)).words()).toList();
      for (int id = block; id < block + words.size(); id++) {
        Source source = sources.get(id);
        terms.add(source.article == null, words.get(id - block));
        for (String outlet : source.outlets) {
          byOutlet.computeIfAbsent(outlet, o -> new ArrayList<>()).add(id);
        }
      }
    }
    this.shards = terms.shards(SHARD_BYTES);
    this.outlets = List.copyOf(byOutlet.keySet());
    this.outletEntries = byOutlet.values().stream()
        .map(ids -> ids.stream().mapToInt(Integer::intValue).toArray()).toList();
  }

  /** The outlets the filter offers, sorted as the manifest numbers them. */
  List<String> outlets() {
    return outlets;
  }

  /** The earliest day of an entry, or null when none is dated. */
  LocalDate firstDay() {
    return sources.stream().map(Source::date).filter(d -> d != null).min(Comparator.naturalOrder()).orElse(null);
  }

  /** The latest day of an entry, or null when none is dated. */
  LocalDate lastDay() {
    return sources.isEmpty() ? null : sources.get(0).date;
  }

  /** Plans every file of the index; each is made when its job runs. */
  void plan(SitePlan site, JsonText json) {
    site.bytes(MANIFEST, KIND, () -> script(json, "manifest", manifest()));
    for (String key : shards.keys()) {
      String name = SearchTerms.fileName(key);
      site.bytes(FOLDER + name + ".js", KIND, () -> script(json, name, shards.shard(key)));
    }
    for (int file = 0; file * DOCS_PER_FILE < sources.size(); file++) {
      int first = file * DOCS_PER_FILE;
      String name = "d-" + file;
      site.bytes(FOLDER + name + ".js", KIND, () -> script(json, name, docs(first)));
    }
    for (int n = 0; n < outlets.size(); n++) {
      int[] ids = outletEntries.get(n);
      String name = "o-" + n;
      site.bytes(FOLDER + name + ".js", KIND, () -> script(json, name, gaps(ids)));
    }
    site.bytes(FOLDER + "days.js", KIND, () -> script(json, "days", days()));
  }

  private Map<String, Object> manifest() {
    Map<String, Object> manifest = new LinkedHashMap<>();
    manifest.put("version", VERSION);
    manifest.put("entries", sources.size());
    manifest.put("docsPerFile", DOCS_PER_FILE);
    manifest.put("keys", shards.keys());
    manifest.put("common", shards.common());
    manifest.put("outlets", outlets);
    manifest.put("first", firstDay() == null ? null : firstDay().toString());
    manifest.put("last", lastDay() == null ? null : lastDay().toString());
    return manifest;
  }

  /** What the results show of entries {@code first} to {@code first + DOCS_PER_FILE}. */
  private List<Object> docs(int first) {
    List<Object> docs = new ArrayList<>();
    for (int id = first; id < Math.min(first + DOCS_PER_FILE, sources.size()); id++) {
      docs.add(entry(sources.get(id)).shown(plan.messages().dates()));
    }
    return docs;
  }

  /**
   * Where each day starts: pairs of (days before the previous day, entries since the previous
   * day's first), newest first; the first pair counts from the epoch day and entry 0. Entries
   * from {@code undated} on have no day.
   */
  private Map<String, Object> days() {
    List<int[]> starts = new ArrayList<>();
    long previousDay = 0;
    int previousId = 0;
    int undated = sources.size();
    for (int id = 0; id < sources.size(); id++) {
      LocalDate date = sources.get(id).date;
      if (date == null) {
        undated = id;
        break;
      }
      if (id == 0 || !date.equals(sources.get(id - 1).date)) {
        long day = date.toEpochDay();
        starts.add(new int[] {(int) (starts.isEmpty() ? day : previousDay - day), id - previousId});
        previousDay = day;
        previousId = id;
      }
    }
    Map<String, Object> days = new LinkedHashMap<>();
    days.put("starts", starts);
    days.put("undated", undated);
    return days;
  }

  private static int[] gaps(int[] ids) {
    int[] gaps = new int[ids.length];
    int previous = 0;
    for (int i = 0; i < ids.length; i++) {
      gaps[i] = ids[i] - previous;
      previous = ids[i];
    }
    return gaps;
  }

  /**
   * A file of the index: a script that adds its data to {@code newsdigestSearch}. The JSON is
   * written for a script element ({@link JsonText#forScriptElement}): no text from an article
   * can end the string it is in, or the script, whether it is loaded as a file or pasted inline.
   */
  static byte[] script(JsonText json, String name, Object data) {
    return ("(self.newsdigestSearch=self.newsdigestSearch||{})[\"" + name + "\"]="
        + json.forScriptElement(data) + ";\n").getBytes(StandardCharsets.UTF_8);
  }

  private SearchEntry entry(Source source) {
    List<SearchEntry> alsoRead = source.alsoRead.stream().map(a -> article(a, List.of(), List.of())).toList();
    return source.article == null ? event(source.event, source.outlets, alsoRead)
        : article(source.article, source.outlets, alsoRead);
  }

  private SearchEntry event(Event event, List<String> outlets, List<SearchEntry> alsoRead) {
    List<String> people = event.participantsOf(EntityType.PERSON).stream().map(Participant::name).toList();
    String summary = String.join(" ", event.summary().stream().map(SummarySentence::text).toList());
    return new SearchEntry(true, event.title(), event.date(), event.place(), people, outlets,
        SearchEntry.cut(summary), plan.eventPage(event, ".html"), alsoRead);
  }

  private SearchEntry article(Article article, List<String> outlets, List<SearchEntry> alsoRead) {
    String opening = article.paragraphs().isEmpty() ? "" : article.paragraphs().get(0).text();
    return new SearchEntry(false, article.title(), published(article),
        article.dateline() == null ? null : article.dateline().place(),
        article.people().stream().map(Entity::name).toList(), outlets, SearchEntry.cut(opening),
        plan.articlePage(article.source(), ".html"), alsoRead);
  }

  /**
   * Every entry, newest first: events, then the articles that do not only repeat their event's
   * title. An article's outlet is the one its event's pages name, so filter and pages agree.
   */
  private static List<Source> sources(PagePlan plan, List<Event> events) {
    Map<Event, List<Article>> repeating = new IdentityHashMap<>();
    Map<Event, SourceLabels> labels = new IdentityHashMap<>();
    for (Event event : events) {
      labels.put(event, plan.labels(event));
      repeating.put(event, new ArrayList<>());
    }
    List<Source> articles = new ArrayList<>();
    for (Article article : plan.articles()) {
      Event event = plan.eventOf(article.source());
      SourceLabels eventLabels = labels.get(event);
      if (eventLabels != null && article.title().equals(event.title())) {
        repeating.get(event).add(article);
        continue;
      }
      List<String> outlet = List.of();
      if (eventLabels != null && eventLabels.outlets().contains(eventLabels.label(article.source()))) {
        outlet = List.of(eventLabels.label(article.source()));
      }
      articles.add(new Source(null, article, published(article), outlet, List.of()));
    }
    List<Source> all = new ArrayList<>();
    for (Event event : events) {
      all.add(new Source(event, null, event.date(), labels.get(event).outlets(), repeating.get(event)));
    }
    all.addAll(articles);
    // A stable sort: events before articles of the same day, each in digest order.
    all.sort(Comparator.comparing(Source::date, Comparator.nullsLast(Comparator.reverseOrder())));
    return List.copyOf(all);
  }

  private static LocalDate published(Article article) {
    return article.published() == null ? null : article.published().date();
  }
}
