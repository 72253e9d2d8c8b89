package org.newsdigest.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint of a template and its data is the same for equal data, and differs otherwise. */
class PageFingerprintTest {
  private static byte[] of(Object model) {
    byte[] fingerprint = PageFingerprint.of("page.ftlh", model);
    assertNotNull(fingerprint, String.valueOf(model));
    return fingerprint;
  }

  private static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  private static void assertDiffer(Object a, Object b) {
    assertFalse(Arrays.equals(of(a), of(b)), a + " and " + b + " must not share a fingerprint");
  }

  @Test
  void equalDataGivesTheSameFingerprint() {
    Map<String, Object> a = map("title", "Leaders meet", "count", 3, "items", List.of("x", "y"),
        "html", new Markup(new MarkdownOutputFormat()).html("<p>Łódź &amp; Paris</p>"));
    Map<String, Object> b = map("title", "Leaders meet", "count", 3, "items", new ArrayList<>(List.of("x", "y")),
        "html", new Markup(new MarkdownOutputFormat()).html("<p>Łódź &amp; Paris</p>"));
    assertArrayEquals(of(a), of(b));
  }

  @Test
  void mapOfAndSetOfCountInKeyOrderSinceTheJvmShufflesThemPerRun() {
    // Map.of iterates in an order salted per process: the same model must fingerprint the same
    // in the next build's process, so its entries count as sorted by key.
    Map<String, Object> shuffled = Map.of("f", "6", "b", "2", "d", "4", "a", "1", "e", "5", "c", "3");
    Map<String, Object> sorted = map("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6");
    assertArrayEquals(of(sorted), of(shuffled));
    assertArrayEquals(of(List.of("a", "b", "c", "d", "e", "f")), of(Set.of("f", "e", "d", "c", "b", "a")));
    // An ordered map keeps its own order: a template may list it.
    assertDiffer(map("b", "2", "a", "1"), map("a", "1", "b", "2"));
  }

  @Test
  void theTemplateIsPartOfIt() {
    assertFalse(Arrays.equals(PageFingerprint.of("event.ftlh", map("a", "b")),
        PageFingerprint.of("event.md.ftl", map("a", "b"))));
  }

  @Test
  void noTwoDifferentModelsShareAnEncoding() {
    assertDiffer(List.of("ab", "c"), List.of("a", "bc"));
    assertDiffer(map("ab", "c"), map("a", "bc"));
    assertDiffer(map(), List.of());
    assertDiffer(map("a", "b", "c", "d"), map("c", "d", "a", "b")); // order is what a template sees
    assertDiffer(1, "1");
    assertDiffer(1, 1.0);
    assertDiffer(new BigDecimal("1"), new BigDecimal("1.0"));
    assertDiffer(true, "true");
    assertDiffer(map("a", null), map("a", ""));
    assertDiffer(List.of(List.of()), List.of());
    // Latin-1 text goes as bytes, other text as UTF-16 units: the two never meet.
    assertDiffer("Łódź", "?ód?");
    assertDiffer("\u0141", "\u0001A");
    assertDiffer("\uD800", "\uFFFD"); // a lone surrogate is not the replacement character
    assertDiffer("é", "e\u0301");
    // Markup the renderer made safe prints as it is; the same text as a string is escaped.
    Markup markup = new Markup(new MarkdownOutputFormat());
    assertDiffer(markup.html("<b>x</b>"), "<b>x</b>");
    assertDiffer(markup.html("*x*"), markup.markdown("*x*"));
    // Long text, past the encoder's buffer, counts every character.
    String longText = "a".repeat(20_000);
    assertDiffer(longText, longText + "b");
    assertDiffer("Ł" + longText, "Ł" + longText + "b");
  }

  @Test
  void aValueOfAnotherTypeHasNoFingerprint() {
    assertNull(PageFingerprint.of("page.ftlh", map("day", LocalDate.of(2026, 1, 6))));
    assertNull(PageFingerprint.of("page.ftlh", List.of(new Object())));
  }
}
