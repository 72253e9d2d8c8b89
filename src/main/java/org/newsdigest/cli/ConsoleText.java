package org.newsdigest.cli;

/**
 * Text from the input (file names, reasons quoting them) made safe to print on one console line:
 * a file named "a\nskipped b.txt: fake" must not print a second, forged line, and an escape
 * sequence in a name must not drive the terminal. Control characters, line and paragraph
 * separators and the bidirectional controls (which can make a name read backwards) are written as
 * Java-style escapes; everything else is printed as it is.
 */
final class ConsoleText {
  private ConsoleText() {}

  /** The longest file name printed whole; a longer one keeps its start and end. */
  static final int LONGEST_NAME = 200;

  /**
   * A file name as {@link #oneLine} prints it, shortened in the middle when it is longer than
   * {@link #LONGEST_NAME}: a path nested past the system's limit must not fill the screen.
   */
  static String name(String name) {
    String line = oneLine(name);
    if (line.length() <= LONGEST_NAME) {
      return line;
    }
    int keep = (LONGEST_NAME - 1) / 2;
    return line.substring(0, keep) + "…" + line.substring(line.length() - keep)
        + " (" + name.length() + " characters)";
  }

  static String oneLine(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String escape = escape(c);
      if (escape == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      out.append(escape);
    }
    return out == null ? text : out.toString();
  }

  private static String escape(char c) {
    switch (c) {
      case '\n':
        return "\\n";
      case '\r':
        return "\\r";
      case '\t':
        return "\\t";
      default:
        break;
    }
    boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
    boolean separator = c == '\u2028' || c == '\u2029';
    boolean bidi = (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e' || c == '\u200f' || c == '\u061c';
    return control || separator || bidi ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : null;
  }
}
