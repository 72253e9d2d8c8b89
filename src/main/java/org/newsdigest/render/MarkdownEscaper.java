package org.newsdigest.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns plain text into Markdown that reads as the same plain text, with as few backslashes as
 * CommonMark (and GitHub's strikethrough) allow, so the .md pages stay readable as text.
 *
 * <p>Always escaped: {@code \ ` * [ ] < ~}, because they can open code, emphasis, links, images,
 * raw HTML, autolinks or strikethrough anywhere ({@code ]} too: it could close a link that the
 * template opened around the value). Escaped only where they mean something: {@code _} unless
 * it sits inside a word (intraword underscores never emphasise); {@code &} only when it starts
 * an entity such as {@code &amp;amp;}; {@code #} at the start (heading) and as a trailing run
 * (a heading's closing sequence would eat it); {@code - + = > #} and {@code 1.} at the start of
 * the value, where they would open a list, quote or heading. Never escaped: {@code ! |} ({@code
 * !} needs an unescaped {@code [} to make an image; the templates build no tables).
 */
final class MarkdownEscaper {
  private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  /** What CommonMark reads as an entity or numeric character reference after an '&amp;'. */
  private static final Pattern ENTITY_AFTER_AMPERSAND =
      Pattern.compile("#[xX][0-9A-Fa-f]{1,6};|#[0-9]{1,7};|[A-Za-z][A-Za-z0-9]{1,31};");
  private static final Pattern TRAILING_HASHES = Pattern.compile("(^|\\s)(#+)$");

  private MarkdownEscaper() {}

  /** Escapes one value; line breaks become spaces because values are inserted inline. */
  static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    return escapePart(TextCut.flat(text), true, true);
  }

  /**
   * Escapes one part of a line, such as the text between two links: its spaces are kept as they
   * are, the line-start rules apply only to the part that opens the line and the trailing-hash
   * rule only to the part that ends it.
   */
  static String escapePart(String flat, boolean opensLine, boolean endsLine) {
    int first = 0;
    while (first < flat.length() && !needsBackslash(flat, first)) {
      first++;
    }
    String escaped = flat;
    if (first < flat.length()) {
      StringBuilder out = new StringBuilder(flat.length() + 16).append(flat, 0, first);
      for (int i = first; i < flat.length(); i++) {
        if (needsBackslash(flat, i)) {
          out.append('\\');
        }
        out.append(flat.charAt(i));
      }
      escaped = out.toString();
    }
    escaped = endsLine ? escapeTrailingHashes(escaped) : escaped;
    return opensLine ? escapeLineStart(escaped) : escaped;
  }

  private static boolean needsBackslash(String text, int i) {
    return switch (text.charAt(i)) {
      case '\\', '`', '*', '[', ']', '<', '~' -> true; // escaped anywhere (see the class comment)
      case '_' -> !insideWord(text, i);
      case '&' -> startsEntity(text, i + 1);
      default -> false;
    };
  }

  private static boolean insideWord(String text, int i) {
    return i > 0 && i + 1 < text.length()
        && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1));
  }

  private static boolean startsEntity(String text, int from) {
    Matcher m = ENTITY_AFTER_AMPERSAND.matcher(text);
    m.region(from, text.length());
    return m.lookingAt();
  }

  /** "Vote #" as a heading would lose its "#": the closing sequence of an ATX heading. */
  private static String escapeTrailingHashes(String text) {
    if (text.indexOf('#') < 0) {
      return text; // the pattern needs one; checking first spares a regex scan of every value
    }
    Matcher m = TRAILING_HASHES.matcher(text);
    if (!m.find()) {
      return text;
    }
    return text.substring(0, m.start(2)) + "\\" + m.group(2);
  }

  /** Escapes what would make a value opening a line into a list item, heading or quote. */
  private static String escapeLineStart(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '-' || first == '+' || first == '=' || first == '>' || first == '#') {
      return "\\" + text;
    }
    if (first < '0' || first > '9') {
      return text; // the list pattern starts with an ASCII digit
    }
    Matcher m = ORDERED_LIST_START.matcher(text);
    if (m.find()) {
      return m.group(1) + "\\" + m.group(2) + text.substring(m.end());
    }
    return text;
  }
}
