package org.newsdigest.text;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Latin letters without their accents, for the folds of this package. */
final class Latin {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Latin() {}

  /**
   * The text with accents removed (compatibility decomposition, then the marks dropped) and the
   * letters that do not decompose spelled out as readers expect: "Łódź Straße" → "Lodz Strasse".
   */
  static String plain(String text) {
    StringBuilder spelled = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case 'ß' -> spelled.append("ss");
        case 'æ' -> spelled.append("ae");
        case 'Æ' -> spelled.append("AE");
        case 'œ' -> spelled.append("oe");
        case 'Œ' -> spelled.append("OE");
        case 'ø' -> spelled.append('o');
        case 'Ø' -> spelled.append('O');
        case 'ł' -> spelled.append('l');
        case 'Ł' -> spelled.append('L');
        case 'đ', 'ð' -> spelled.append('d');
        case 'Đ', 'Ð' -> spelled.append('D');
        case 'þ' -> spelled.append("th");
        case 'Þ' -> spelled.append("Th");
        case 'ı' -> spelled.append('i');
        default -> spelled.append(c);
      }
    }
    return MARKS.matcher(Normalizer.normalize(spelled, Normalizer.Form.NFKD)).replaceAll("");
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
