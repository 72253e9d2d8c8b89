package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuildCorpusTest {
  private final BuildCorpus.Page page = new BuildCorpus.Page(
      "Police say \"no link\" to C:\\ drive\n theft", LocalDate.of(2013, 7, 23), "BBC, News",
      "Body.\n\n");

  @Test
  void yamlFrontMatterEscapesQuotesAndBackslashesOnOneLine() {
    assertEquals("---\ntitle: \"Police say \\\"no link\\\" to C:\\\\ drive theft\"\n"
        + "date: 2013-07-23\noutlet: \"BBC, News\"\n---\n\n", page.yamlHeader());
  }

  @Test
  void jbakeHeaderCarriesTheSameFieldsWithTheOutletAsItsOnlyTag() {
    assertEquals("title=Police say \"no link\" to C:\\ drive theft\ndate=2013-07-23\n"
        + "type=post\nstatus=published\ntags=BBC  News\n~~~~~~\n\n", page.jbakeHeader());
  }
}
