package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.newsdigest.model.DateMention;
import org.newsdigest.model.Dateline;
import org.newsdigest.model.Moment;
import org.newsdigest.text.Gazetteer;

/**
 * Fuzzes the extract stage's text rules one by one, where a finding is easier to read than
 * through the whole {@link Extractor}: the date parser, the dateline parser, the sentence
 * splitter and the in-text date finder. They are package-private, hence this class lives here
 * and not with the other fuzz tests; its kept inputs are under {@code
 * src/test/resources/org/newsdigest/extract/ExtractPartsFuzzTestInputs/<target>/}. None of
 * them documents an exception: any exception escaping is a finding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractPartsFuzzTest {
  private final DateParser dates = new DateParser();
  private final DatelineParser datelines = new DatelineParser(Gazetteer.load());
  private final SentenceSplitter splitter = new SentenceSplitter();
  private final TextDateFinder textDates = new TextDateFinder();

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parseDate(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    List<String> warnings = new ArrayList<>();
    Moment moment = dates.parse(text, warnings);
    if (moment != null) {
      assertNotNull(moment.iso(), "a parsed date prints as ISO 8601");
      assertTrue(moment.date().getYear() >= 0 && moment.date().getYear() <= 9999,
          "a stated year has four digits: " + moment.iso());
    }
    warnings.forEach(w -> assertFalse(w.isBlank(), "a warning says something"));
  }

  /** A paragraph and the publication day it is resolved against (or none). */
  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void parseDateline(FuzzedDataProvider data) {
    LocalDate publication = data.consumeBoolean()
        ? null : LocalDate.of(data.consumeInt(1, 9999), data.consumeInt(1, 12),
            data.consumeInt(1, 28));
    String paragraph = data.consumeRemainingAsString();
    Dateline dateline = datelines.parse(paragraph, publication);
    if (dateline != null) {
      assertTrue(paragraph.startsWith(dateline.text())
              || paragraph.strip().startsWith(dateline.text()),
          "the dateline '" + dateline.text() + "' opens the paragraph");
      assertNotNull(dateline.place(), "a dateline names a place");
      assertFalse(dateline.place().isBlank(), "a dateline's place is never blank");
    }
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void splitSentences(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    int previousEnd = 0;
    for (TextSpan span : splitter.split(text)) {
      assertTrue(previousEnd <= span.start() && span.start() < span.end()
              && span.end() <= text.length(),
          "sentence " + span + " in order, not empty, inside " + text.length() + " chars");
      assertFalse(span.of(text).isBlank(), "a sentence is never blank");
      previousEnd = span.end();
    }
    assertEquals(text.isBlank(), splitter.split(text).isEmpty(),
        "only blank text has no sentence");
  }

  @FuzzTest
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void findDatesInText(FuzzedDataProvider data) {
    LocalDate publication = data.consumeBoolean()
        ? null : LocalDate.of(data.consumeInt(1, 9999), data.consumeInt(1, 12),
            data.consumeInt(1, 28));
    String text = data.consumeRemainingAsString();
    for (DateMention d : textDates.find(text, 3, publication)) {
      assertEquals(3, d.block(), "the block index is the one given");
      assertNotNull(d.date(), "a date mention has a date");
      assertNotNull(d.precision(), "a date mention has a precision");
      assertTrue(text.contains(d.text()), "the mention '" + d.text() + "' is in the text");
    }
  }
}
