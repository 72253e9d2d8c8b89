package org.newsdigest.merge;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.model.Article;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Moment;

/**
 * Moves whole gold events in time, for a stress test of the merge: a development set of events
 * years apart becomes one of events days apart, so that dates no longer keep them apart and the
 * text must. Every date of an event's reports (published, updated, dateline, dates in the text)
 * moves by the same whole number of weeks, so weekdays still agree with the dates.
 */
final class Redated {
  private Redated() {}

  /**
   * The articles with their events packed into {@code weeks} weeks: events in order of their
   * first publication day, the k-th moved to week k mod {@code weeks} after the first event's
   * week. Articles without a day of publication move with their event.
   */
  static List<Article> packed(List<Article> articles, Map<String, String> gold, int weeks) {
    Map<String, LocalDate> firstDay = new TreeMap<>();
    for (Article a : articles) {
      LocalDate day = a.published() == null ? null : a.published().date();
      if (day != null) {
        firstDay.merge(gold.get(a.source()), day, (x, y) -> x.isBefore(y) ? x : y);
      }
    }
    List<String> events = new ArrayList<>(firstDay.keySet());
    events.sort(Comparator.comparing((String e) -> firstDay.get(e)).thenComparing(e -> e));
    if (events.isEmpty()) {
      return articles;
    }
    LocalDate anchor = firstDay.get(events.get(0));
    Map<String, Long> shift = new TreeMap<>();
    for (int k = 0; k < events.size(); k++) {
      LocalDate target = anchor.plusWeeks(k % weeks);
      long weeksAway = Math.floorDiv(ChronoUnit.DAYS.between(target, firstDay.get(events.get(k))), 7);
      shift.put(events.get(k), -7 * weeksAway);
    }
    List<Article> moved = new ArrayList<>();
    for (Article a : articles) {
      moved.add(shifted(a, shift.getOrDefault(gold.get(a.source()), 0L)));
    }
    return moved;
  }

  /** The article with every date moved by {@code days}. */
  static Article shifted(Article a, long days) {
    if (days == 0) {
      return a;
    }
    List<DateMention> dates = new ArrayList<>();
    for (DateMention d : a.dates()) {
      dates.add(new DateMention(d.text(), plus(d.date(), days), d.precision(), d.relative(),
          d.block()));
    }
    Dateline dateline = a.dateline() == null ? null
        : new Dateline(a.dateline().text(), a.dateline().place(),
            plus(a.dateline().date(), days), a.dateline().agency());
    return new Article(a.source(), a.format(), a.title(), a.titleDerived(), a.publisher(),
        a.byline(), plus(a.published(), days), plus(a.updated(), days), dateline, a.language(),
        a.url(), a.tags(), a.blocks(), a.sentences(), a.entities(), a.mentions(), a.quotes(),
        a.facts(), dates, a.warnings());
  }

  private static LocalDate plus(LocalDate date, long days) {
    return date == null ? null : date.plusDays(days);
  }

  private static Moment plus(Moment m, long days) {
    return m == null ? null : new Moment(m.date().plusDays(days), m.time(), m.offset(),
        m.precision());
  }
}
