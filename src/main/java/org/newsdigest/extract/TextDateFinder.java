package org.newsdigest.extract;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.DatePrecision;

/**
 * Finds dates named in a block's text: full dates, month and day without a year, month and
 * year, weekdays, "yesterday" and "today". Whatever needs the publication date to resolve is
 * skipped when there is none. Longer forms win over the shorter forms they contain.
 */
final class TextDateFinder {

  private static final String MONTH =
      "(?<month>January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("\\b" + MONTH + " (?<day>\\d{1,2})(?:st|nd|rd|th)?,? (?<year>\\d{4})\\b");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + ",? (?<year>\\d{4})\\b");
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + MONTH + " (?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?![,:]?\\d)");
  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b(?<day>\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (?<year>\\d{4})\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(?:(?i:on|last|this|since|until|by) )?(?<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern NEARBY_DAY = Pattern.compile("\\b(?<word>[Yy]esterday|[Tt]oday)\\b");
  /** Every spelling {@link #MONTH} accepts begins with one of these (case matters there too). */
  private static final List<String> MONTH_STARTS =
      List.of("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec");

  List<DateMention> find(String text, int block, LocalDate publication) {
    List<Found> found = new ArrayList<>();
    BitSet taken = new BitSet(text.length());
    // Cheap exact pre-checks skip patterns that cannot match: every month form needs a digit and
    // a month name, and every weekday, "today" and "yesterday" ends in "day". Most paragraphs
    // name no month, and the five month patterns each cost a full regex scan.
    if (hasDigit(text) && hasMonthStart(text)) {
      absolute(MONTH_DAY_YEAR, text, taken, found);
      absolute(DAY_MONTH_YEAR, text, taken, found);
      if (publication != null) {
        yearless(MONTH_DAY, text, taken, found, publication);
        yearless(DAY_MONTH, text, taken, found, publication);
      }
      monthYear(text, taken, found);
    }
    if (publication != null && text.contains("day")) {
      weekdays(text, taken, found, publication);
      nearbyDays(text, taken, found, publication);
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found.stream()
        .map(f -> new DateMention(f.text, f.date, f.precision, f.relative, block))
        .toList();
  }

  /** Any ASCII digit, the only digits a plain {@code \d} matches. */
  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
    }
    return false;
  }

  private static boolean hasMonthStart(String text) {
    for (String start : MONTH_STARTS) {
      if (text.contains(start)) {
        return true;
      }
    }
    return false;
  }

  private static void absolute(Pattern pattern, String text, BitSet taken, List<Found> found) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      LocalDate date = dayOf(m, Integer.parseInt(m.group("year")));
      if (date != null && claim(taken, m.start(), m.end())) {
        found.add(new Found(m.start(), m.group(), date, DatePrecision.DAY, false));
      }
    }
  }

  private static void yearless(
      Pattern pattern, String text, BitSet taken, List<Found> found, LocalDate publication) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      Integer month = monthOf(m);
      if (month == null) {
        continue;
      }
      LocalDate date = EnglishCalendar.nearestYear(month, Integer.parseInt(m.group("day")), publication);
      if (date != null && claim(taken, m.start(), m.end())) {
        found.add(new Found(m.start(), m.group(), date, DatePrecision.DAY, true));
      }
    }
  }

  private static void monthYear(String text, BitSet taken, List<Found> found) {
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      Integer month = monthOf(m);
      if (month != null && claim(taken, m.start(), m.end())) {
        LocalDate date = LocalDate.of(Integer.parseInt(m.group("year")), month, 1);
        found.add(new Found(m.start(), m.group(), date, DatePrecision.MONTH, false));
      }
    }
  }

  private static void weekdays(String text, BitSet taken, List<Found> found, LocalDate publication) {
    Matcher m = WEEKDAY.matcher(text);
    while (m.find()) {
      String lead = m.group().substring(0, m.start("weekday") - m.start()).strip()
          .toLowerCase(Locale.ROOT);
      DayOfWeek weekday = EnglishCalendar.weekday(m.group("weekday").toLowerCase(Locale.ROOT));
      if (lead.equals("this") || lead.equals("until") || lead.equals("by")) {
        continue; // may point forward: not sure enough to resolve
      }
      LocalDate date;
      if (lead.equals("last")) {
        date = EnglishCalendar.resolveWeekday(weekday, publication.minusDays(1));
      } else if (FutureTense.before(text, m.start())) {
        date = EnglishCalendar.resolveComingWeekday(weekday, publication);
      } else {
        date = EnglishCalendar.resolveWeekday(weekday, publication);
      }
      if (claim(taken, m.start(), m.end())) {
        found.add(new Found(m.start(), m.group(), date, DatePrecision.DAY, true));
      }
    }
  }

  private static void nearbyDays(String text, BitSet taken, List<Found> found, LocalDate publication) {
    Matcher m = NEARBY_DAY.matcher(text);
    while (m.find()) {
      boolean yesterday = m.group("word").toLowerCase(Locale.ROOT).equals("yesterday");
      LocalDate date = yesterday ? publication.minusDays(1) : publication;
      if (claim(taken, m.start(), m.end())) {
        found.add(new Found(m.start(), m.group(), date, DatePrecision.DAY, true));
      }
    }
  }

  private static Integer monthOf(Matcher m) {
    return EnglishCalendar.month(m.group("month").toLowerCase(Locale.ROOT));
  }

  private static LocalDate dayOf(Matcher m, int year) {
    Integer month = monthOf(m);
    try {
      return month == null ? null : LocalDate.of(year, month, Integer.parseInt(m.group("day")));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean claim(BitSet taken, int start, int end) {
    int next = taken.nextSetBit(start);
    if (next >= 0 && next < end) {
      return false;
    }
    taken.set(start, end);
    return true;
  }

  private record Found(int start, String text, LocalDate date, DatePrecision precision, boolean relative) {}
}
