package org.newsdigest.merge;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.text.WordLists;

/**
 * Whether a sentence only one source has is worth showing as what only that source reports: a
 * statement of fact, which counts something, names someone or something, or reports what
 * happened ("Two women were pronounced dead at the scene", "Protesters have occupied the City
 * Hall of Naoussa"), not the writer's commentary ("Despite the turnout, prospects for a
 * breakthrough remain uncertain", "The race for Teixeira seems to be in the final furlong") nor
 * a piece of a quote torn from its speaker, which belongs with the quotes.
 */
final class Statements {
  private static final Map<String, Set<String>> WORDS =
      WordLists.sections(Statements.class, "statement-words.txt");
  private static final Set<String> OPINION = WORDS.get("opinion markers");
  private static final Set<String> NUMBERS = WORDS.get("number words");
  private static final Set<String> WRITER = WORDS.get("the writer's own voice");
  private static final Set<String> SPECULATION = WORDS.get("speculation");
  private static final Set<String> REPORTING = WORDS.get("reporting words");
  /** A quoted passage, or a quote left open to the end of the sentence. */
  private static final Pattern QUOTED = Pattern.compile("[“\"][^”“\"]*(?:[”\"]|$)");
  private static final Pattern ATTRIBUTED =
      Pattern.compile("[”“\"]\\s*,?\\s*(?:\\S+\\s+){0,4}?(?:said|says|told|added|wrote|tweeted|asked)\\b");

  private Statements() {}

  /**
   * @param sentence the sentence as the article has it
   * @param names the names and aliases of the entities its article names
   */
  static boolean isStatementOfFact(String sentence, Collection<String> names) {
    String text = sentence.strip();
    if (text.isEmpty() || isQuoteFragment(text)) {
      return false;
    }
    if (isCommentary(text)) {
      return false;
    }
    boolean named = false;
    boolean counted = false;
    Words words = new Words(text);
    boolean first = true;
    while (words.next()) {
      String word = words.word();
      String lower = word.toLowerCase(Locale.ROOT);
      if (OPINION.contains(lower)) {
        return false;
      }
      counted |= Character.isDigit(word.charAt(0)) || NUMBERS.contains(lower);
      // A capitalised word inside the sentence is a name the recogniser may have missed.
      named |= !first && Character.isUpperCase(word.codePointAt(0)) && !word.equals("I");
      first = false;
    }
    for (String name : names) {
      named |= name.length() > 1 && text.contains(name);
    }
    return counted || named;
  }

  /**
   * True when the sentence outside its quotes speaks as the writer ("I was appalled", "have our
   * deep sympathy", "Leave your thoughts below", "is never in bad taste!"). A speaker's "we"
   * inside a quote is reporting.
   */
  static boolean inWritersVoice(String text) {
    return writersVoice(ownWords(text), false);
  }

  /**
   * True when the sentence is in the writer's voice ({@link #inWritersVoice}) or guesses without
   * saying whose guess it is ("it could complicate the schedule", "the attorney might request a
   * jury trial"). A guess someone is reported to make ("Lyons warned he could have family
   * nearby") is reporting.
   */
  private static boolean isCommentary(String text) {
    return writersVoice(ownWords(text), true);
  }

  /** The sentence without what it quotes. */
  private static String ownWords(String text) {
    if (!hasQuoteMarks(text)) {
      return text; // what the two patterns below would leave, without running them
    }
    return QUOTED.matcher(outsideAQuoteBegunBefore(text)).replaceAll(" ");
  }

  /**
   * Whether the text holds a quotation mark that {@link #QUOTED} and {@link #ATTRIBUTED} start
   * at; most sentences hold none, and these checks run on every sentence of every event.
   */
  private static boolean hasQuoteMarks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '“' || c == '”') {
        return true;
      }
    }
    return false;
  }

  private static boolean writersVoice(String own, boolean orGuess) {
    // the writer exclaiming or asking the reader, not a quote doing so (a "?" inside a
    // sentence is as often a character the page's encoding lost)
    String ending = own.strip();
    if (ending.endsWith("!") || ending.endsWith("?")) {
      return true;
    }
    boolean speculates = false;
    boolean reports = false;
    Words words = new Words(own);
    boolean first = true;
    while (words.next()) {
      String word = words.word();
      String lower = word.toLowerCase(Locale.ROOT);
      // The pronouns in lower case, or capitalised where they open the sentence: "US" is a
      // country, "Us Weekly" a name, the I of "D-R.I." an initial.
      boolean asPronoun = word.equals(lower)
          || first && word.length() > 1 && word.substring(1).equals(lower.substring(1));
      boolean pronounI = word.equals("I")
          && (words.start() == 0 || Character.isWhitespace(own.charAt(words.start() - 1)));
      if (pronounI || asPronoun && WRITER.contains(lower)) {
        return true;
      }
      speculates |= SPECULATION.contains(lower);
      reports |= REPORTING.contains(lower);
      first = false;
    }
    return orGuess && speculates && !reports;
  }

  /**
   * The sentence from where a quote that began in the sentence before ends: "My husband rushed
   * off, \" said Sara Sadeqi" is the speaker's "my", and so is "we must rise,” she tweeted".
   */
  private static String outsideAQuoteBegunBefore(String text) {
    Matcher attributed = ATTRIBUTED.matcher(text);
    if (attributed.find()) {
      return text.substring(attributed.start());
    }
    int closes = text.indexOf('”');
    int opens = text.indexOf('“');
    return closes >= 0 && (opens < 0 || opens > closes) ? text.substring(closes + 1) : text;
  }

  /**
   * A sentence opening a quote, or closing one it did not open, that no one is said to have
   * said: "“ I ’ m feeling mad inside.", "We're trying not to talk about specifics.”"
   */
  static boolean isQuoteFragment(String text) {
    if (!hasQuoteMarks(text)) {
      return false; // neither opens, closes nor attributes a quote
    }
    if (ATTRIBUTED.matcher(text).find()) {
      return false;
    }
    boolean opensStraight = text.startsWith("\"");
    return text.startsWith("“") || opensStraight
        || count(text, '”') > count(text, '“') + (opensStraight ? 1 : 0)
        || closesStraight(text);
  }

  /**
   * True when the sentence's straight quotes are odd in number and the first one closes a quote
   * (it follows a word or a stop, not a space): "We've got work to do."
   */
  private static boolean closesStraight(String text) {
    int first = text.indexOf('"');
    return first > 0 && count(text, '"') % 2 == 1 && !Character.isWhitespace(text.charAt(first - 1));
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == c ? 1 : 0;
    }
    return n;
  }

  /**
   * The words of a text, as the pattern {@code [\p{L}\d][\p{L}\d’'-]*} finds them: a letter or
   * an ASCII digit, then letters, digits, apostrophes and hyphens. Written out rather than
   * matched: it runs on every sentence of every event in every build.
   */
  static final class Words {
    private final String text;
    private int end;
    private int start = -1;

    Words(String text) {
      this.text = text;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
      int i = end;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (starts(c)) {
          start = i;
          i += Character.charCount(c);
          while (i < text.length()) {
            int d = text.codePointAt(i);
            if (!starts(d) && d != '’' && d != '\'' && d != '-') {
              break;
            }
            i += Character.charCount(d);
          }
          end = i;
          return true;
        }
        i += Character.charCount(c);
      }
      end = i;
      return false;
    }

    String word() {
      return text.substring(start, end);
    }

    /** Where the current word starts in the text. */
    int start() {
      return start;
    }

    private static boolean starts(int c) {
      return Character.isLetter(c) || c >= '0' && c <= '9';
    }
  }
}
