package org.newsdigest.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * A point in time as precisely as a source stated it: a day, or a day with a time and maybe
 * an offset. Never completed with invented parts (no midnight, no UTC assumed).
 *
 * @param date the day; for YEAR or MONTH precision the first day of that year or month
 * @param time the time of day, or null below MINUTE precision
 * @param offset the UTC offset, or null when the source did not say
 * @param precision what the source stated
 */
public record Moment(LocalDate date, LocalTime time, ZoneOffset offset, DatePrecision precision) {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  public Moment {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(precision, "precision");
    if (time == null && precision.compareTo(DatePrecision.MINUTE) >= 0) {
      throw new IllegalArgumentException("precision " + precision + " needs a time");
    }
  }

  public static Moment ofDay(LocalDate date) {
    return new Moment(date, null, null, DatePrecision.DAY);
  }

  public static Moment of(LocalDateTime dateTime, ZoneOffset offset, DatePrecision precision) {
    return new Moment(dateTime.toLocalDate(), dateTime.toLocalTime(), offset, precision);
  }

  /** ISO 8601 at the stated precision: {@code 2026}, {@code 2026-01}, {@code 2026-01-06}, {@code 2026-01-09T01:13:54+03:00}. */
  public String iso() {
    return switch (precision) {
      case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
      case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
      case DAY -> date.toString();
      case MINUTE -> date + "T" + MINUTES.format(time) + offsetText();
      case SECOND -> date + "T" + SECONDS.format(time) + offsetText();
    };
  }

  private String offsetText() {
    return offset == null ? "" : offset.getId().equals("Z") ? "Z" : offset.getId();
  }

  /** True when this moment names a day (or something finer), not just a month or year. */
  public boolean hasDay() {
    return precision.compareTo(DatePrecision.DAY) >= 0;
  }
}
