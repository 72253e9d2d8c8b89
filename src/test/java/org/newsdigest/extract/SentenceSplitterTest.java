package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void keepsAbbreviationsInitialsAndDecimalsInside() {
    assertEquals(
        List.of("Mr. Smith and Dr. Jones met Gen. Ford of Acme Inc. on Jan. 6 at 10 a.m. in St. Louis.",
            "Growth was 3.5 percent."),
        split("Mr. Smith and Dr. Jones met Gen. Ford of Acme Inc. on Jan. 6 at 10 a.m. in St. Louis."
            + " Growth was 3.5 percent."));
    assertEquals(List.of("J. K. Rowling spoke to U.K. and U.S. officials.", "No. 10 agreed."),
        split("J. K. Rowling spoke to U.K. and U.S. officials. No. 10 agreed."));
  }

  @Test
  void dottedAcronymEndsASentenceBeforeAClearOpener() {
    assertEquals(List.of("He moved to the U.S.", "The move was quick."),
        split("He moved to the U.S. The move was quick."));
  }

  @Test
  void sentenceEndsInsideClosingQuotes() {
    assertEquals(
        List.of("“I will not sign a peace deal that fails to deter Russia from invading again,” Zelenskyy said.",
            "“We will resume.”", "Talks go on."),
        split("“I will not sign a peace deal that fails to deter Russia from invading again,” Zelenskyy said."
            + " “We will resume.” Talks go on."));
  }

  @Test
  void questionInsideQuoteFollowedBySaidStaysOne() {
    assertEquals(List.of("“Why now?” she asked."), split("“Why now?” she asked."));
  }
}
