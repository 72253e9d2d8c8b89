package org.newsdigest.ingest;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication time in the outlet's own zone, when the metadata gives it in UTC.
 *
 * <p>Many sites write {@code article:published_time} and JSON-LD in UTC, their server's clock,
 * while the day their readers saw on the page is the local one: "2023-11-09T06:35:29+00:00" is
 * the evening of 8 November in Los Angeles. The same page usually states the same moment again in
 * its own zone ("publicationDate":"2023-11-08T22:35:29-08:00", {@code sailthru.date}
 * "2023-11-08 22:35:29", a script's '2020-12-06 00:15'), or shows its day in a date line. This
 * class finds that statement; it changes nothing when the metadata's time has an offset of its
 * own, or when the page says nothing that fits.
 */
final class LocalDay {
  /** An ISO-like date and time, extended or basic, with an optional offset. */
  private static final Pattern TIMESTAMP = Pattern.compile(
      "(?<![\\d-])((?:19|20)\\d{2})-?(\\d{2})-?(\\d{2})[T ](\\d{1,2}):?(\\d{2})(?::?(\\d{1,2}))?(?:[.,]\\d{1,9})?"
          + "\\s?(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?(?![\\d:])");
  /** Room enough for the longest stamp: "2023-11-08T22:35:29.123456789 +05:30". */
  private static final int STAMP_CHARS = 40;
  /** The widest gap between UTC and a local clock (UTC+14, Kiribati). */
  private static final Duration WIDEST_OFFSET = Duration.ofHours(14);
  /** Hours behind and ahead of UTC of the zones furthest west and east that publish news. */
  private static final int FURTHEST_WEST = 10;
  private static final int FURTHEST_EAST = 14;

  private LocalDay() {}

  /** One stated time: the clock reading, whether seconds were written, and the offset if any. */
  private record Stamp(String text, LocalDateTime clock, boolean hasSeconds, ZoneOffset offset) {
    boolean isUtc() {
      return offset != null && offset.getTotalSeconds() == 0;
    }
  }

  /**
   * The page's own statement of the moment {@code published} gives in UTC, or {@code published}
   * itself.
   *
   * @param published the publication time the metadata gave, or null
   * @param source the page's whole text, searched for the same moment in another zone
   * @param visibleDay the day the page shows in a date line, asked for only when needed; may
   *     give null
   */
  static String inOwnZone(String published, String source, Supplier<String> visibleDay) {
    Stamp utc = published == null ? null : stamp(published, true);
    if (utc == null || !utc.isUtc()) {
      return published;
    }
    Stamp local = sameMomentIn(source, utc);
    if (local != null) {
      return local.text();
    }
    String shown = visibleDay.get();
    LocalDate day = shown == null ? null : dayOf(shown);
    return day != null && reachable(utc.clock(), day) ? shown : published;
  }

  /**
   * True when {@code day} is the day before or after the UTC clock's and some zone's clock reads
   * it at that moment where people live and publish: the day before only until 10:00 UTC
   * (Hawaii, UTC-10), the day after from 10:00 (Kiribati, UTC+14).
   */
  private static boolean reachable(LocalDateTime utc, LocalDate day) {
    long shift = day.toEpochDay() - utc.toLocalDate().toEpochDay();
    return shift == -1 && utc.getHour() < FURTHEST_WEST || shift == 1 && utc.getHour() >= 24 - FURTHEST_EAST;
  }

  /**
   * The first statement in {@code source} of the moment {@code utc} gives, on the day before or
   * after its UTC day (the only days where it changes anything), or null. Found from where those
   * days are written, so that a page costs a few string searches rather than a pattern at every
   * character.
   */
  private static Stamp sameMomentIn(String source, Stamp utc) {
    Matcher m = TIMESTAMP.matcher(source).useTransparentBounds(true);
    LocalDate day = utc.clock().toLocalDate();
    for (LocalDate neighbour : new LocalDate[] {day.minusDays(1), day.plusDays(1)}) {
      for (String written : new String[] {neighbour.toString(), neighbour.toString().replace("-", "")}) {
        for (int at = source.indexOf(written); at >= 0; at = source.indexOf(written, at + 1)) {
          m.region(at, Math.min(source.length(), at + STAMP_CHARS));
          Stamp other = m.lookingAt() ? stamp(m) : null;
          if (other != null && sameMoment(utc, other)) {
            return other;
          }
        }
      }
    }
    return null;
  }

  /**
   * True when {@code other} states the moment {@code utc} does: at the same instant when it has an
   * offset, or at a local reading that differs by whole hours within the widest zone when it has
   * none (the minute, and the second when both state one, must match).
   */
  private static boolean sameMoment(Stamp utc, Stamp other) {
    if (other.isUtc()) {
      return false;
    }
    boolean seconds = utc.hasSeconds() && other.hasSeconds();
    LocalDateTime a = seconds ? utc.clock() : utc.clock().withSecond(0);
    LocalDateTime b = seconds ? other.clock() : other.clock().withSecond(0);
    if (other.offset() != null) {
      return a.equals(b.minusSeconds(other.offset().getTotalSeconds()));
    }
    Duration gap = Duration.between(a, b).abs();
    return a.getMinute() == b.getMinute() && a.getSecond() == b.getSecond()
        && gap.compareTo(WIDEST_OFFSET) <= 0;
  }

  private static Stamp stamp(String text, boolean whole) {
    Matcher m = TIMESTAMP.matcher(text.strip());
    return (whole ? m.matches() : m.find()) ? stamp(m) : null;
  }

  private static Stamp stamp(Matcher m) {
    try {
      LocalDateTime clock = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
          m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return new Stamp(m.group(), clock, m.group(6) != null, offset(m.group(7)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("Z") || text.equals("UTC") || text.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = text.replace(":", "");
    int hours = Integer.parseInt(digits.substring(1, 3));
    int minutes = digits.length() >= 5 ? Integer.parseInt(digits.substring(3, 5)) : 0;
    int sign = digits.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static LocalDate dayOf(String isoDay) {
    try {
      return LocalDate.parse(isoDay);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
