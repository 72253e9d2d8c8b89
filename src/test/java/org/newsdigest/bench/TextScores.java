package org.newsdigest.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scores of the article-extraction-benchmark (Zyte, 2019): tokens are Unicode {@code \w+}
 * runs, a text is the set of its 4-token shingles, and a page gets precision and recall over
 * those sets. Field values get exact match after whitespace normalisation and a token F1.
 */
final class TextScores {
  static final int SHINGLE = 4;
  private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private TextScores() {}

  /** Precision and recall of one page. */
  record PrecisionRecall(double precision, double recall) {
    double f1() {
      return f1(precision, recall);
    }

    static double f1(double precision, double recall) {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null) {
      return tokens;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  /** The text's 4-token shingles; a text shorter than that is one shingle of all its tokens. */
  static Set<String> shingles(String text) {
    List<String> tokens = tokens(text);
    Set<String> shingles = new HashSet<>();
    if (!tokens.isEmpty() && tokens.size() < SHINGLE) {
      shingles.add(String.join(" ", tokens));
    }
    for (int i = 0; i + SHINGLE <= tokens.size(); i++) {
      shingles.add(String.join(" ", tokens.subList(i, i + SHINGLE)));
    }
    return shingles;
  }

  /**
   * Body score as the benchmark counts it: nothing expected and nothing found is perfect; no
   * shingle in common is zero for both.
   */
  static PrecisionRecall body(String expected, String actual) {
    Set<String> truth = shingles(expected);
    Set<String> found = shingles(actual);
    int truePositives = 0;
    for (String s : found) {
      if (truth.contains(s)) {
        truePositives++;
      }
    }
    int falsePositives = found.size() - truePositives;
    int falseNegatives = truth.size() - truePositives;
    if (falsePositives == 0 && falseNegatives == 0) {
      return new PrecisionRecall(1, 1);
    }
    if (truePositives == 0) {
      return new PrecisionRecall(0, 0);
    }
    return new PrecisionRecall(
        (double) truePositives / found.size(), (double) truePositives / truth.size());
  }

  static String normalize(String value) {
    return value == null ? "" : SPACES.matcher(value).replaceAll(" ").strip();
  }

  static boolean exact(String expected, String actual) {
    return normalize(expected).equals(normalize(actual));
  }

  /** Token F1 over the multisets of lower-cased tokens. */
  static double tokenF1(String expected, String actual) {
    List<String> truth = lower(tokens(expected));
    List<String> found = lower(tokens(actual));
    if (truth.isEmpty() && found.isEmpty()) {
      return 1;
    }
    List<String> remaining = new ArrayList<>(truth);
    int common = 0;
    for (String token : found) {
      if (remaining.remove(token)) {
        common++;
      }
    }
    if (common == 0) {
      return 0;
    }
    return PrecisionRecall.f1((double) common / found.size(), (double) common / truth.size());
  }

  private static List<String> lower(List<String> tokens) {
    return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT)).toList();
  }
}
