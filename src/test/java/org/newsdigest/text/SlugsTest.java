package org.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
  @Test
  void foldsToLowerCaseAsciiWithHyphens() {
    assertEquals("zelenskyy-and-macron-meet-in-ile-de-france", Slugs.slug("Zelenskyy & Macron meet in Île-de-France!"));
    assertEquals("strasse-in-koln", Slugs.slug("Straße in Köln"));
    assertEquals("lodz-and-kobenhavn", Slugs.slug("Łódź & København"));
  }

  @Test
  void apostrophesAndQuotesVanishInsteadOfSplittingWords() {
    assertEquals("leaders-from-ukraines-top-allies", Slugs.slug("Leaders from Ukraine’s top allies"));
    assertEquals("we-dont-know-says-oneill", Slugs.slug("\"We don't know,\" says O'Neill"));
    assertEquals("the-coalition-of-the-willing", Slugs.slug("The „Coalition” of the ‘Willing’"));
    assertEquals("rock-n-roll", Slugs.slug("rock ’n’ roll"));
    assertEquals("cote-divoire", Slugs.slug("Côte d'Ivoire"));
    assertEquals("cote-divoire", Slugs.slug("Cote d’Ivoire"));
  }

  @Test
  void pageNamesAreNeverEmptyAndBounded() {
    assertEquals("stem", Slugs.pageName("¿¡ — !?", "stem"));
    assertEquals("page", Slugs.pageName("", "…"));
    String slug = Slugs.pageName("word ".repeat(40), "x");
    assertTrue(slug.length() <= Slugs.MAX_LENGTH && !slug.endsWith("-"), slug);
  }

  @Test
  void keysAreNeverEmptyAndNeverCut() {
    assertEquals("unnamed", Slugs.keyOf("—"));
    assertEquals("word-".repeat(39) + "word", Slugs.keyOf("word ".repeat(40)));
  }
}
