package org.newsdigest.text;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Names for URLs and keys: ASCII, lower case, words joined by hyphens, apostrophes and quotation
 * marks inside a word dropped ("Ukraine’s" is "ukraines"), {@code &} read as "and". Entity keys
 * ({@code place:cote-divoire}) and page names come from the same rule.
 */
public final class Slugs {
  /** The longest page name: a headline is cut at a word boundary before this. */
  public static final int MAX_LENGTH = 60;
  private static final Pattern QUOTES = Pattern.compile("['\"`´ʹʺʻʼʽˈ‘’‚‛“”„‟′″‹›«»＇＂]");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private Slugs() {}

  /** "Volodymyr Zelenskyy & Co." → "volodymyr-zelenskyy-and-co"; empty without a letter or digit. */
  public static String slug(String text) {
    if (text == null) {
      return "";
    }
    if (Latin.isAscii(text)) {
      return AsciiWords.join(text, '-', "'\"`", "and");
    }
    String plain = Latin.plain(QUOTES.matcher(text.replace("&", " and ")).replaceAll(""));
    String lower = plain.toLowerCase(Locale.ROOT);
    return EDGE_HYPHENS.matcher(NOT_ALNUM.matcher(lower).replaceAll("-")).replaceAll("");
  }

  /** The slug of a name for an entity key ("person:james-obrien"); "unnamed" when it has none. */
  public static String keyOf(String name) {
    String slug = slug(name);
    return slug.isEmpty() ? "unnamed" : slug;
  }

  /**
   * A page name: the {@link #slug} of {@code text} cut at a word boundary to {@value
   * #MAX_LENGTH} characters, or of {@code fallback} when the text has no letter or digit, never
   * empty.
   */
  public static String pageName(String text, String fallback) {
    String slug = cut(slug(text));
    if (slug.isEmpty()) {
      slug = cut(slug(fallback));
    }
    return slug.isEmpty() ? "page" : slug;
  }

  /** Cuts at a word boundary so a name never ends in half a word when it can be avoided. */
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
