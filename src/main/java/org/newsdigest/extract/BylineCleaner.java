package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.text.MonthNames;

/**
 * Turns a byline as a page printed it into the author names: web pages glue the date, a job
 * title, a link or a menu to the name ("GILLIAN MOHNEY March 11, 2015 3:46 PM", "Jane Doe |
 * Reporter", "Ben Silverman Games Editor"). Academic credentials stay ("Brenda Goodman, MA"),
 * and lists stay as written ("Jane Doe and John Roe"). A line with no name left is null.
 */
final class BylineCleaner {

  /** Any run of white space, no-break spaces included ("Williams Perdomo&nbsp;@wperdomod"). */
  private static final Pattern SPACES = Pattern.compile("(?U)\\s+");
  /** Quotation marks around the whole line: "'Luana Patriolino, Raphael Felice'". */
  private static final Pattern ENCLOSING_QUOTES = Pattern.compile("^['\"‘’“”«»„](.+)['\"‘’“”«»]$");
  /**
   * A publication stamp and its date before the credit, in the readers' languages: "Veröffentlicht
   * am 8. Februar 2022 von PETA-Team", "Published on March 3, 2024 by Jane Doe".
   */
  private static final Pattern LEADING_STAMP_AND_BY = Pattern.compile(
      "^(?iu:published|posted|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|opublikowano)\\b.{0,60}?"
          + "\\s(?iu:by|von|par|por|di|door|przez)\\s+");
  /**
   * How long ago or how long to read, glued after the names in the readers' languages: "Hace 13
   * horas", "vor 2 Stunden", "il y a 3 heures", "Tiempo de lectura: 8 minutos", "5 min read".
   */
  private static final Pattern TRAILING_AGE_OR_READING_TIME = Pattern.compile(
      "\\s+(?:(?iu:hace|vor|il y a|há|fa)\\s+\\d+\\s+\\p{L}+|(?iu:tiempo de lectura|lesezeit|temps de lecture"
          + "|reading time|tempo de leitura|tempo di lettura|leestijd|czas czytania)\\b|\\d+\\s*(?i:min)\\.?\\s+(?i:read)\\b).*$");
  /** A day, a month name in any of the readers' languages and a year after the name: ", 07 Dezember, 2022". */
  private static final Pattern TRAILING_NAMED_DATE =
      Pattern.compile("[,\\s]+\\d{1,2}\\.?\\s+(\\p{L}{3,12})\\.?,?\\s+\\d{4}\\b.*$");
  /**
   * "By" and its word in the other languages whose pages the readers date ("Von", "Par", "Por",
   * "Di", "Door", "Przez"), with a line that is only that word.
   */
  private static final Pattern LEADING_BY = Pattern.compile(
      "^(?i:(?:written|posted|story|words|reported|text)\\s+)?(?i:by|von|par|por|di|door|przez)(?:\\s+|[:]\\s*|$)");
  /**
   * A label before the name: "Autor: przepisy.pl", "Text und Interview: Harald Willenbrock",
   * "About the Author - Florina Ionescu".
   */
  private static final Pattern LEADING_LABEL = Pattern.compile(
      "^(?iu:autor(?:in)?|auteur|autore|author|text(?:\\s+und\\s+\\p{L}+)?|texto|testo|tekst"
          + "|about the author)\\s*[:\\-–]\\s*");
  /** A social handle or a dangling "on" after the name: "Williams Perdomo @wperdomod", "Jörn Mecher am". */
  private static final Pattern TRAILING_HANDLE_OR_ON =
      Pattern.compile("(?:\\s+@\\w+|\\s+(?:am|le|el|il|op|on))+$");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:|•·–—\\-]+$");
  /** Links and addresses are contact details, not part of a name. */
  private static final Pattern LINKS =
      Pattern.compile("\\(?\\s*(?:https?://|www\\.|mailto:)\\S*\\s*\\)?|\\(?\\s*\\S+@\\S+\\.\\S+\\s*\\)?");
  /** Where a second credit starts: "Rob Ewaschuk Edited by Betsy Beyer". */
  private static final Pattern OTHER_CREDIT =
      Pattern.compile("\\s+(?i:edited|photos?|photographs|illustrations?|additional reporting|"
          + "updated|published|posted|last updated)(?:\\s+by|\\s*:|\\s+on|\\s+at)?\\s.*$|"
          + "\\s+(?i:updated|published|posted):?$");
  /**
   * A date or time glued after the name: a month or weekday name (or a digit run) that opens a
   * date, a clock time, or a short relative age after a bullet ("• 8h").
   */
  private static final Pattern TRAILING_DATE =
      Pattern.compile(
          "\\s*(?:[•·@|,–—-]\\s*)?(?:"
              + "(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?"
              + "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?\\s+\\d{1,2}\\b"
              + "|(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\\b,"
              + "|\\d{1,2}\\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{2,4}"
              + "|\\d{1,4}[/.\\-]\\d{1,2}[/.\\-]\\d{1,4}"
              + "|\\d{1,2}:\\d{2}"
              + "|\\d+\\s*(?:s|m|min|mins|h|hr|hrs|d|w|y)\\b(?:\\s+ago)?"
              + ").*$");
  /** Separators after which page furniture follows the name: "Jane Doe | Reporter". */
  private static final Pattern FURNITURE_SEPARATOR = Pattern.compile("\\s*[|•·]\\s*");
  /** Words of site navigation and sharing widgets, never an author. */
  private static final Set<String> UI_WORDS =
      Set.of("sign in", "sign up", "log in", "login", "subscribe", "follow", "menu", "share",
          "follow author", "comments", "print", "email");
  /** Job nouns written before a name in German and other languages: "Redakteurin Anna Berg". */
  private static final Set<String> JOB_BEFORE_NAME = CueWords.section("byline job before a name");
  /** Nouns of a job title after a name: "Staff Writer", "Games Editor". */
  private static final Set<String> TITLE_WORDS = CueWords.section("byline cleaner title words");
  /**
   * Job nouns that end a title run on after a name without a comma ("Ben Silverman Games
   * Editor"); narrower than {@link #TITLE_WORDS}, since "News" may end an outlet's name.
   */
  private static final Set<String> TITLE_HEADS =
      Set.of("writer", "reporter", "editor", "correspondent", "columnist", "contributor",
          "producer", "journalist", "critic", "blogger", "photographer");
  /** A publication stamp that opens the line instead of a name: "Last Updated: January 7, 2025". */
  private static final Pattern LEADING_STAMP =
      Pattern.compile("^(?i:(?:last\\s+)?(?:updated|published|posted|modified))\\b:?\\s*");
  private static final Pattern GLUED_DIGIT = Pattern.compile("(?<=\\p{Ll})\\d");
  private static final Pattern NAME_PARTICLE =
      Pattern.compile("(?:[A-Z]\\.|de|da|del|der|van|von|di|du|la|le|bin|al|[A-Z][\\p{L}'’\\-]*)");

  /** The author names in {@code raw}, or null when none is left. */
  String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String b = SPACES.matcher(raw).replaceAll(" ").strip();
    Matcher quoted = ENCLOSING_QUOTES.matcher(b);
    b = quoted.matches() ? quoted.group(1).strip() : b;
    b = LINKS.matcher(b).replaceAll(" ").strip();
    b = LEADING_STAMP_AND_BY.matcher(b).replaceFirst("").strip();
    b = LEADING_LABEL.matcher(b).replaceFirst("").strip();
    b = LEADING_BY.matcher(b).replaceFirst("").strip();
    b = withoutLeadingJobTitle(b);
    b = LEADING_STAMP.matcher(b).replaceFirst("").strip();
    b = OTHER_CREDIT.matcher(b).replaceFirst("").strip();
    b = firstFurnitureSegment(b);
    if (b == null) {
      return null;
    }
    b = TRAILING_AGE_OR_READING_TIME.matcher(b).replaceFirst("").strip();
    b = withoutDate(b);
    b = TRAILING_HANDLE_OR_ON.matcher(withoutTrailingPunctuation(b)).replaceFirst("").strip();
    b = withoutJobTitle(b);
    b = withoutTrailingPunctuation(b);
    if (b.isEmpty() || isInterface(b) || b.chars().noneMatch(Character::isLetter)) {
      return null;
    }
    return unshouted(b);
  }

  private static String withoutTrailingPunctuation(String b) {
    return TRAILING_PUNCTUATION.matcher(b).replaceFirst("").strip();
  }

  /**
   * A job title before the name, as German and other languages write it ("FOCUS-Online-Experte
   * Robin Tschöpe", "Redakteurin Anna Berg", "journaliste Marie Dupont"): a first word that is,
   * or whose last hyphenated part is, a job noun, followed by more words.
   */
  private static String withoutLeadingJobTitle(String b) {
    int space = b.indexOf(' ');
    if (space <= 0) {
      return b;
    }
    String first = b.substring(0, space);
    String last = first.substring(first.lastIndexOf('-') + 1).toLowerCase(Locale.ROOT);
    return JOB_BEFORE_NAME.contains(last) ? b.substring(space + 1).strip() : b;
  }

  /** "Jane Doe | Reporter" → "Jane Doe"; a menu of many items is no byline at all. */
  private static String firstFurnitureSegment(String b) {
    String[] parts = FURNITURE_SEPARATOR.split(b, -1);
    if (parts.length == 1) {
      return b;
    }
    long interfaceParts = java.util.Arrays.stream(parts).filter(BylineCleaner::isInterface).count();
    if (interfaceParts > 0 && parts.length >= 3 || isInterface(parts[0])) {
      return null;
    }
    return parts[0].strip();
  }

  private static String withoutDate(String b) {
    Matcher named = TRAILING_NAMED_DATE.matcher(b);
    if (named.find() && named.start() > 0 && MonthNames.month(named.group(1)) != null) {
      b = b.substring(0, named.start()).strip();
    }
    // a digit glued to the name ("Lucas Nolan22 Dec 2016") starts the date too
    Matcher glued = GLUED_DIGIT.matcher(b);
    if (glued.find()) {
      b = b.substring(0, glued.start());
    }
    Matcher date = TRAILING_DATE.matcher(b);
    while (date.find()) {
      if (date.start() == 0 || Character.isWhitespace(b.charAt(date.start() - 1))
          || date.start() > 0 && !Character.isLetterOrDigit(b.charAt(date.start()))) {
        return b.substring(0, date.start()).strip();
      }
    }
    return b;
  }

  /**
   * "Jane Doe, Staff Writer" → "Jane Doe"; "Ben Silverman Games Editor" → "Ben Silverman";
   * "Brenda Goodman, MA" stays, and so does a list "Stella Kim, Jennifer Jett".
   */
  private static String withoutJobTitle(String b) {
    String[] parts = b.split(",\\s*");
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].strip();
      if (part.isEmpty()) {
        continue;
      }
      if (i > 0 && isJobTitle(part)) {
        break; // what follows a job title is more of the title: "Staff Writer, Politics"
      }
      // credentials ("MA", "PhD") and further names of a list are kept as written
      kept.add(withoutTitleTail(part));
    }
    return String.join(", ", kept);
  }

  /** A name run on into its title without a comma: keep the name words before the title. */
  private static String withoutTitleTail(String part) {
    String[] words = part.split(" ");
    int last = words.length - 1;
    if (words.length < 3 || !TITLE_HEADS.contains(words[last].toLowerCase(Locale.ROOT))
        || part.contains(" and ")) {
      return part;
    }
    // the name: a given name, optional initials or particles, and a surname (two to three words)
    int end = 2;
    while (end < words.length - 1 && words[end - 1].matches("[A-Z]\\.|[a-z]{1,3}")) {
      end++;
    }
    for (int i = 0; i < end; i++) {
      if (!NAME_PARTICLE.matcher(words[i]).matches()) {
        return part;
      }
    }
    return String.join(" ", java.util.Arrays.asList(words).subList(0, end));
  }

  private static boolean isJobTitle(String part) {
    for (String w : part.toLowerCase(Locale.ROOT).split("[\\s\\-]+")) {
      if (TITLE_WORDS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isInterface(String part) {
    String p = part.strip().toLowerCase(Locale.ROOT);
    return UI_WORDS.contains(p) || UI_WORDS.stream().anyMatch(w -> p.startsWith(w + " "))
        && p.split(" ").length > 4;
  }

  /** "GILLIAN MOHNEY" → "Gillian Mohney": all capitals are the page's style, not the name's. */
  private static String unshouted(String b) {
    int comma = b.indexOf(',');
    String name = comma < 0 ? b : b.substring(0, comma);
    String rest = comma < 0 ? "" : b.substring(comma);
    boolean shouting = name.chars().anyMatch(Character::isLetter)
        && name.equals(name.toUpperCase(Locale.ROOT)) && !name.equals(name.toLowerCase(Locale.ROOT))
        && name.strip().contains(" ");
    if (!shouting) {
      return b;
    }
    StringBuilder out = new StringBuilder(b.length());
    for (String word : name.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(titleCaseWord(word));
    }
    return out + rest;
  }

  private static String titleCaseWord(String word) {
    if (word.equals("AND")) {
      return "and";
    }
    // an acronym has no vowel ("BBC", "CNN") and an initial is one letter: both stay
    if (word.length() <= 2 && word.endsWith(".") || !word.matches(".*[AEIOUYÀ-Ý].*")) {
      return word;
    }
    StringBuilder out = new StringBuilder(word.length());
    boolean start = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      out.append(start ? c : Character.toLowerCase(c));
      start = c == '-' || c == '\'' || c == '’' || c == '.';
    }
    return out.toString();
  }
}
