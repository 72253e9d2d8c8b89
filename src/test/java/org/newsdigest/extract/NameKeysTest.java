package org.newsdigest.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The name keys' scans give what the regular expressions they replaced give, on names and on
 * random strings of the characters the rules care about.
 */
class NameKeysTest {

  private static String regexFold(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "");
  }

  private static String regexPhonetic(String word) {
    String key = regexFold(word);
    key = key.replace("ph", "f").replace("ck", "k").replace("w", "v");
    key = key.replaceAll("(.)\\1+", "$1");
    return key.replaceAll("(iy|yi|ij|yj|ii|y|j)$", "i");
  }

  private static String regexSlug(String name) {
    String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String lower = decomposed.toLowerCase(Locale.ROOT).replaceAll("[’']", "");
    String slug = lower.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "unnamed" : slug;
  }

  private static List<String> samples() {
    List<String> samples = new ArrayList<>(List.of("", "Zelenskyy", "Zelensky", "Zelenskiy",
        "Zelenskyj", "Volodymyr Zelenskyy", "O'Brien", "O’Brien", "Philippe", "McCarthy",
        "Jean-Pierre", "- Dash -", "'", "U.S.", "G7", "Ban Ki-moon", "Zürich", "Łódź", "İstanbul",
        "Ḱ", "K", "yy", "ii", "iy", "y", "j", "ij", "yiy", "Wallace Brooks ", "  ", "a\nb"));
    String pieces = "aiyjphckwWAZIY09 -.'’\nü";
    Random random = new Random(6);
    for (int k = 0; k < 50_000; k++) {
      StringBuilder sample = new StringBuilder();
      int length = random.nextInt(9);
      for (int c = 0; c < length; c++) {
        sample.append(pieces.charAt(random.nextInt(pieces.length())));
      }
      samples.add(sample.toString());
    }
    return samples;
  }

  @Test
  void foldPhoneticAndSlugAgreeWithTheirRegexForms() {
    for (String sample : samples()) {
      String shown = "[" + sample + "]";
      assertEquals(regexFold(sample), NameKeys.fold(sample), shown);
      assertEquals(regexPhonetic(sample), NameKeys.phonetic(sample), shown);
      assertEquals(regexSlug(sample), NameKeys.slug(sample), shown);
    }
  }

  @Test
  void transliterationsShareOnePhoneticKey() {
    for (String spelling : List.of("Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskyj")) {
      assertEquals("zelenski", NameKeys.phonetic(spelling), spelling);
    }
    assertEquals("volodymyr-zelenskyy", NameKeys.slug("Volodymyr Zelenskyy"));
    assertEquals("obrien", NameKeys.slug("O’Brien"));
    assertEquals("unnamed", NameKeys.slug("--"));
  }
}
