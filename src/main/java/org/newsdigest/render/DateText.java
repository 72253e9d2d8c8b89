package org.newsdigest.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsdigest.model.Moment;

/**
 * Dates as pages show them: text in the site's language ("6 January 2026", "6. Januar 2026")
 * plus the machine-readable ISO form, which feeds and datetime attributes keep. The patterns
 * and locale come from {@link Messages}, never from the JVM's defaults. Immutable.
 */
final class DateText {
  private final DateTimeFormatter day;
  private final DateTimeFormatter firstDay;
  private final DateTimeFormatter month;
  private final DateTimeFormatter monthName;
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ATOM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  /**
   * Each formatter carries its language's pattern and locale: "d MMMM uuuu" in English,
   * "d. MMMM uuuu" in German; {@code firstDay} writes the first of a month, which French writes
   * as an ordinal ("1er janvier 2026") and other languages like any day.
   */
  DateText(DateTimeFormatter day, DateTimeFormatter firstDay, DateTimeFormatter month, DateTimeFormatter monthName) {
    this.day = day;
    this.firstDay = firstDay;
    this.month = month;
    this.monthName = monthName;
  }

  /** {"iso", "text"} for a day, or null. */
  Map<String, Object> of(LocalDate date) {
    return date == null ? null : view(date.toString(), day(date));
  }

  /** A day as the site writes it ("2 May 2013"), or null. */
  String day(LocalDate date) {
    return date == null ? null : (date.getDayOfMonth() == 1 ? firstDay : day).format(date);
  }

  /** A month as a heading ("May 2013"). */
  String month(TemporalAccessor yearMonth) {
    return month.format(yearMonth);
  }

  /** A month's name alone, under its year ("May"). */
  String monthName(TemporalAccessor yearMonth) {
    return monthName.format(yearMonth);
  }

  /** {"iso", "text"} for a moment at the precision its source stated, or null. */
  Map<String, Object> of(Moment moment) {
    return moment == null ? null : view(moment.iso(), text(moment));
  }

  private static Map<String, Object> view(String iso, String text) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("iso", iso);
    view.put("text", text);
    return view;
  }

  String text(Moment moment) {
    return switch (moment.precision()) {
      case YEAR -> Integer.toString(moment.date().getYear());
      case MONTH -> month.format(moment.date());
      case DAY -> day(moment.date());
      case MINUTE, SECOND -> day(moment.date()) + ", " + TIME.format(moment.time())
          + (moment.offset() == null ? "" : " UTC" + offsetText(moment.offset()));
    };
  }

  private static String offsetText(ZoneOffset offset) {
    return offset.equals(ZoneOffset.UTC) ? "" : offset.getId();
  }

  /** An RFC 3339 timestamp as feeds write it (see {@link FeedTime} for day-only dates). */
  static String atom(OffsetDateTime time) {
    return ATOM.format(time);
  }

  /** An RFC 822 date as RSS 2.0 writes it, in its RFC 1123 form: "Tue, 6 Jan 2026 09:30:00 +0100". */
  static String rss(OffsetDateTime time) {
    return java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(time);
  }

  /** Fixed fallback when nothing in the digest is dated: never the wall clock. */
  static OffsetDateTime epoch() {
    return OffsetDateTime.ofInstant(Instant.EPOCH, ZoneOffset.UTC);
  }
}
