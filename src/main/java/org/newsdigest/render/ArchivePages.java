package org.newsdigest.render;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.model.Event;

/**
 * The date archive ({@code archive/index}: years, then months with counts; {@code
 * archive/<year>/<month>}; {@code archive/undated} for events no source dates) and the tag pages
 * ({@code tags/index}, {@code tags/<slug>}). Lists of events share one template with the
 * index's event cards. Immutable.
 */
final class ArchivePages {
  static final String UNDATED = "archive/undated";

  private final PageFrame frame;
  private final EventCards cards;
  /** Each month with its events, newest month first; events in digest order. */
  private final Map<YearMonth, List<Event>> months = new TreeMap<>(Comparator.reverseOrder());
  private final List<Event> undated = new ArrayList<>();

  ArchivePages(PageFrame frame, EventCards cards, List<Event> events) {
    this.frame = frame;
    this.cards = cards;
    for (Event event : events) {
      if (event.date() == null) {
        undated.add(event);
      } else {
        months.computeIfAbsent(YearMonth.from(event.date()), k -> new ArrayList<>()).add(event);
      }
    }
  }

  /** The stem of a month's page: "archive/2024/10". */
  static String monthStem(YearMonth month) {
    return String.format(Locale.ROOT, "archive/%04d/%02d", month.getYear(), month.getMonthValue());
  }

  /** The months that have events, newest first. */
  List<YearMonth> months() {
    return List.copyOf(months.keySet());
  }

  List<Event> eventsOf(YearMonth month) {
    return months.getOrDefault(month, List.of());
  }

  List<Event> undated() {
    return List.copyOf(undated);
  }

  Map<String, Object> index(String extension, int tagCount) {
    Messages messages = frame.messages();
    Map<String, Object> model = frame.model("archive/index" + extension, messages.text("archive"),
        messages.text("archiveDescription"));
    String root = (String) model.get("root");
    Map<Integer, List<Object>> years = new TreeMap<>(Comparator.reverseOrder());
    Map<Integer, Integer> yearCounts = new TreeMap<>();
    months.forEach((month, events) -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", frame.dates().monthName(month));
      item.put("url", root + monthStem(month) + extension);
      item.put("count", messages.count("events", events.size()));
      years.computeIfAbsent(month.getYear(), k -> new ArrayList<>()).add(item);
      yearCounts.merge(month.getYear(), events.size(), Integer::sum);
    });
    List<Object> yearList = new ArrayList<>();
    years.forEach((year, monthItems) -> {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("year", String.valueOf(year));
      item.put("id", "year-" + year);
      item.put("count", messages.count("events", yearCounts.get(year)));
      item.put("months", monthItems);
      yearList.add(item);
    });
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("years", yearList);
    view.put("undated", undated.isEmpty() ? null : Map.of(
        "url", root + UNDATED + extension, "count", messages.count("events", undated.size())));
    view.put("tags", Map.of("url", root + "tags/index" + extension,
        "count", messages.count("tags", tagCount)));
    model.put("archive", view);
    return model;
  }

  Map<String, Object> month(YearMonth month, Pagination.Part<Event> part, String extension) {
    String title = frame.dates().month(month);
    return list(part, extension, title, frame.messages().text("monthIntro", title), null);
  }

  Map<String, Object> undated(Pagination.Part<Event> part, String extension) {
    Messages messages = frame.messages();
    return list(part, extension, messages.text("undatedTitle"), messages.text("undatedIntro"), null);
  }

  Map<String, Object> tag(TagIndex.Tag tag, Pagination.Part<Event> part, String extension) {
    Messages messages = frame.messages();
    return list(part, extension, messages.text("tagTitle", tag.name()),
        messages.text("tagIntro", tag.name(), messages.count("articles", tag.articles())), "tags/index");
  }

  /** The tags' A-to-Z index, with how many events each tag gathers. */
  Map<String, Object> tagIndex(List<TagIndex.Tag> tags, String extension) {
    Messages messages = frame.messages();
    String title = messages.text("tags");
    Map<String, Object> model = frame.model("tags/index" + extension, title, messages.text("tagsDescription"));
    String root = (String) model.get("root");
    Map<String, List<Object>> letters = new LinkedHashMap<>();
    for (TagIndex.Tag tag : tags) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("name", tag.name());
      item.put("url", root + tag.page(extension));
      item.put("count", messages.count("events", tag.events().size()));
      letters.computeIfAbsent(EntityPages.initial(tag.name()), k -> new ArrayList<>()).add(item);
    }
    model.put("list", EntityPages.indexView(title, "tags", letters, tags.size(), tags.size()));
    return model;
  }

  private Map<String, Object> list(Pagination.Part<Event> part, String extension, String title,
      String intro, String upStem) {
    Map<String, Object> model = frame.model(part.path(extension), frame.numbered(title, part.number()), intro);
    String root = (String) model.get("root");
    List<Object> items = new ArrayList<>();
    for (Event event : part.items()) {
      items.add(cards.card(event, root, extension));
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("title", title);
    view.put("intro", intro);
    view.put("events", items);
    view.put("up", Map.of("title", frame.messages().text(upStem == null ? "archive" : "allTags"),
        "url", root + (upStem == null ? "archive/index" : upStem) + extension));
    model.put("list", view);
    model.put("pager", EventCards.pager(part, model, extension));
    return model;
  }
}
