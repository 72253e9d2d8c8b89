package org.newsdigest.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** How a line looks: headline, section heading or prose. Shapes only, no words of one site. */
final class LineShapes {
  /** Words that stay lower case in title-case headlines. */
  private static final Set<String> SMALL_WORDS =
      Set.of(
          "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "by", "for",
          "with", "from", "as", "into", "onto", "over", "per", "via", "vs", "vs.", "up", "off",
          "out", "amid", "after", "before", "about", "than", "is", "are", "be", "&", "-", "–", "—");

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_NON_WORD = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern TRAILING_QUOTES = Pattern.compile("[\\s\"'\u201D\u2019]+$");
  private static final Pattern LEADING_QUOTES =
      Pattern.compile("^[\"'\u201C\u2018\u00AB\u201E\s]+");

  private LineShapes() {}

  /** A headline: short, starts with a capital or digit, not a finished sentence. */
  static boolean looksLikeHeadline(String text) {
    String t = Texts.normalizeSpace(text);
    int words = Texts.wordCount(t);
    return t.length() <= 160 && words >= 2 && words <= 25 && startsUpper(t) && !endsProse(t);
  }

  /**
   * A section heading: at most 12 words and 100 characters, not ending like a sentence, and
   * either title case or a lone capitalised word ("Conclusion"), or a very short sentence-case
   * phrase ("What happens next").
   */
  static boolean looksLikeSectionHeading(String text) {
    String t = Texts.normalizeSpace(text);
    int words = Texts.wordCount(t);
    if (t.length() > 100 || words > 12 || !startsUpper(t) || endsProse(t) || startsQuote(t)
        || MetadataLines.isDateLike(t)) {
      return false;
    }
    return words <= 6 || isTitleCase(t);
  }

  static boolean isTitleCase(String text) {
    int significant = 0;
    int capitalised = 0;
    for (String word : SPACES.split(text)) {
      String w = LEADING_NON_WORD.matcher(word).replaceAll("");
      if (w.isEmpty() || SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        continue;
      }
      significant++;
      int first = w.codePointAt(0);
      if (Character.isUpperCase(first) || Character.isDigit(first)) {
        capitalised++;
      }
    }
    return significant > 0 && capitalised * 4 >= significant * 3;
  }

  /** Ends like prose (a sentence, a clause, a quotation) rather than a heading. */
  private static boolean endsProse(String t) {
    // A headline may end on a quoted title ('... sequel 'Catching Fire''); a sentence that ends
    // in a quotation has its punctuation inside the quote marks.
    String unquoted = TRAILING_QUOTES.matcher(t).replaceAll("");
    if (!unquoted.isEmpty() && unquoted.length() < t.length()) {
      return Texts.endsSentence(unquoted) || ",;".indexOf(unquoted.charAt(unquoted.length() - 1)) >= 0;
    }
    return Texts.endsSentence(t) || ",;-–—".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static boolean startsUpper(String t) {
    String unquoted = LEADING_QUOTES.matcher(t).replaceAll("");
    if (unquoted.isEmpty()) {
      return false;
    }
    int first = unquoted.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  private static boolean startsQuote(String t) {
    return "\"“‘'«„".indexOf(t.charAt(0)) >= 0;
  }
}
