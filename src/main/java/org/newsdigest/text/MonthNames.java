package org.newsdigest.text;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month and weekday names of the languages whose pages the readers date: English, German, French,
 * Spanish, Italian, Dutch, Portuguese and Polish, full and short, as written inside a date and
 * standing alone ("czerwca" and "czerwiec"). They come from the JDK's locale data, so no list is
 * kept here; a month name two languages give different months is left out, and a word that is
 * a month in one language and a weekday in another ("mar") is the month. Names are looked up in lower case without a trailing dot.
 */
public final class MonthNames {
  private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH,
      Locale.forLanguageTag("es"), Locale.ITALIAN, Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"),
      Locale.forLanguageTag("pl"));
  private static final List<TextStyle> STYLES = List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE,
      TextStyle.SHORT, TextStyle.SHORT_STANDALONE);
  private static final Map<String, Month> MONTHS;
  private static final Set<String> WEEKDAYS;

  static {
    Map<String, Month> months = new HashMap<>();
    Set<String> weekdays = new HashSet<>();
    Set<String> clashing = new HashSet<>();
    for (Locale language : LANGUAGES) {
      for (TextStyle style : STYLES) {
        for (Month month : Month.values()) {
          String name = normal(month.getDisplayName(style, language));
          if (name.length() >= 3 && name.chars().allMatch(Character::isLetter)) {
            Month known = months.putIfAbsent(name, month);
            if (known != null && known != month) {
              clashing.add(name);
            }
          }
        }
        for (DayOfWeek day : DayOfWeek.values()) {
          String name = normal(day.getDisplayName(style, language));
          if (name.length() >= 2 && name.chars().allMatch(Character::isLetter)) {
            weekdays.add(name);
          }
        }
      }
    }
    clashing.forEach(months::remove);
    // "mar" is March in four languages and a Tuesday in one: where a word is both, dates read it
    // as the month
    weekdays.removeAll(months.keySet());
    MONTHS = Map.copyOf(months);
    WEEKDAYS = Set.copyOf(weekdays);
  }

  private MonthNames() {}

  /** The month a name gives ("juni", "juin", "czerwca", "sept"), or null. */
  public static Month month(String name) {
    return MONTHS.get(normal(name));
  }

  /** True when the word names a weekday in one of the languages ("jeudi", "Sonntag", "mar"). */
  public static boolean isWeekday(String name) {
    return WEEKDAYS.contains(normal(name));
  }

  private static String normal(String name) {
    String lower = name.toLowerCase(Locale.ROOT).strip();
    return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
  }
}
