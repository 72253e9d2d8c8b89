package org.newsdigest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Common given names ({@code given-names.txt}): a general list, never names from one article.
 * A capitalised run opening with one is the shape of a person's name. Immutable.
 */
final class GivenNames {

  private final Set<String> names;

  private GivenNames(Set<String> names) {
    this.names = Set.copyOf(names);
  }

  static GivenNames load() {
    Set<String> names = new TreeSet<>();
    try (InputStream in = GivenNames.class.getResourceAsStream("given-names.txt")) {
      if (in == null) {
        throw new IllegalStateException("given-names.txt missing from the extract package");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.startsWith("#")) {
          for (String name : line.strip().split("\\s+")) {
            if (!name.isEmpty()) {
              names.add(name.toLowerCase(Locale.ROOT));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new GivenNames(names);
  }

  /** Whether {@code word} is a common given name, whatever its case. */
  boolean contains(String word) {
    return names.contains(word.toLowerCase(Locale.ROOT));
  }
}
