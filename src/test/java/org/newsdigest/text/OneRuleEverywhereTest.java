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
 * in code or a place list of its own, or numbers names "-2", "-3" itself. A stage that needs one
 * of these calls the text package; this test fails the day one grows a copy again.
 */
class OneRuleEverywhereTest {
  private static final Path MAIN = Path.of("src/main/java/org/newsdigest");
  private static final Path RESOURCES = Path.of("src/main/resources/org/newsdigest");

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
  void noStageKeepsItsOwnPlaceList() throws IOException {
    // The places every stage knows are text.Gazetteer's (text/places.txt): no stage reads a place
    // list of its own or names countries from the JDK's list (what extract once did). Naming one
    // outlet's ISO country code for a source label is no place list.
    List<String> found = outsideTextPackage(Pattern.compile(
        "getDisplayCountry|\"[\\w./-]*(place|gazetteer|countr|cities|containment)[\\w.-]*\\.(txt|tsv|csv)\""));
    found.removeIf(line -> line.startsWith("render/SourceLabels.java:")
        && line.contains("outlet.country()).getDisplayCountry("));
    assertEquals(List.of(), found);
    List<String> lists = new ArrayList<>();
    Pattern placeList = Pattern.compile("(?i).*(place|gazetteer|countr|cities|containment).*");
    try (Stream<Path> files = Files.walk(RESOURCES)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        if (!file.startsWith(RESOURCES.resolve("text"))
            && placeList.matcher(file.getFileName().toString()).matches()) {
          lists.add(RESOURCES.relativize(file).toString());
        }
      }
    }
    assertEquals(List.of(), lists);
  }

  @Test
  void noStageKeepsItsOwnStopWordsOrStemmer() throws IOException {
    assertEquals(List.of(), outsideTextPackage(Pattern.compile("\\b(STOP_WORDS|STOP)\\s*=|\\bstatic String stem\\(String \\w+\\)")));
  }

  /** More words than this in one {@code Set.of} of the stages that read language make it a list. */
  static final int WORDS_IN_CODE = 20;

  @Test
  void wordListsAreResourceFilesNotCode() throws IOException {
    // Words a stage looks language up in (roles, units, abbreviations) live in resource files
    // (text.WordLists); a few words beside the rule that uses them may stay in code. Markup
    // vocabulary (HTML element names in ingest and check) is no language and is not scanned.
    List<String> found = new ArrayList<>();
    Pattern setOf = Pattern.compile("Set\\.of\\(");
    Pattern literal = Pattern.compile("\"[^\"]*\"");
    for (String stage : List.of("extract", "merge", "entities", "story", "render", "build", "cli")) {
      try (Stream<Path> files = Files.walk(MAIN.resolve(stage))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          String code = Files.readString(file);
          Matcher at = setOf.matcher(code);
          while (at.find()) {
            int depth = 1;
            int end = at.end();
            while (depth > 0 && end < code.length()) {
              char c = code.charAt(end++);
              depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
            long words = literal.matcher(code.substring(at.end(), end)).results().count();
            if (words > WORDS_IN_CODE) {
              found.add(MAIN.relativize(file) + ": a Set.of of " + words + " words");
            }
          }
        }
      }
    }
    assertEquals(List.of(), found);
  }
}
