package org.newsdigest.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** English number words ("three", "twenty-five", "a dozen") and scale words ("million"). */
final class NumberWords {

  static final String PATTERN =
      "(?:a dozen|dozens|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
          + "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
          + "|seventy|eighty|ninety|a hundred|hundreds|a thousand|thousands)"
          + "(?:-(?:one|two|three|four|five|six|seven|eight|nine))?";

  private static final Map<String, Integer> VALUES =
      Map.ofEntries(
          Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
          Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
          Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
          Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
          Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
          Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
          Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
          Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
          Map.entry("ninety", 90), Map.entry("a dozen", 12), Map.entry("dozens", 24),
          Map.entry("a hundred", 100), Map.entry("hundreds", 200), Map.entry("a thousand", 1000),
          Map.entry("thousands", 2000));

  /** Compiled once: {@link #value} runs for every number of every sentence. */
  private static final Pattern DIGITS = Pattern.compile("[\\d,]+(?:\\.\\d+)?");

  private NumberWords() {}

  /** The value of digits ("1,000", "3.5") or number words ("twenty-five"); null if neither. */
  static BigDecimal value(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    if (DIGITS.matcher(t).matches()) {
      return new BigDecimal(t.replace(",", ""));
    }
    int total = 0;
    for (String part : t.split("-")) {
      Integer v = VALUES.get(part);
      if (v == null) {
        return null;
      }
      total += v;
    }
    return BigDecimal.valueOf(total);
  }

  /** True for the vague plurals ("dozens", "hundreds", "thousands") whose value is a floor. */
  static boolean isVague(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return t.equals("dozens") || t.equals("hundreds") || t.equals("thousands");
  }

  static BigDecimal scale(String word) {
    if (word == null) {
      return BigDecimal.ONE;
    }
    return switch (word.toLowerCase(Locale.ROOT)) {
      case "dozen" -> BigDecimal.valueOf(12);
      case "hundred" -> BigDecimal.valueOf(100);
      case "thousand" -> BigDecimal.valueOf(1_000);
      case "million", "m" -> BigDecimal.valueOf(1_000_000);
      case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
      case "trillion" -> BigDecimal.valueOf(1_000_000_000_000L);
      default -> BigDecimal.ONE;
    };
  }
}
