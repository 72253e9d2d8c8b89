package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Searching only the end of the text before a run finds what searching all of it found. */
class SurroundingsTest {
  private static final Pattern SPEECH_BEFORE =
      Pattern.compile(
          "(?:\\b(?:said|says|told|added|wrote|according to)|[”\"],? (?:said|says)) $");
  private static final Pattern PLACE_BEFORE =
      Pattern.compile("\\b(?:in|at|from|near|outside|across|inside|towards|toward|around)(?: (?:downtown|uptown|midtown|central|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|north|south|east|west|rural|suburban|nearby|neighboring|neighbouring|coastal))? $");

  @Test
  void speechAndPlaceWordsBeforeARunAreFoundAsByAFullSearch() {
    String[] pieces = {"in", "at", "towards", "according to", "said", "says", "told", "”", "\"",
        ",", " ", " ", "x", "downtown", "\n", "\r\n", "\u2028", "\u0085", "-", "é"};
    List<String> samples = new ArrayList<>(List.of("", "talks in ", "talks in\n", "talks in \n",
        "talks in \r\n", "main ", "fire in downtown ", "outside northwestern ", "according to ", "“No,” said ", "”, says ", "xsaid ",
        "éin ", "it was said \u2029"));
    Random random = new Random(6);
    for (int k = 0; k < 100_000; k++) {
      StringBuilder sample = new StringBuilder();
      while (sample.length() < 40 && random.nextInt(12) > 0) {
        sample.append(pieces[random.nextInt(pieces.length)]);
      }
      samples.add(sample.length() > 40 ? sample.substring(sample.length() - 40) : sample.toString());
    }
    int speech = 0;
    int place = 0;
    for (String before : samples) {
      Surroundings around = new Surroundings(before + "Smith", before.length(), before, "");
      boolean speechExpected = SPEECH_BEFORE.matcher(before).find();
      boolean placeExpected = PLACE_BEFORE.matcher(before).find();
      assertEquals(speechExpected, around.suggestsPerson(), () -> "[" + before + "]");
      assertEquals(placeExpected, around.placePrepositionBefore(), () -> "[" + before + "]");
      speech += speechExpected ? 1 : 0;
      place += placeExpected ? 1 : 0;
    }
    assertTrue(speech > 500 && place > 500, speech + " speech, " + place + " place");
  }
}
