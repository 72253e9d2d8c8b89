package org.newsdigest.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Days as pages write them in eight languages, from the date lines of real pages. */
class LooseDatesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "am 20.06.2018 | 2018-06-20",
      "Von Christian am 03.05.2013, 11:51 | 2013-05-03",
      "(18.01.2018) Deutschlands Landwirte | 2018-01-18",
      "17/03/2020 | 2020-03-17",
      "22/11/2020 - 04:30 - Fonte: Agência | 2020-11-22",
      "jeudi 27 juin 2019 | 2019-06-27",
      "Publié le 3 mars 2024 | 2024-03-03",
      "27. Juni 2019 | 2019-06-27",
      "27 de junio de 2019 | 2019-06-27",
      "Pubblicato il 6 dicembre 2020 | 2020-12-06",
      "27 czerwca 2019 | 2019-06-27",
      "Gepubliceerd op 2 februari 2021 | 2021-02-02",
      "June 27th, 2019 | 2019-06-27",
      "Posted 2017-08-30 by staff | 2017-08-30",
      "2019-06-27T10:21:40Z | 2019-06-27",
      "Stand: 19.10.2019 11:05 Uhr | 2019-10-19"})
  void readsTheFirstDayAPieceOfPageTextStates(String text, String day) {
    assertEquals(LocalDate.parse(day), LooseDates.first(text, false));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"03/04/2020 | true | 2020-03-04", "03/04/2020 | false | 2020-04-03",
      "13/04/2020 | true | 2020-04-13"})
  void anAmbiguousSlashedDateReadsAsThePageLanguageWritesIt(String text, boolean monthFirst, String day) {
    assertEquals(LocalDate.parse(day), LooseDates.first(text, monthFirst));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"31.02.2020", "Version 1.2.2020a", "Seite 12 von 2020", "no date here"})
  void textWithoutARealDayGivesNone(String text) {
    assertNull(LooseDates.first(text, false));
  }
}
