package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.newsdigest.model.Moment;

class DateParserTest {

  private final DateParser parser = new DateParser();

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-01-06 | 2026-01-06",
        "2026-01-06T10:00 | 2026-01-06T10:00",
        "2026-01-09T01:13:54+03:00 | 2026-01-09T01:13:54+03:00",
        "2026-01-06T10:00:00Z | 2026-01-06T10:00:00Z",
        "'Tue, 06 Jan 2026 10:00:00 GMT' | 2026-01-06T10:00:00Z",
        "'January 6, 2026' | 2026-01-06",
        "'Jan 6, 2026' | 2026-01-06",
        "6 January 2026 | 2026-01-06",
        "'Jan. 6, 2026' | 2026-01-06",
        "Fri, Jan 09 2026 01:13:54 am | 2026-01-09T01:13:54",
        "Fri, Jan 09 2026 01:13:54 pm | 2026-01-09T13:13:54",
        "23 July 2013 Last updated at 13:42 GMT | 2013-07-23T13:42Z",
        "First Published: June 13, 2013 4:59 PM EDT | 2013-06-13T16:59-04:00",
        "'August 7, 2012 - 5:46 pm' | 2012-08-07T17:46",
        "January 2026 | 2026-01",
        "2026 | 2026",
        "Published on January 6, 2026 | 2026-01-06",
        "'11 / 27 / 2005 7:21 AM' | 2005-11-27T07:21",
        "'04 / 02 / 07, 9:00 PM PDT |' | 2007-04-02T21:00-07:00",
        "'9 / 10 / 2010 @ 1: 19PM' | 2010-09-10T13:19",
        "'2012 - 04 - 04 11:47: 35' | 2012-04-04T11:47:35",
        "'2012.08.08 09:01 AM' | 2012-08-08T09:01",
        "'12 January 2010 @ 09:29 pm' | 2010-01-12T21:29",
        "'AUGUST 2, 2013 | 08: 06AM PT' | 2013-08-02T08:06",
        "'23:37: 00 05 / 05 / 2010' | 2010-05-05T23:37:00",
        "2022-01-27T12:45:36.270+01 | 2022-01-27T12:45:36+01:00",
        "2022-05-05T22:12:00 UTC | 2022-05-05T22:12:00Z",
        "2020-09-26T12:07:40+02:00CET | 2020-09-26T12:07:40+02:00",
        "2022-05-04-0305:49:00-10800 | 2022-05-04",
        "2022-12-10-KW49 | 2022-12-10",
        "20231102 | 2023-11-02",
        "20200516T09:51:53Z | 2020-05-16T09:51:53Z",
        "'10.12.2022, 07:00:03' | 2022-12-10T07:00:03",
        "Publié le 3 mars 2024 | 2024-03-03",
        "'Veröffentlicht am 3. März 2024 um 10:15 Uhr' | 2024-03-03T10:15",
        "Datum: 22.12.2012 | 2012-12-22",
        "'am 03.05.2013, 11:51' | 2013-05-03T11:51",
        "jeudi 27 juin 2019 | 2019-06-27",
        "'Publicado el 27 de junio de 2019' | 2019-06-27",
        "Pubblicato il 6 dicembre 2020 | 2020-12-06",
        "Opublikowano 27 czerwca 2019 | 2019-06-27",
        "Gepubliceerd op 2 februari 2021 | 2021-02-02",
        "'Sun, 19 May 02 15:21:36 GMT' | 2002-05-19T15:21:36Z",
        "'Thu, 01 Jan 04 19:48:21 MET' | 2004-01-01T19:48:21+01:00"
      })
  void readsRealFormats(String text, String iso) {
    Moment m = parser.parse(text, new ArrayList<>());
    assertEquals(iso, m == null ? null : m.iso());
  }

  @Test
  void numericDateWithBothPartsUnderThirteenAndNoHintIsNotGuessed() {
    assertNull(parser.parse("11 / 09 / 2010", new ArrayList<>()));
    assertEquals("2010-09-27", parser.parse("27/09/2010", new ArrayList<>()).date().toString());
  }

  @Test
  void neverAssumesAZone() {
    Moment m = parser.parse("2026-01-06T10:00", new ArrayList<>());
    assertNull(m.offset());
    // IST is Irish or Indian time: ambiguous, so no offset rather than a guess
    assertNull(parser.parse("November 11, 2011 19:04 IST", new ArrayList<>()).offset());
  }

  @Test
  void impossibleDateIsNullWithAWarning() {
    List<String> warnings = new ArrayList<>();
    assertNull(parser.parse("February 31, 2026", warnings));
    assertEquals(1, warnings.size());
    assertTrue(warnings.get(0).contains("February 31, 2026"));
  }

  @Test
  void sentenceWithADateIsNotADate() {
    List<String> warnings = new ArrayList<>();
    assertNull(parser.parse("Leaders met in Paris on January 6, 2026", warnings));
    assertNull(parser.parse("", warnings));
    assertNull(parser.parse(null, warnings));
    assertFalse(warnings.stream().anyMatch(w -> w.contains("Paris")));
  }
}
