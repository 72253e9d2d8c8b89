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
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\d][\\p{L}\\d’'-]*");
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
    Matcher words = WORD.matcher(text);
    boolean first = true;
    while (words.find()) {
      String word = words.group();
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
    return QUOTED.matcher(outsideAQuoteBegunBefore(text)).replaceAll(" ");
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
    Matcher words = WORD.matcher(own);
    boolean first = true;
    while (words.find()) {
      String word = words.group();
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
}
