package org.newsdigest.check;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Date formats that feeds and sitemaps require. */
final class Rfc3339 {
  /** RFC 3339 date-time as Atom (section 3.3) and JSON Feed require it: T, seconds, a zone. */
  private static final Pattern DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");

  /** W3C Datetime as sitemaps allow it for lastmod: a day, or a day and time with its zone. */
  private static final Pattern W3C_DATETIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?");

  private Rfc3339() {}

  /** True when {@code text} is an RFC 3339 date-time of a day that exists (no 31 February). */
  static boolean isDateTime(String text) {
    if (!DATE_TIME.matcher(text).matches()) {
      return false;
    }
    try {
      OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** True when {@code text} is a W3C Datetime whose day exists. */
  static boolean isW3cDatetime(String text) {
    if (!W3C_DATETIME.matcher(text).matches()) {
      return false;
    }
    try {
      java.time.LocalDate.parse(text.substring(0, 10), DateTimeFormatter.ISO_LOCAL_DATE);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
