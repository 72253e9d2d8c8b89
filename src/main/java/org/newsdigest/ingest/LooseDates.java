package org.newsdigest.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.text.MonthNames;

/**
 * The first calendar day a short piece of page text states, in the ways pages write one in
 * English, German, French, Spanish, Italian, Dutch, Portuguese and Polish: "2019-06-27",
 * "27.06.2019", "17/03/2020", "27. Juni 2019", "jeudi 27 juin 2019", "27 de junio de 2019",
 * "June 27th, 2019", "Mai 06 2018", with the month names of {@link MonthNames}.
 */
final class LooseDates {
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final String NAME = "(\\p{L}{3,12})\\.?";
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(?<![\\d.])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  private static final Pattern DAY_FIRST =
      Pattern.compile("(?<![\\d./])(\\d{1,2})([./])\\s?(\\d{1,2})\\2\\s?" + YEAR + "(?![\\p{L}\\d])");
  private static final Pattern DAY_NAME_YEAR = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})(?:\\.|er|º|st|nd|rd|th)?\\s+(?:de\\s+)?" + NAME + ",?\\s+(?:de\\s+)?" + YEAR + "(?![\\p{L}\\d])",
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
  private static final Pattern NAME_DAY_YEAR = Pattern.compile(
      "(?<!\\p{L})" + NAME + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?![\\p{L}\\d])",
      Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

  /** "23.09.22", "8.5.12": a dotted day first with a two-digit year, read only in a date line. */
  private static final Pattern DAY_FIRST_SHORT_YEAR =
      Pattern.compile("(?<![\\d./])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{2})(?![\\d.]?\\d)");
  /** Two-digit years up to this one are read as 20xx, later ones as 19xx. */
  private static final int LAST_SHORT_YEAR_OF_THIS_CENTURY = 69;

  private LooseDates() {}

  /**
   * The first day a date line states ({@link #first}), where a dotted day first may also have a
   * two-digit year: a line that a page marks as its date, or that stands alone under the
   * headline, says "23.09.22" for a day, where running text may mean a version or a score.
   */
  static LocalDate inDateLine(String text, boolean monthFirst) {
    LocalDate day = first(text, monthFirst);
    if (day != null || text == null) {
      return day;
    }
    Matcher m = DAY_FIRST_SHORT_YEAR.matcher(text);
    if (!m.find()) {
      return null;
    }
    int year = Integer.parseInt(m.group(3));
    year += year <= LAST_SHORT_YEAR_OF_THIS_CENTURY ? 2000 : 1900;
    return day(String.valueOf(year), m.group(2), m.group(1));
  }

  /**
   * The first day {@code text} states, or null.
   *
   * @param monthFirst true to read an ambiguous "03/04/2020" as March 4 (American English), false
   *     as 3 April; a part over 12 decides on its own
   */
  static LocalDate first(String text, boolean monthFirst) {
    if (text == null || text.isBlank()) {
      return null;
    }
    LocalDate best = null;
    int at = Integer.MAX_VALUE;
    Matcher m = YEAR_FIRST.matcher(text);
    if (m.find()) {
      LocalDate d = day(m.group(1), m.group(3), m.group(4));
      if (d != null) {
        best = d;
        at = m.start();
      }
    }
    m = DAY_FIRST.matcher(text);
    while (m.find() && m.start() < at) {
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      boolean swap = m.group(2).equals("/") && (b > 12 || monthFirst && a <= 12);
      LocalDate d = swap ? day(m.group(4), a, b) : day(m.group(4), b, a);
      if (d != null) {
        best = d;
        at = m.start();
        break;
      }
    }
    for (Pattern named : List.of(DAY_NAME_YEAR, NAME_DAY_YEAR)) {
      m = named.matcher(text);
      while (m.find() && m.start() < at) {
        boolean dayFirst = named == DAY_NAME_YEAR;
        Month month = MonthNames.month(m.group(dayFirst ? 2 : 1));
        if (month == null) {
          continue;
        }
        LocalDate d = day(m.group(3), month.getValue(), Integer.parseInt(m.group(dayFirst ? 1 : 2)));
        if (d != null) {
          best = d;
          at = m.start();
          break;
        }
      }
    }
    return best;
  }

  private static LocalDate day(String year, String month, String day) {
    return day(year, Integer.parseInt(month), Integer.parseInt(day));
  }

  private static LocalDate day(String year, int month, int day) {
    try {
      return LocalDate.of(Integer.parseInt(year), month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
