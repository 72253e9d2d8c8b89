package org.newsdigest.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MomentTest {
  @Test
  void isoShowsOnlyWhatWasStated() {
    assertEquals("2026-01-06", Moment.ofDay(LocalDate.of(2026, 1, 6)).iso());
    assertEquals(
        "2026-01-09T01:13:54+03:00",
        Moment.of(LocalDateTime.of(2026, 1, 9, 1, 13, 54), ZoneOffset.ofHours(3), DatePrecision.SECOND).iso());
    assertEquals(
        "2026-01-09T01:13",
        Moment.of(LocalDateTime.of(2026, 1, 9, 1, 13, 54), null, DatePrecision.MINUTE).iso());
    assertEquals("2026-01", new Moment(LocalDate.of(2026, 1, 1), null, null, DatePrecision.MONTH).iso());
  }

  @Test
  void aTimePrecisionNeedsATime() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Moment(LocalDate.of(2026, 1, 6), null, null, DatePrecision.MINUTE));
  }
}
