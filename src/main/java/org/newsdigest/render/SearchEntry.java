package org.newsdigest.render;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.text.TextWords;

/**
 * One thing search can find, an event or an article, with what a result shows of it and the text
 * its words are read from. Everything here comes from the articles: text, never markup.
 *
 * @param event true for an event, false for an article
 * @param date the day results are filtered and sorted by, or null when unknown
 * @param outlets the outlets the outlet filter knows it by, as the event pages name them
 * @param text the event's summary or the article's opening, cut to {@link #TEXT_LENGTH}
 * @param url the item's page, relative to the site root
 * @param alsoRead articles found through this event: those that only repeat its title, whose own
 *     entry would list the same headline twice
 */
record SearchEntry(boolean event, String title, LocalDate date, String place, List<String> people,
    List<String> outlets, String text, String url, List<SearchEntry> alsoRead) {
  /** Enough of the text to find an item by its key words; the whole body would weigh megabytes. */
  static final int TEXT_LENGTH = 320;

  /** How much a word counts by where it was found; the script weighs each class (title, name, other). */
  static final int TITLE = 0;
  static final int NAME = 1;
  static final int OTHER = 2;

  SearchEntry {
    people = List.copyOf(people);
    outlets = List.copyOf(outlets);
    alsoRead = List.copyOf(alsoRead);
  }

  /** What a result shows, as written into the index, its day in the site's language: empty fields left out. */
  Map<String, Object> shown(DateText dates) {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("type", event ? "event" : "article");
    item.put("title", title);
    putIfPresent(item, "when", dates.day(date));
    putIfPresent(item, "place", place);
    putIfPresent(item, "outlet", String.join(", ", outlets));
    putIfPresent(item, "text", text);
    item.put("url", url);
    return item;
  }

  /**
   * Each word of the entry (and of the articles read through it) and the best class it was found
   * in. Words as every stage reads them ({@link TextWords}: "Łódź" is "lodz"); search.js cuts a
   * query the same way.
   */
  Map<String, Integer> words() {
    Map<String, Integer> best = new TreeMap<>();
    addWords(best);
    for (SearchEntry article : alsoRead) {
      article.addWords(best);
    }
    return best;
  }

  private void addWords(Map<String, Integer> best) {
    add(best, title, TITLE);
    people.forEach(name -> add(best, name, NAME));
    add(best, place, NAME);
    outlets.forEach(outlet -> add(best, outlet, OTHER));
    add(best, text, OTHER);
  }

  private static void add(Map<String, Integer> best, String text, int fieldClass) {
    for (String word : TextWords.words(text)) {
      best.merge(word, fieldClass, Math::min);
    }
  }

  static String cut(String text) {
    String flat = TextCut.flat(text);
    return flat.length() <= TEXT_LENGTH ? flat : TextCut.headAtWord(flat, TEXT_LENGTH) + "…";
  }

  private static void putIfPresent(Map<String, Object> item, String key, String value) {
    if (value != null && !value.isBlank()) {
      item.put(key, value);
    }
  }
}
