package org.newsdigest.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A rule scored on a hand-labelled sample kept in test resources: a tab-separated file whose
 * first column says whether the line's item is right ({@code true}) or not, with {@code #}
 * comments. How many of the items the rule keeps are right (precision) and how many of the right
 * ones it keeps (recall), with every disagreement listed for the failure message.
 *
 * @param kept items the rule keeps
 * @param keptRight of those, the right ones
 * @param right the right items of the sample
 * @param disagreements "lost: ..." and "kept: ..." for each item the rule and the label disagree on
 */
public record LabelledSample(int kept, int keptRight, int right, List<String> disagreements) {

  /**
   * @param file the sample
   * @param keeps the rule, given a line's cells
   * @param shown what of a line a disagreement names
   */
  public static LabelledSample score(Path file, Predicate<String[]> keeps, Function<String[], String> shown)
      throws IOException {
    int kept = 0;
    int keptRight = 0;
    int right = 0;
    List<String> disagreements = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      boolean isRight = Boolean.parseBoolean(cells[0]);
      boolean isKept = keeps.test(cells);
      right += isRight ? 1 : 0;
      kept += isKept ? 1 : 0;
      keptRight += isKept && isRight ? 1 : 0;
      if (isKept != isRight) {
        disagreements.add((isRight ? "lost: " : "kept: ") + shown.apply(cells));
      }
    }
    return new LabelledSample(kept, keptRight, right, List.copyOf(disagreements));
  }

  public boolean precisionAtLeast(double share) {
    return keptRight >= share * kept;
  }

  public boolean recallAtLeast(double share) {
    return keptRight >= share * right;
  }

  /** "quotes sample: 86 of 87 kept are right, 86 of 86 right ones kept", printed by the tests. */
  public String summary(String name) {
    return String.format(Locale.ROOT, "%s sample: %d of %d kept are right, %d of %d right ones kept",
        name, keptRight, kept, keptRight, right);
  }
}
