package org.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StopWordsTest {
  @Test
  void functionWordsReportingVerbsAndCalendarWordsAreStopWords() {
    for (String word : new String[] {"the", "said", "monday", "january", "gmt", "mr"}) {
      assertTrue(StopWords.isStopWord(word), word);
    }
    assertFalse(StopWords.isStopWord("summit"));
    assertTrue(StopWords.isNewsWord("report"));
    assertFalse(StopWords.isNewsWord("the"), "each word is in one list");
  }

  @Test
  void theListsHoldFoldedWordsOnceEach() {
    for (String list : new String[] {"stop-words.txt", "news-words.txt"}) {
      Set<String> words = StopWords.load(list);
      assertFalse(words.isEmpty(), list);
      for (String word : words) {
        assertEquals(TextWords.fold(word), word, list + ": a word as TextWords folds it");
        assertEquals(word.toLowerCase(Locale.ROOT), word, list);
      }
    }
    Set<String> news = StopWords.load("news-words.txt");
    StopWords.load("stop-words.txt").forEach(word -> assertFalse(news.contains(word), word));
  }

  @Test
  void theStemmerFoldsPluralsAndVerbEndingsOnly() {
    assertEquals("talk", Stemmer.stem("talks"));
    assertEquals("meet", Stemmer.stem("meeting"));
    assertEquals("stop", Stemmer.stem("stopped"));
    assertEquals("fall", Stemmer.stem("falling"));
    assertEquals("country", Stemmer.stem("countries"));
    assertEquals("bus", Stemmer.stem("bus"));
    assertEquals("crisis", Stemmer.stem("crisis"));
    assertEquals("2026", Stemmer.stem("2026"));
  }
}
