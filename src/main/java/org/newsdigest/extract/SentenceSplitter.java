package org.newsdigest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences. A full stop ends a sentence only when the next word starts
 * a new one (capital, digit or opening quote) and the word before is not an abbreviation, an
 * initial or a dotted acronym; closing quotes and brackets after the stop stay with the sentence
 * they close.
 */
final class SentenceSplitter {

  /** Abbreviations that are followed by a capitalised word inside a sentence. */
  private static final Set<String> ABBREVIATIONS = CueWords.section("sentence splitter abbreviations");

  /** Words that almost always open a sentence, so a dotted acronym before them ends one. */
  private static final Set<String> SENTENCE_OPENERS = CueWords.section("sentence splitter sentence openers");

  private static final String CLOSERS = "\"”’')]»";
  private static final String OPENERS = "\"“‘'([«";

  List<TextSpan> split(String text) {
    List<TextSpan> sentences = new ArrayList<>();
    int start = skipSpace(text, 0);
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?' || c == '…') {
        int end = i + 1;
        while (end < text.length() && ".!?…".indexOf(text.charAt(end)) >= 0) {
          end++;
        }
        end = absorbClosers(text, end);
        int next = skipSpace(text, end);
        if (next == end && end < text.length()) {
          i = end;
          continue; // "3.5", "U.S.-led": no space, no break
        }
        if (next >= text.length() || (startsSentence(text, next) && !abbreviationBefore(text, i, next))) {
          add(sentences, text, start, end);
          start = next;
          i = next;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    if (start < text.length()) {
      add(sentences, text, start, text.length());
    }
    return sentences;
  }

  /** Closing quotes right after the stop, also the spaced "loss. ”" shape of tokenised dumps. */
  private static int absorbClosers(String text, int end) {
    while (end < text.length() && CLOSERS.indexOf(text.charAt(end)) >= 0) {
      end++;
    }
    if (end + 1 < text.length()
        && text.charAt(end) == ' '
        && (text.charAt(end + 1) == '”' || text.charAt(end + 1) == '’')
        && (end + 2 == text.length() || Character.isWhitespace(text.charAt(end + 2)))) {
      end += 2;
    }
    return end;
  }

  private static boolean startsSentence(String text, int pos) {
    char c = text.charAt(pos);
    return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
  }

  private static boolean abbreviationBefore(String text, int stop, int next) {
    if (text.charAt(stop) != '.') {
      return false;
    }
    int wordStart = stop;
    while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1))
        && OPENERS.indexOf(text.charAt(wordStart - 1)) < 0) {
      wordStart--;
    }
    String word = text.substring(wordStart, stop);
    if (word.isEmpty()) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (ABBREVIATIONS.contains(lower)) {
      return true;
    }
    if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
      return true; // an initial: "J. K. Rowling"
    }
    if (word.contains(".")) {
      // dotted acronym ("U.S.", "a.m."): a break only when an unmistakable opener follows
      return !SENTENCE_OPENERS.contains(nextWord(text, next).toLowerCase(Locale.ROOT));
    }
    return false;
  }

  private static String nextWord(String text, int pos) {
    int end = pos;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(pos, end);
  }

  private static int skipSpace(String text, int pos) {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
    return pos;
  }

  private static void add(List<TextSpan> sentences, String text, int start, int end) {
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      sentences.add(new TextSpan(start, end));
    }
  }
}
