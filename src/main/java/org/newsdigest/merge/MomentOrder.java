package org.newsdigest.merge;

import java.time.LocalTime;
import java.util.Comparator;
import org.newsdigest.model.Moment;

/**
 * Orders moments of mixed precision: by day, then by time where one is stated (a bare day sorts
 * before a time on the same day), then by the offset-adjusted instant when both carry offsets.
 */
final class MomentOrder {
  private MomentOrder() {}

  static final Comparator<Moment> CHRONOLOGICAL =
      Comparator.comparing(Moment::date)
          .thenComparing(Moment::time, Comparator.nullsFirst(Comparator.<LocalTime>naturalOrder()))
          .thenComparing(Moment::iso);

  /** Earliest first, unknown (null) last. */
  static final Comparator<Moment> NULLS_LAST = Comparator.nullsLast(CHRONOLOGICAL);
}
