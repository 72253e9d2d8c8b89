package org.newsdigest.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether quoted words are a quote: a clause or more ("We will rebuild the town", "we can never
 * hold workers hostage again"), not a fragment a writer quoted inside a sentence of their own
 * ("will put women in the driver's seat", "a consummate entertainer"), nor a title or a name in
 * quotes ("Take Me Out to the Ball Game"), nor the writer's own words caught between two quotes
 * (", the comedian said on her Twitter feed", "A gunman shot three people ..., police said.").
 */
final class QuoteShape {
  private static final Set<String> CLAUSE_OPENERS = CueWords.section("quote clause openers");
  private static final Set<String> DETERMINERS = CueWords.section("quote determiners");
  private static final Set<String> FINITE_VERBS = CueWords.section("finite verbs");
  private static final Pattern WORD = Pattern.compile("[\\p{L}’'][\\p{L}’'-]*");
  private static final Pattern LEADING = Pattern.compile("^[\\s“”\"'‘’(\\[….]+");
  /**
   * A writer's attribution inside the quoted words (", police said.", ", she wrote in a letter"):
   * the quotes caught the article's own prose, which tells who said what, between them.
   */
  private static final Pattern ATTRIBUTION_INSIDE =
      Pattern.compile(",\\s*(?:[\\p{L}.’'-]+\\s+){0,5}?(?:said|says|wrote|writes)\\b");
  /** Words this long or longer count for title case: "Take Me Out to the Ball Game". */
  private static final int TITLE_WORD = 4;

  private QuoteShape() {}

  static boolean isClause(String quoted) {
    String text = LEADING.matcher(quoted).replaceFirst("");
    if (text.isEmpty() || !Character.isLetterOrDigit(text.codePointAt(0))) {
      return false;
    }
    if (ATTRIBUTION_INSIDE.matcher(text).find()) {
      return false;
    }
    List<String> words = WORD.matcher(text).results().map(m -> m.group()).toList();
    if (words.isEmpty()) {
      return true; // digits only: not for this test to judge
    }
    if (isTitle(words)) {
      return false;
    }
    if (!Character.isLowerCase(text.codePointAt(0))) {
      return true;
    }
    String first = normal(words.get(0));
    if (CLAUSE_OPENERS.contains(first)) {
      return true;
    }
    return DETERMINERS.contains(first)
        && words.stream().skip(1).anyMatch(w -> FINITE_VERBS.contains(normal(w)));
  }

  /** Three or more long words, every one capitalised: a title or a name. */
  private static boolean isTitle(List<String> words) {
    List<String> longWords = words.stream().filter(w -> w.length() >= TITLE_WORD).toList();
    return longWords.size() >= 3 && longWords.stream().allMatch(w -> Character.isUpperCase(w.codePointAt(0)))
        && words.stream().noneMatch(w -> FINITE_VERBS.contains(normal(w)));
  }

  private static String normal(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
