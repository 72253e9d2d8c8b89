package org.newsdigest.extract;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.Dateline;
import org.newsdigest.text.Gazetteer;

/**
 * Finds the wire dateline that opens a story: "Paris, January 06 (QNA) –", "PARIS (Reuters) -",
 * "WASHINGTON —", "LONDON, Jan 6 (Reuters) -". A mixed-case place needs a date or an agency to
 * count, so that an ordinary sentence with a dash is not mistaken for a dateline.
 */
final class DatelineParser {

  private static final String PLACE = "\\p{Lu}[\\p{L}.'’\\-]*(?: \\p{Lu}[\\p{L}.'’\\-]*){0,3}";
  private static final String MONTH_DAY =
      "(?<month>\\p{Lu}\\p{Ll}{2,8})\\.? (?<day>\\d{1,2})(?:st|nd|rd|th)?(?:,? (?<year>\\d{4}))?";
  private static final String DAY_MONTH =
      "(?<day2>\\d{1,2}) (?<month2>\\p{Lu}\\p{Ll}{2,8})\\.?(?: (?<year2>\\d{4}))?";
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?<place>" + PLACE + "(?: ?/ ?" + PLACE + ")?)"
              + "(?:, (?<region>" + PLACE + "))??"
              + "(?:,? (?:" + MONTH_DAY + "|" + DAY_MONTH + "))?"
              + "(?: ?\\((?<agency>[^()]{2,40})\\))?"
              + " ?(?<dash>[-–—]{1,2}(?= |$)|: )");

  /**
   * Shouted words that open headlines and page labels, not places: "BREAKING NEWS - 3 DEAD",
   * "UPDATE: ...", "EXCLUSIVE - ...".
   */
  private static final Set<String> LABEL_WORDS = CueWords.section("dateline parser label words");

  private final Gazetteer gazetteer;

  DatelineParser(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The dateline opening this paragraph, or null. */
  Dateline parse(String paragraph, LocalDate publication) {
    if (paragraph == null) {
      return null;
    }
    Matcher m = DATELINE.matcher(paragraph);
    if (!m.find()) {
      return null;
    }
    String written = m.group("place");
    String[] places = written.split(" ?/ ?");
    for (String p : places) {
      if (!readsAsPlace(p)) {
        return null;
      }
    }
    String place = places[0];
    String monthName = m.group("month") != null ? m.group("month") : m.group("month2");
    Integer month = monthName == null ? null : EnglishCalendar.month(monthName.toLowerCase(Locale.ROOT));
    if (monthName != null && month == null) {
      return null;
    }
    String agency = m.group("agency");
    boolean shouting = place.length() >= 3 && place.equals(place.toUpperCase(Locale.ROOT));
    boolean colon = m.group("dash").startsWith(":");
    if (colon && agency == null && !allKnown(places)) {
      return null;
    }
    if (month == null && agency == null && !shouting && !colon) {
      return null;
    }
    LocalDate date = month == null ? null : date(m, month, publication);
    String text = paragraph.substring(0, m.start("dash")).strip();
    return new Dateline(text, shouting ? titleCase(place) : place, date, agency == null ? null : agency.strip());
  }

  /**
   * A place name is capitalised words that are not function words, months or weekdays ("On",
   * "In", "A", "October", "Monday"), nor headline labels.
   */
  private boolean readsAsPlace(String place) {
    if (gazetteer.canonical(place) != null || gazetteer.canonical(titleCase(place)) != null) {
      return true; // "The Hague", "NEW YORK"
    }
    for (String word : place.split(" ")) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
          || Lexicon.NOT_NAMES.contains(Lexicon.stripDot(lower)) && !Lexicon.NAME_OPENERS.contains(lower)
          || Lexicon.isMonthOrWeekday(word) || LABEL_WORDS.contains(lower)) {
        return false;
      }
    }
    return true;
  }

  private boolean allKnown(String[] places) {
    for (String p : places) {
      String name = p.equals(p.toUpperCase(Locale.ROOT)) && p.length() > 3 ? titleCase(p) : p;
      if (gazetteer.canonical(name) == null) {
        return false;
      }
    }
    return true;
  }

  private static LocalDate date(Matcher m, int month, LocalDate publication) {
    String dayText = m.group("day") != null ? m.group("day") : m.group("day2");
    String yearText = m.group("year") != null ? m.group("year") : m.group("year2");
    int day = Integer.parseInt(dayText);
    if (yearText != null) {
      try {
        return LocalDate.of(Integer.parseInt(yearText), month, day);
      } catch (java.time.DateTimeException e) {
        return null;
      }
    }
    return publication == null ? null : EnglishCalendar.resolveYear(month, day, publication);
  }

  /** "NEW YORK" → "New York", "SAN JOSÉ" → "San José": wire datelines shout the place. */
  static String titleCase(String shouted) {
    StringBuilder out = new StringBuilder(shouted.length());
    boolean startOfWord = true;
    for (int i = 0; i < shouted.length(); i++) {
      char c = shouted.charAt(i);
      out.append(startOfWord ? c : Character.toLowerCase(c));
      startOfWord = c == ' ' || c == '-' || c == '.';
    }
    return out.toString();
  }
}
