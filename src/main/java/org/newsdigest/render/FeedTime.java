package org.newsdigest.render;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Comparator;
import org.newsdigest.model.Moment;

/**
 * The RFC 3339 instants feeds need, from moments that often carry only a day.
 *
 * <p>Atom and JSON Feed cannot say "some time that day", so a day needs a time. Midnight UTC
 * would be read as the evening before by every reader west of Greenwich (a story of 6 January
 * shows as 5 January in New York), so a day is written as <b>noon UTC</b>: that instant falls on
 * the same calendar day in every zone from UTC−12:00 to UTC+11:59, so nearly every reader's feed
 * shows the day the source stated. A month or year is noon of its first day (the model keeps
 * them as that day). A time the source gave without an offset is read as UTC: nothing better is
 * known, and the pages show the time as the source wrote it.
 *
 * <p>When the newest of several moments is picked ({@link #newest}), the latest day wins, and
 * on that day a moment with a stated time wins over a day-only one, so a made-up noon never
 * hides a real "18:40+01:00" of the same day, nor pretends to be later than a real "09:15Z".
 */
final class FeedTime {
  /** The time of day that stays on the stated day in nearly every zone. */
  static final LocalTime DAY_ONLY = LocalTime.NOON;

  private static final Comparator<Moment> NEWEST_LAST = Comparator
      .comparing(Moment::date)
      .thenComparing(m -> m.time() != null)
      .thenComparing(m -> of(m).toInstant());

  private FeedTime() {}

  /** The instant a feed writes for {@code moment}. */
  static OffsetDateTime of(Moment moment) {
    LocalTime time = moment.time() == null ? DAY_ONLY : moment.time();
    ZoneOffset offset = moment.offset() == null ? ZoneOffset.UTC : moment.offset();
    return OffsetDateTime.of(moment.date(), time, offset).withNano(0);
  }

  /** The instant a feed writes for a day known without a time. */
  static OffsetDateTime of(LocalDate day) {
    return OffsetDateTime.of(day, DAY_ONLY, ZoneOffset.UTC);
  }

  /** The newest of {@code moments} (see the class comment), or null when there are none. */
  static Moment newest(Collection<Moment> moments) {
    return moments.stream().max(NEWEST_LAST).orElse(null);
  }
}
