package org.newsdigest.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.DatePrecision;
import org.newsdigest.model.Moment;
import org.newsdigest.text.MonthNames;

/**
 * Reads a date as metadata states it ("2026-01-06T10:00Z", "Tue, 06 Jan 2026 10:00:00 GMT",
 * "Jan. 6, 2026", "23 July 2013 Last updated at 13:42 GMT", "January 2026") into a {@link
 * Moment} at the precision actually stated. A zone is kept only when the text names one: no UTC
 * and no machine zone is ever assumed.
 *
 * <p>Non-ISO text is read token by token so that the many real orderings work with one rule; a
 * word that is neither a date part nor a known label word rejects the whole text, which keeps
 * sentences that merely contain a date from passing as a date line.
 */
final class DateParser {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})"
              + "(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?");
  private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  /** ISO's basic form, as some meta tags give it: "20231102", "20200516T09:51:53Z". */
  private static final Pattern ISO_BASIC = Pattern.compile(
      "((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?:T(\\d{2}):?(\\d{2})(?::?(\\d{2}))?(Z)?)?");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20|21)\\d{2}");
  private static final Pattern TOKEN =
      Pattern.compile(
          "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}(?:\\d{2})?(?!\\d)"
              + "|\\d{1,2}:\\d{2}(?::\\d{2})?|[+-]\\d{2}:?\\d{2}|\\d+(?:st|nd|rd|th)?|[\\p{L}]+\\.?|\\S");
  private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
  private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2,4})");
  /** Scraped date lines space their separators: "04 / 02 / 07", "11:47: 35", "1: 19PM". */
  private static final Pattern SPACED_SEPARATOR = Pattern.compile("(?<=\\d) ?([/:.\\-]) ?(?=\\d)");
  private static final Pattern GLUED_MERIDIEM = Pattern.compile("(?i)(?<=\\d)([ap]m)\\b");
  private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2}))?");
  private static final Pattern NUMERIC_OFFSET = Pattern.compile("([+-])(\\d{2})(?::?(\\d{2}))?");
  private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}(?:st|nd|rd|th)?");
  private static final Pattern TWO_DIGITS = Pattern.compile("\\d{2}");
  /** Punctuation a date line may hold between its parts. */
  private static final Pattern SEPARATOR = Pattern.compile("[,.\\-–—|:/()@]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Words that label a date line rather than belong to the date ("Published on", "Publié le"). */
  private static final java.util.Set<String> LABEL_WORDS = CueWords.section("date label words");

  /** Zone abbreviations with one meaning; ambiguous ones (IST, CST) are read as "no zone". */
  private static final Map<String, ZoneOffset> ZONES =
      Map.ofEntries(
          Map.entry("z", ZoneOffset.UTC),
          Map.entry("gmt", ZoneOffset.UTC),
          Map.entry("utc", ZoneOffset.UTC),
          Map.entry("ut", ZoneOffset.UTC),
          Map.entry("bst", ZoneOffset.ofHours(1)),
          Map.entry("cet", ZoneOffset.ofHours(1)),
          Map.entry("cest", ZoneOffset.ofHours(2)),
          Map.entry("met", ZoneOffset.ofHours(1)),
          Map.entry("mest", ZoneOffset.ofHours(2)),
          Map.entry("eet", ZoneOffset.ofHours(2)),
          Map.entry("eest", ZoneOffset.ofHours(3)),
          Map.entry("msk", ZoneOffset.ofHours(3)),
          Map.entry("edt", ZoneOffset.ofHours(-4)),
          Map.entry("est", ZoneOffset.ofHours(-5)),
          Map.entry("cdt", ZoneOffset.ofHours(-5)),
          Map.entry("mdt", ZoneOffset.ofHours(-6)),
          Map.entry("mst", ZoneOffset.ofHours(-7)),
          Map.entry("pdt", ZoneOffset.ofHours(-7)),
          Map.entry("pst", ZoneOffset.ofHours(-8)),
          Map.entry("jst", ZoneOffset.ofHours(9)));

  private static final List<String> AMBIGUOUS_ZONES =
      List.of("ist", "cst", "ast", "sst", "et", "pt", "ct", "mt", "hkt");

  /** Zones of North America, whose numeric dates put the month first ("11/27/2005"). */
  private static final List<String> MONTH_FIRST_ZONES =
      List.of("et", "pt", "ct", "mt", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst");

  /**
   * The moment the text states, or null when it states none. A date that cannot exist (31
   * February) gives null and a warning naming the text.
   */
  Moment parse(String text, List<String> warnings) {
    if (text == null) {
      return null;
    }
    String s = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    if (s.isEmpty()) {
      return null;
    }
    s = SPACED_SEPARATOR.matcher(s).replaceAll("$1");
    s = GLUED_MERIDIEM.matcher(s).replaceAll(" $1");
    try {
      Matcher iso = ISO.matcher(s);
      if (iso.matches()) {
        return fromIso(iso);
      }
      Matcher basic = ISO_BASIC.matcher(s);
      if (basic.matches()) {
        return fromIso(basic);
      }
      Matcher month = ISO_MONTH.matcher(s);
      if (month.matches()) {
        return new Moment(
            LocalDate.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), 1),
            null,
            null,
            DatePrecision.MONTH);
      }
      if (YEAR.matcher(s).matches()) {
        return new Moment(LocalDate.of(Integer.parseInt(s), 1, 1), null, null, DatePrecision.YEAR);
      }
      Moment worded = fromWords(s);
      return worded != null ? worded : isoWithATail(s);
    } catch (DateTimeException e) {
      warnings.add("date '" + text.strip() + "' does not exist: " + e.getMessage());
      return null;
    }
  }

  /**
   * An ISO date followed by what the pattern does not read: a zone's name ("2022-05-05T22:12:00
   * UTC", "2020-09-26T12:07:40+02:00CET") or a template's leftovers ("2022-05-04-0305:49:00-10800",
   * "2022-12-10-KW49"). A zone's name gives the offset when none is stated; leftovers leave the
   * day alone, since what follows it cannot be trusted.
   */
  private static Moment isoWithATail(String s) {
    Matcher iso = ISO.matcher(s);
    if (!iso.lookingAt()) {
      return null;
    }
    String tail = s.substring(iso.end()).strip().toLowerCase(Locale.ROOT);
    Moment read = fromIso(iso);
    if (read.precision() == DatePrecision.DAY || !ZONES.containsKey(tail) && !AMBIGUOUS_ZONES.contains(tail)) {
      return Moment.ofDay(read.date());
    }
    return read.offset() != null || AMBIGUOUS_ZONES.contains(tail) ? read
        : new Moment(read.date(), read.time(), ZONES.get(tail), read.precision());
  }

  private static Moment fromIso(Matcher m) {
    LocalDate date =
        LocalDate.of(
            Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    if (m.group(4) == null) {
      return Moment.ofDay(date);
    }
    int seconds = m.group(6) == null ? 0 : Integer.parseInt(m.group(6));
    LocalTime time = LocalTime.of(Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), seconds);
    ZoneOffset offset = m.group(7) == null ? null : offsetOf(m.group(7));
    return new Moment(
        date, time, offset, m.group(6) == null ? DatePrecision.MINUTE : DatePrecision.SECOND);
  }

  private static ZoneOffset offsetOf(String text) {
    if (text.equalsIgnoreCase("Z")) {
      return ZoneOffset.UTC;
    }
    Matcher m = NUMERIC_OFFSET.matcher(text);
    if (!m.matches()) {
      return null;
    }
    int hours = Integer.parseInt(m.group(2));
    int minutes = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    int sign = m.group(1).equals("-") ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static Moment fromWords(String s) {
    Integer year = null;
    Integer month = null;
    Integer day = null;
    LocalTime time = null;
    boolean seconds = false;
    ZoneOffset offset = null;
    String numeric = null;
    boolean monthFirst = false;
    Matcher tokens = TOKEN.matcher(s);
    while (tokens.find()) {
      String token = tokens.group();
      String lower = token.toLowerCase(Locale.ROOT);
      String bare = lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
      // a 12-hour clock says month first; "am" before any clock is German ("am 3. März")
      monthFirst |= MONTH_FIRST_ZONES.contains(bare)
          || (bare.equals("am") || bare.equals("pm")) && time != null;
      Matcher clock = CLOCK.matcher(token);
      if ((YEAR_FIRST.matcher(token).matches() || YEAR_LAST.matcher(token).matches())
          && numeric == null && year == null && month == null && day == null) {
        numeric = token;
      } else if (clock.matches() && time == null) {
        time =
            LocalTime.of(
                Integer.parseInt(clock.group(1)),
                Integer.parseInt(clock.group(2)),
                clock.group(3) == null ? 0 : Integer.parseInt(clock.group(3)));
        seconds = clock.group(3) != null;
      } else if ((bare.equals("am") || bare.equals("pm") || bare.equals("a.m") || bare.equals("p.m"))
          && time != null) {
        time = twelveHour(time, bare.startsWith("p"));
      } else if (bare.equals("a") || bare.equals("p")) {
        // "a.m." tokenises as "a." "m." — handled when the "m." arrives.
        if (time == null) {
          return null;
        }
        time = twelveHour(time, bare.equals("p"));
      } else if (bare.equals("m") && time != null) {
        continue;
      } else if (NUMERIC_OFFSET.matcher(token).matches() && time != null) {
        offset = offsetOf(token);
      } else if (ZONES.containsKey(bare) && time != null) {
        offset = ZONES.get(bare);
      } else if (AMBIGUOUS_ZONES.contains(bare) && time != null) {
        continue;
      } else if (FOUR_DIGITS.matcher(token).matches() && year == null) {
        year = Integer.parseInt(token);
      } else if (DAY.matcher(token).matches() && day == null) {
        day = Integer.parseInt(token.replaceAll("\\D", ""));
      } else if (TWO_DIGITS.matcher(token).matches() && year == null && month != null) {
        // RFC 822's two-digit year after the month: "Sun, 19 May 02 15:21:36 GMT"
        int yy = Integer.parseInt(token);
        year = yy < 70 ? 2000 + yy : 1900 + yy;
      } else if (monthOf(bare) != null && month == null) {
        month = monthOf(bare);
      } else if (EnglishCalendar.weekday(bare) != null || MonthNames.isWeekday(bare)
          || LABEL_WORDS.contains(bare)) {
        continue;
      } else if (!SEPARATOR.matcher(token).matches()) {
        return null;
      }
    }
    if (numeric != null) {
      LocalDate date = numericDate(numeric, monthFirst);
      if (date == null) {
        return null;
      }
      year = date.getYear();
      month = date.getMonthValue();
      day = date.getDayOfMonth();
    }
    if (year == null) {
      return null;
    }
    if (month == null) {
      return day == null && time == null
          ? new Moment(LocalDate.of(year, 1, 1), null, null, DatePrecision.YEAR)
          : null;
    }
    if (day == null) {
      return time == null
          ? new Moment(LocalDate.of(year, month, 1), null, null, DatePrecision.MONTH)
          : null;
    }
    LocalDate date = LocalDate.of(year, month, day);
    if (time == null) {
      return Moment.ofDay(date);
    }
    return new Moment(date, time, offset, seconds ? DatePrecision.SECOND : DatePrecision.MINUTE);
  }

  /**
   * "2012.08.08", "11/27/2005", "04/02/07", "10.12.2022": a part above 12 is the day; when both
   * could be the month, a North American zone or a 12-hour clock on the line says month first,
   * dots say day first, and a slashed date without either is too ambiguous to state.
   */
  private static LocalDate numericDate(String token, boolean monthFirst) {
    Matcher ymd = YEAR_FIRST.matcher(token);
    if (ymd.matches()) {
      return LocalDate.of(Integer.parseInt(ymd.group(1)), Integer.parseInt(ymd.group(2)),
          Integer.parseInt(ymd.group(3)));
    }
    Matcher dmy = YEAR_LAST.matcher(token);
    if (!dmy.matches() || dmy.group(3).length() == 3) {
      return null;
    }
    int first = Integer.parseInt(dmy.group(1));
    int second = Integer.parseInt(dmy.group(2));
    int year = Integer.parseInt(dmy.group(3));
    if (year < 100) {
      year += year < 70 ? 2000 : 1900; // two-digit years of online news
    }
    if (first > 12) {
      return LocalDate.of(year, second, first);
    }
    // Dots separate day, month and year in that order wherever they are used (German, Polish,
    // Russian, Scandinavian pages); slashes are the ambiguous ones.
    if (token.indexOf('.') > 0 && second <= 12) {
      return LocalDate.of(year, second, first);
    }
    if (second > 12 || monthFirst || first == second) {
      return LocalDate.of(year, first, second);
    }
    return null;
  }

  /** The month an English name gives, else one of another language ({@link MonthNames}). */
  private static Integer monthOf(String bare) {
    Integer english = EnglishCalendar.month(bare);
    if (english != null) {
      return english;
    }
    java.time.Month other = MonthNames.month(bare);
    return other == null ? null : other.getValue();
  }

  private static LocalTime twelveHour(LocalTime time, boolean afternoon) {
    if (time.getHour() > 12) {
      return time; // "19:04 pm" already says it on a 24-hour clock
    }
    int hour = time.getHour() % 12 + (afternoon ? 12 : 0);
    return time.withHour(hour);
  }
}
