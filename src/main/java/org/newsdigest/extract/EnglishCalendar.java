package org.newsdigest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * English month and weekday names, and the rules that place a date stated without a year
 * ("January 06", "on Tuesday") against the publication date.
 */
final class EnglishCalendar {

  /** How far after publication a yearless date may fall: reports announce the next few days. */
  static final int DAYS_AHEAD = 7;

  private static final Map<String, Integer> MONTHS = monthNames();
  private static final Map<String, DayOfWeek> WEEKDAYS = weekdayNames();

  private EnglishCalendar() {}

  /** The month number of an English month name or abbreviation (lower case, no dot), or null. */
  static Integer month(String lowerName) {
    return MONTHS.get(lowerName);
  }

  /** The weekday of an English weekday name or abbreviation (lower case, no dot), or null. */
  static DayOfWeek weekday(String lowerName) {
    return WEEKDAYS.get(lowerName);
  }

  /**
   * The latest date with this month and day that is not more than {@link #DAYS_AHEAD} days after
   * publication: "December 30" in an article of 2 January is the previous year. Null when the
   * day cannot exist in any nearby year.
   */
  static LocalDate resolveYear(int month, int day, LocalDate publication) {
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
      return null;
    }
    LocalDate limit = publication.plusDays(DAYS_AHEAD);
    for (int year = publication.getYear() + 1; year >= publication.getYear() - 8; year--) {
      MonthDay monthDay = MonthDay.of(month, day);
      if (monthDay.isValidYear(year)) {
        LocalDate candidate = monthDay.atYear(year);
        if (!candidate.isAfter(limit)) {
          return candidate;
        }
      }
    }
    return null;
  }

  /**
   * A month and day named in running text, put in the year that brings it closest to the
   * publication day: "appear in court on 19 August" in a July report is the coming August,
   * "on December 20" in a January report the last one.
   */
  static LocalDate nearestYear(int month, int day, LocalDate publication) {
    if (month < 1 || month > 12 || day < 1 || day > Month.of(month).maxLength()) {
      return null;
    }
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = publication.getYear() - 1; year <= publication.getYear() + 1; year++) {
      MonthDay monthDay = MonthDay.of(month, day);
      if (monthDay.isValidYear(year)) {
        LocalDate candidate = monthDay.atYear(year);
        long distance = Math.abs(candidate.toEpochDay() - publication.toEpochDay());
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /**
   * The day a bare weekday names in a report: the most recent such day on or before the
   * publication day, except the day after publication. News names past days within the week by
   * their weekday and one six days back as "last Tuesday"; a bare weekday that matches the day
   * after publication says that the stated publication day is a day early (a time zone, a
   * print date), which is far more common.
   */
  static LocalDate resolveWeekday(DayOfWeek weekday, LocalDate publication) {
    LocalDate next = publication.plusDays(1);
    return next.getDayOfWeek() == weekday
        ? next
        : publication.with(java.time.temporal.TemporalAdjusters.previousOrSame(weekday));
  }

  /** The first such weekday on or after the publication day: "will testify on Wednesday". */
  static LocalDate resolveComingWeekday(DayOfWeek weekday, LocalDate publication) {
    return publication.with(java.time.temporal.TemporalAdjusters.nextOrSame(weekday));
  }

  private static Map<String, Integer> monthNames() {
    Map<String, Integer> names = new TreeMap<>();
    for (Month m : Month.values()) {
      names.put(m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
      names.put(m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), m.getValue());
    }
    names.put("sept", 9);
    return Map.copyOf(names);
  }

  private static Map<String, DayOfWeek> weekdayNames() {
    Map<String, DayOfWeek> names = new TreeMap<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      names.put(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
      names.put(d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT), d);
    }
    names.put("tues", DayOfWeek.TUESDAY);
    names.put("thur", DayOfWeek.THURSDAY);
    names.put("thurs", DayOfWeek.THURSDAY);
    return Map.copyOf(names);
  }
}
