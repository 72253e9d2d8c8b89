package org.newsdigest.text;

import java.util.Locale;

/**
 * A light suffix stripper: plurals, -ing, -ed, so that "talks"/"talk" and "meeting"/"meet" are
 * one term. Deliberately crude: a heavier stemmer conflates unrelated words, and comparing
 * reports needs only their overlap. Numbers and words of three letters or fewer stay as they are.
 */
public final class Stemmer {
  private Stemmer() {}

  public static String stem(String word) {
    if (word.length() <= 3 || !Character.isLetter(word.charAt(0))) {
      return word;
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("ies") && w.length() > 4) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("ing") && w.length() > 6) {
      w = undouble(w.substring(0, w.length() - 3));
    } else if (w.endsWith("ed") && w.length() > 5) {
      w = undouble(w.substring(0, w.length() - 2));
    }
    return w;
  }

  /** "stopp" → "stop", but "fall", "pass" and "buzz" keep their double letter. */
  private static String undouble(String w) {
    int n = w.length();
    if (n > 3 && w.charAt(n - 1) == w.charAt(n - 2) && "lsz".indexOf(w.charAt(n - 1)) < 0) {
      return w.substring(0, n - 1);
    }
    return w;
  }
}
