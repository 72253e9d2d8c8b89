package org.newsdigest.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns plain text into Markdown that reads as the same plain text: characters that could start
 * emphasis, code, links, HTML, entities or tables are backslash-escaped everywhere, and characters
 * that only matter at the start of a line (lists, headings, quotes) are escaped there.
 */
final class MarkdownEscaper {
  /** Punctuation CommonMark may interpret anywhere in a line. */
  private static final String ANYWHERE = "\\`*_[]<>|~&!#";

  private static final Pattern ORDERED_LIST_START = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");

  private MarkdownEscaper() {}

  /** Escapes one value; line breaks become spaces because values are inserted inline. */
  static String escape(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String flat = text.replaceAll("\\s+", " ");
    StringBuilder out = new StringBuilder(flat.length() + 16);
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if (ANYWHERE.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return escapeLineStart(out.toString());
  }

  /** Escapes what would make a value opening a line into a list item, heading rule or quote. */
  private static String escapeLineStart(String text) {
    if (text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    if (first == '-' || first == '+' || first == '=') {
      return "\\" + text;
    }
    Matcher m = ORDERED_LIST_START.matcher(text);
    if (m.find()) {
      return m.group(1) + "\\" + m.group(2) + text.substring(m.end());
    }
    return text;
  }
}
