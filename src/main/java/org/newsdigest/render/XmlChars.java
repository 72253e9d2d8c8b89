package org.newsdigest.render;

/**
 * Text an XML 1.0 document can hold. Escaping cannot help a control character or a lone
 * surrogate: no XML parser accepts them even as character references, so one such character
 * in a scraped headline would make a whole feed unreadable. They carry no meaning in a title.
 */
final class XmlChars {
  private XmlChars() {}

  /** The text without the characters XML 1.0 forbids (section 2.2); null gives "". */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      boolean allowed = c == 0x9 || c == 0xA || c == 0xD
          || (c >= 0x20 && c <= 0xD7FF)
          || (c >= 0xE000 && c <= 0xFFFD)
          || (c >= 0x10000 && c <= 0x10FFFF);
      if (!allowed && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      } else if (allowed && out != null) {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out == null ? text : out.toString();
  }
}
