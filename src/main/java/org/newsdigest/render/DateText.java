package org.newsdigest.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.newsdigest.model.Moment;

/** Dates as pages show them: pre-formatted English text plus the machine-readable ISO form. */
final class DateText {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
  private static final DateTimeFormatter ATOM =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private DateText() {}

  /** {"iso", "text"} for a day, or null. */
  static Map<String, Object> of(LocalDate date) {
    return date == null ? null : view(date.toString(), day(date));
  }

  /** A day as the site writes it ("2 May 2013"), or null. */
  static String day(LocalDate date) {
    return date == null ? null : DAY.format(date);
  }

  /** {"iso", "text"} for a moment at the precision its source stated, or null. */
  static Map<String, Object> of(Moment moment) {
    return moment == null ? null : view(moment.iso(), text(moment));
  }

  private static Map<String, Object> view(String iso, String text) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("iso", iso);
    view.put("text", text);
    return view;
  }

  static String text(Moment moment) {
    return switch (moment.precision()) {
      case YEAR -> Integer.toString(moment.date().getYear());
      case MONTH -> MONTH.format(moment.date());
      case DAY -> DAY.format(moment.date());
      case MINUTE, SECOND -> DAY.format(moment.date()) + ", " + TIME.format(moment.time())
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
