package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A publication time the metadata gives in UTC is read in the outlet's own zone when the page
 * states the same moment there, or shows the neighbouring day in its date line.
 */
class LocalDayTest {
  private static String inOwnZone(String published, String page, String shownDay) {
    return LocalDay.inOwnZone(published, page, () -> shownDay);
  }

  @Test
  void theSameMomentWithTheOutletsOffsetGivesItsDay() {
    String page = "{\"publicationDate\":\"2023-11-08T22:35:29-08:00\",\"datePublished\":\"2023-11-09T06:35:29+00:00\"}";
    assertEquals("2023-11-08T22:35:29-08:00", inOwnZone("2023-11-09T06:35:29+00:00", page, null));
  }

  @Test
  void aLocalClockReadingWholeHoursAwayWithTheSameMinuteIsTheSameMoment() {
    assertEquals("2020-12-06 00:15", inOwnZone("2020-12-05T23:15:0Z",
        "<script>page.publication_date = '2020-12-06 00:15';</script>", null));
    assertEquals("2020-04-13 16:38:07", inOwnZone("20200414T00:38:07Z",
        "\"yyyy-mm-dd hh:mm:ss\": \"2020-04-13 16:38:07\"", null));
  }

  @Test
  void anotherMinuteOrAnotherUtcTimeIsAnotherMoment() {
    String published = "2023-11-09T06:35:29Z";
    assertEquals(published, inOwnZone(published, "\"modified\": \"2023-11-08 22:40:00\"", null));
    assertEquals(published, inOwnZone(published, "\"created\": \"2023-11-08T06:35:29Z\"", null));
  }

  @Test
  void theDayTheDateLineShowsWinsWhenSomeZoneReadsItThen() {
    // 02:11 UTC is the evening before in the Americas; 15:42 UTC is the same day everywhere west
    // of UTC+9, and the day before nowhere.
    assertEquals("2023-11-08", inOwnZone("2023-11-09T02:11:03Z", "", "2023-11-08"));
    assertEquals("2020-12-23T15:42:33Z", inOwnZone("2020-12-23T15:42:33Z", "", "2020-12-22"));
    assertEquals("2022-11-07", inOwnZone("2022-11-06T23:00:00.000Z", "", "2022-11-07"));
  }

  @Test
  void aTimeWithItsOwnOffsetOrNoTimeIsLeftAlone() {
    assertEquals("2023-11-09T06:35:29+01:00", inOwnZone("2023-11-09T06:35:29+01:00",
        "\"local\": \"2023-11-08 22:35:29\"", "2023-11-08"));
    assertEquals("2023-11-09", inOwnZone("2023-11-09", "", "2023-11-08"));
  }
}
