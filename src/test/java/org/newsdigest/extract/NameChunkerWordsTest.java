package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written word scan cuts text exactly where the regex it replaced did. */
class NameChunkerWordsTest {

  /** The regex NameChunker used before the scan replaced it: the reference. */
  private static final Pattern WORD =
      Pattern.compile(
          "(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}](?:[\\p{L}\\p{M}\\p{N}]|['’\\-&](?=[\\p{L}\\p{N}]))*");

  @Test
  void endsEveryWordWhereTheRegexDoes() {
    List<String> samples = List.of(
        "U.S.-led forces met the U.K. and E.U. envoys in Washington, D.C. on Monday.",
        "Putin's aide and the Smiths' house; AT&T's rock'n'roll O’Neill – e.g. a.b",
        "Zelenskyy, Zelenskiy (Зеленський) met Erdoğan and Nguyễn Phú Trọng in Kraków.",
        "Combining: Cafe\u0301 ne\u0301e, \u0301lead mark, 𝐀𝐁 math letters, 𝟙𝟚 digits, ½ and Ⅻ.",
        "Trailing hyphen- and apostrophe' and ampersand& then -lead 'quote' 3-2 win 20%.",
        "A.B.C. x.y. Z. Q.R 1.2.3 \uD800 lone surrogate \uDC00 end A.",
        "");
    for (String text : samples) {
      for (int i = 0; i < text.length(); i++) {
        Matcher m = WORD.matcher(text).region(i, text.length());
        int expected = m.lookingAt() ? m.end() : -1;
        assertEquals(expected, NameChunker.wordEnd(text, i), text + " at " + i);
      }
    }
  }

  @Test
  void wordsFollowTheRegexMatches() {
    String text = "Rep. Nick Rahall of the U.S. House met AT&T's chief, Macron’S aide, on 6 Jan.";
    List<Integer> expected = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      expected.add(m.start());
    }
    List<Integer> starts = new ArrayList<>();
    for (NameChunker.Word w : new NameChunker().words(text)) {
      starts.add(w.start());
    }
    assertEquals(expected, starts);
  }
}
