package org.newsdigest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each text rule is decided in this package only, so it gives one answer in every stage: no
 * class elsewhere takes accents off (a decomposing normalisation), keeps a word list of its own
 * in code or numbers names "-2", "-3" itself. A stage that needs one of these calls the text
 * package; this test fails the day one grows a copy again.
 */
class OneRuleEverywhereTest {
  private static final Path MAIN = Path.of("src/main/java/org/newsdigest");

  /** Source files outside the text package with the lines that match {@code rule}. */
  private static List<String> outsideTextPackage(Pattern rule) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        if (file.startsWith(MAIN.resolve("text"))) {
          continue;
        }
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          Matcher matcher = rule.matcher(lines.get(i));
          if (matcher.find()) {
            found.add(MAIN.relativize(file) + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    return found;
  }

  @Test
  void onlyTheTextPackageTakesAccentsOff() throws IOException {
    assertEquals(List.of(), outsideTextPackage(Pattern.compile("Form\\.NF(K?D|KC)\\b")));
  }

  @Test
  void onlyTheTextPackageNumbersNamesToMakeThemUnique() throws IOException {
    // "base + "-" + n" in a loop: what UniqueNames does.
    assertEquals(List.of(), outsideTextPackage(Pattern.compile("\\+ \"-\" \\+ (n|i|suffix|number)\\b")));
  }

  @Test
  void noStageKeepsItsOwnStopWordsOrStemmer() throws IOException {
    assertEquals(List.of(), outsideTextPackage(Pattern.compile("\\b(STOP_WORDS|STOP)\\s*=|\\bstatic String stem\\(String \\w+\\)")));
  }
}
