package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The statements' word reader finds what the pattern it stands for finds, where it finds it. */
class StatementWordsTest {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d’'-]*");

  private static List<String> byPattern(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.start() + ":" + m.group());
    }
    return words;
  }

  private static List<String> byReader(String text) {
    List<String> words = new ArrayList<>();
    Statements.Words reader = new Statements.Words(text);
    while (reader.next()) {
      words.add(reader.start() + ":" + reader.word());
    }
    return words;
  }

  @Test
  void readsNewsTextAsThePatternDoes() {
    for (String text : List.of("", "   ", "“We’re not done,” said O'Neill-Smith on 6 January.",
        "Zelenskyy’s office: 2.5% of 1,200 -- up", "-'’ x", "Łódź, Kraków and São Paulo",
        "١٢٣ Arabic digits are letters? no: ٣", "東京で会談", "I, me and D-R.I.", "𝐀𝐁 math letters")) {
      assertEquals(byPattern(text), byReader(text), text);
    }
  }

  @Test
  void readsAnyTextAsThePatternDoes() {
    // Characters from every class that matters: letters of several scripts and planes, ASCII and
    // other digits, the joiners, spaces, punctuation, and lone halves of surrogate pairs.
    String alphabet = "aZé ß'’-\"“”.,;:!?0 9١\u00A0\u2003東ДΩ\uD835\uDC00\uD800\uDC00\uDFFF\uD83D\uDE80_";
    Random random = new Random(5);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertEquals(byPattern(text.toString()), byReader(text.toString()), text.toString());
    }
  }
}
