package org.newsdigest.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Fact;

/**
 * Numbers with what they count: "approximately 35 countries", "27 heads of state", "20% of
 * Ukraine", "$5 billion", "three people". Years, dates, clock times, ordinals, scores, ages and
 * numbers that are part of a name are not facts.
 */
final class FactFinder {

  private static final String QUALIFIER =
      "(?<qual>approximately|about|around|roughly|some|an estimated|estimated|nearly|almost|close to"
          + "|more than|over|just over|upwards of|at least|up to|as many as|fewer than|less than"
          + "|under|just under)";
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?<![\\p{L}\\d.,:/\\-$€£])(?:" + QUALIFIER + "\\s+)?"
              + "(?<cur>[$€£])?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|"
              + NumberWords.PATTERN + ")"
              + "(?:\\s?(?<scale>dozen|hundred|thousand|million|billion|trillion|bn)\\b)?"
              + "(?<pct>\\s?%|\\s(?:percent|per cent)\\b)?"
              + "(?![\\d:/]|\\.\\d|,\\d|-\\p{L}|-\\d|\\p{L})",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern UNIT =
      Pattern.compile("^\\s(?:(?<adj>[\\p{L}\\-]+)\\s)?(?<noun>\\p{Ll}+)");
  private static final Pattern MEASURED = Pattern.compile("^\\s(of\\s\\p{Ll}+)");
  private static final Pattern PERCENT_OF = Pattern.compile("^\\s(?:of\\s(?:the\\s)?[\\p{L}’'\\-]+)");
  private static final Pattern TIME_AFTER =
      Pattern.compile("^\\s?(?:a\\.\\s?m\\.|p\\.\\s?m\\.|am\\b|pm\\b|gmt\\b|bst\\b|utc\\b|o'clock|hours?\\sgmt)",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, String> QUALIFIERS =
      Map.ofEntries(
          Map.entry("approximately", "approximately"), Map.entry("about", "approximately"),
          Map.entry("around", "approximately"), Map.entry("roughly", "approximately"),
          Map.entry("some", "approximately"), Map.entry("an estimated", "approximately"),
          Map.entry("estimated", "approximately"), Map.entry("nearly", "nearly"),
          Map.entry("almost", "nearly"), Map.entry("close to", "nearly"),
          Map.entry("just under", "nearly"), Map.entry("more than", "more than"),
          Map.entry("over", "more than"), Map.entry("just over", "more than"),
          Map.entry("upwards of", "more than"), Map.entry("at least", "at least"),
          Map.entry("up to", "up to"), Map.entry("as many as", "up to"),
          Map.entry("fewer than", "fewer than"), Map.entry("less than", "fewer than"),
          Map.entry("under", "fewer than"));

  /**
   * A negation a few words before a bound turns it round: "never hit fewer than 26 homers" is at
   * least 26, "no more than 30 people" up to 30.
   */
  private static final Pattern NEGATED =
      Pattern.compile("(?i)(?:\\bnot|\\bnever|\\bno|n't)\\b(?:\\s+\\S+){0,2}\\s*$");
  private static final Map<String, String> NEGATED_BOUNDS =
      Map.of("fewer than", "at least", "more than", "up to");

  /** Nouns that measure something else: "heads of state", "tons of food". */
  private static final Set<String> MEASURE_NOUNS = CueWords.section("fact finder measure nouns");

  private static final Set<String> NOT_UNITS = CueWords.section("fact finder not units");

  private static final Set<String> IRREGULAR_PLURALS = CueWords.section("fact finder irregular plurals");

  /**
   * Every number {@link #NUMBER} can match is digits or a number word, and every number word
   * holds one of these: a sentence with neither cannot hold a fact, and most have neither.
   */
  private static final List<String> NUMBER_WORD_PARTS =
      List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "teen", "twenty", "thirty", "forty", "fifty", "dozen", "hundred", "thousand");
  private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d{2}");

  List<Fact> find(String sentence, int block) {
    List<Fact> facts = new ArrayList<>();
    if (!mayHoldNumber(sentence)) {
      return facts;
    }
    Matcher m = NUMBER.matcher(sentence);
    while (m.find()) {
      String num = m.group("num");
      if (Character.isLetter(num.charAt(0)) && !num.equals(num.toLowerCase(Locale.ROOT))
          && m.start("num") != 0) {
        continue; // "One Direction": a capitalised number word inside a sentence is a name
      }
      if (isExcluded(sentence, m)) {
        continue;
      }
      BigDecimal value = NumberWords.value(num);
      if (value == null) {
        continue;
      }
      value = value.multiply(NumberWords.scale(m.group("scale")));
      String rest = sentence.substring(m.end());
      String unit;
      int end = m.end();
      if (m.group("pct") != null) {
        unit = "percent";
        Matcher of = PERCENT_OF.matcher(rest);
        if (of.find()) {
          end += of.end();
        }
      } else if (m.group("cur") != null) {
        unit = switch (m.group("cur")) {
          case "$" -> "dollars";
          case "€" -> "euros";
          default -> "pounds";
        };
      } else if (rest.startsWith(" - ") || rest.startsWith(" -")) {
        continue; // "five - boat", a compound modifier split by a tokeniser
      } else {
        Matcher u = UNIT.matcher(rest);
        if (!u.find()) {
          continue;
        }
        String adj = u.group("adj");
        String noun = u.group("noun");
        int unitEnd = u.end("noun");
        if (adj != null && isCountNoun(adj.toLowerCase(Locale.ROOT))) {
          noun = adj.toLowerCase(Locale.ROOT); // "35 countries took part": the first word is the noun
          unitEnd = u.end("adj");
        } else if (adj != null && Character.isLowerCase(adj.charAt(0)) && NOT_UNITS.contains(adj)) {
          continue;
        }
        if (adj != null && unitEnd == u.end("noun") && Character.isLowerCase(adj.charAt(0))
            && !isCountNoun(noun) && !NOT_UNITS.contains(adj)) {
          noun = plural(adj); // "nine acre site": the measure is the first word
          unitEnd = u.end("adj");
        }
        Matcher of = MEASURED.matcher(rest.substring(unitEnd));
        if (MEASURE_NOUNS.contains(noun) && of.find()) {
          noun = noun + " " + of.group(1);
          unitEnd += of.end();
        }
        if (NOT_UNITS.contains(noun.split(" ")[0]) || noun.endsWith("ly")) {
          continue;
        }
        unit = value.compareTo(BigDecimal.ONE) == 0 ? plural(noun) : noun;
        end += unitEnd;
      }
      String qualifier = m.group("qual") == null ? null
          : QUALIFIERS.get(m.group("qual").toLowerCase(Locale.ROOT));
      if (qualifier == null && NumberWords.isVague(num)) {
        qualifier = "more than";
      }
      // Three words before the bound are enough to find its negation; no need to scan the rest.
      if (qualifier != null
          && NEGATED.matcher(sentence.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        qualifier = NEGATED_BOUNDS.getOrDefault(qualifier, qualifier);
      }
      String wording = sentence.substring(m.start(), end).strip();
      facts.add(new Fact(value.stripTrailingZeros().scale() < 0
          ? value.setScale(0) : value.stripTrailingZeros(), unit, qualifier, wording, sentence, block));
    }
    return facts;
  }

  private static boolean mayHoldNumber(String sentence) {
    StringBuilder lower = new StringBuilder(sentence.length());
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c >= '0' && c <= '9') {
        return true;
      }
      // NUMBER folds ASCII case only (no UNICODE_CASE), so an ASCII fold is exact here
      lower.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    String text = lower.toString();
    for (String part : NUMBER_WORD_PARTS) {
      if (text.contains(part)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCountNoun(String word) {
    return IRREGULAR_PLURALS.contains(word)
        || (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 3
            && !NOT_UNITS.contains(word));
  }

  private static boolean isExcluded(String sentence, Matcher m) {
    String num = m.group("num");
    String digits = num.replace(",", "");
    if (m.group("cur") == null && m.group("pct") == null && YEAR.matcher(digits).matches()
        && !num.contains(",")) {
      return true; // a year
    }
    String before = sentence.substring(0, m.start("num")).stripTrailing();
    String after = sentence.substring(m.end());
    int lastSpace = before.lastIndexOf(' ');
    String previous = letters(before, lastSpace + 1);
    if (!previous.isEmpty() && Lexicon.isMonthOrWeekday(previous)) {
      return true; // "January 6"
    }
    String next = nextWordLetters(after);
    if (!next.isEmpty() && EnglishCalendar.month(next.toLowerCase(Locale.ROOT)) != null) {
      return true; // "6 January"
    }
    if (TIME_AFTER.matcher(after).lookingAt()) {
      return true;
    }
    if (m.group("qual") == null && !previous.isEmpty() && Character.isUpperCase(previous.charAt(0))
        && lastSpace >= 0 && Character.isDigit(num.charAt(0))) {
      return true; // "Boeing 737", "Route 66": a number inside a name
    }
    return before.endsWith("No.") || before.endsWith("#") || after.startsWith("-year-old");
  }

  /** The letters ({@code \p{L}}) of {@code text} from {@code from} on, all else dropped. */
  private static String letters(String text, int from) {
    StringBuilder kept = new StringBuilder(text.length() - from);
    for (int i = from; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)) {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return kept.toString();
  }

  /**
   * The letters of the first word of {@code after}: leading whitespace skipped, the word ending
   * at a regex {@code \s} or one of {@code ,.;:}. Written out because the split and replace it
   * stands for ran on the whole rest of the sentence for every number.
   */
  private static String nextWordLetters(String after) {
    int i = 0;
    while (i < after.length() && Character.isWhitespace(after.codePointAt(i))) {
      i += Character.charCount(after.codePointAt(i));
    }
    StringBuilder kept = new StringBuilder();
    while (i < after.length()) {
      char c = after.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r'
          || c == ',' || c == '.' || c == ';' || c == ':') {
        break;
      }
      int cp = after.codePointAt(i);
      if (Character.isLetter(cp)) {
        kept.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return kept.toString();
  }

  private static String plural(String noun) {
    if (noun.contains(" ")) {
      return noun;
    }
    return switch (noun) {
      case "person" -> "people";
      case "man" -> "men";
      case "woman" -> "women";
      case "child" -> "children";
      default -> noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey")
          ? noun.substring(0, noun.length() - 1) + "ies"
          : noun.matches(".*(s|x|ch|sh)") ? noun + "es" : noun + "s";
    };
  }
}
