package org.newsdigest.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** URL-safe names: ASCII-folded, lower-case, hyphenated, bounded in length, never empty. */
final class Slugs {
  static final int MAX_LENGTH = 60;
  private static final Pattern APOSTROPHES =
      Pattern.compile("['\"`´ʹʺʻʼʽˈ‘’‚‛“”„‟′″‹›«»＇＂]");

  private Slugs() {}

  /** The slug of {@code text}, or of {@code fallback} when the text has no letter or digit. */
  static String slug(String text, String fallback) {
    String slug = fold(text);
    if (slug.isEmpty()) {
      slug = fold(fallback);
    }
    return slug.isEmpty() ? "page" : slug;
  }

  private static String fold(String text) {
    if (text == null) {
      return "";
    }
    return cut(NameFold.isAscii(text) ? hyphenateAscii(text) : hyphenateUnicode(text));
  }

  private static String hyphenateUnicode(String text) {
    // Letters outside Latin decomposition that readers still expect spelled out.
    String replaced =
        text.replace("ß", "ss")
            .replace("æ", "ae")
            .replace("Æ", "AE")
            .replace("ø", "o")
            .replace("Ø", "O")
            .replace("œ", "oe")
            .replace("Œ", "OE")
            .replace("ł", "l")
            .replace("Ł", "L")
            .replace("đ", "d")
            .replace("Đ", "D")
            .replace("&", " and ");
    // Apostrophes and quotation marks belong to the word they sit in: "Ukraine’s" is one word.
    replaced = APOSTROPHES.matcher(replaced).replaceAll("");
    String decomposed = Normalizer.normalize(replaced, Normalizer.Form.NFKD);
    String ascii = decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    return ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }

  /**
   * {@link #hyphenateUnicode} for ASCII-only text, in one pass: no letter to spell out or
   * decompose, {@code &} reads "and", the apostrophes are {@code ' " `}, and every run of other
   * characters is one hyphen, none at either end.
   */
  private static String hyphenateAscii(String text) {
    return AsciiWords.join(text, '-', "'\"`", "and");
  }

  /** Cuts at a word boundary so a slug never ends in half a word when it can be avoided. */
  private static String cut(String slug) {
    if (slug.length() <= MAX_LENGTH) {
      return slug;
    }
    String head = slug.substring(0, MAX_LENGTH);
    int lastHyphen = head.lastIndexOf('-');
    if (lastHyphen >= MAX_LENGTH / 2) {
      head = head.substring(0, lastHyphen);
    }
    return head.replaceAll("-+$", "");
  }
}
