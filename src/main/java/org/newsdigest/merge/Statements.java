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
   * A sentence opening a quote, or closing one it did not open, that no one is said to have
   * said: "“ I ’ m feeling mad inside.", "We're trying not to talk about specifics.”"
   */
  private static boolean isQuoteFragment(String text) {
    if (ATTRIBUTED.matcher(text).find()) {
      return false;
    }
    boolean opensStraight = text.startsWith("\"");
    return text.startsWith("“") || opensStraight
        || count(text, '”') > count(text, '“') + (opensStraight ? 1 : 0);
  }

  private static int count(String text, char c) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      n += text.charAt(i) == c ? 1 : 0;
    }
    return n;
  }
}
