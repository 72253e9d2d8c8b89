package org.newsdigest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Word lists kept as resource files beside the code that uses them, in one format: sections
 * opened by a {@code [name]} line, words separated by spaces or lines, read in lower case, and
 * {@code #} starting a comment; in a section opened by {@code [name: phrases]} each line is one
 * entry of one or more words ("white house"). Words in code are rules; words in lists are data,
 * and a reader can see and change them without reading Java.
 */
public final class WordLists {
  private static final String PHRASES = ": phrases";

  private WordLists() {}

  /**
   * The sections of {@code resource}, found beside {@code owner}, each an immutable set.
   *
   * @throws IllegalStateException when the resource is missing or has words before a section
   */
  public static Map<String, Set<String>> sections(Class<?> owner, String resource) {
    Map<String, Set<String>> sections = new HashMap<>();
    try (InputStream in = owner.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing beside " + owner.getName());
      }
      Set<String> current = null;
      boolean phrases = false;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          String name = line.substring(1, line.length() - 1);
          phrases = name.endsWith(PHRASES);
          current = sections.computeIfAbsent(
              phrases ? name.substring(0, name.length() - PHRASES.length()) : name,
              k -> new HashSet<>());
          continue;
        }
        if (current == null) {
          throw new IllegalStateException(resource + ": words before the first [section]");
        }
        if (phrases) {
          current.add(String.join(" ", line.split("\\s+")).toLowerCase(Locale.ROOT));
          continue;
        }
        for (String word : line.split("\\s+")) {
          current.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The word lists " + resource + " could not be read.", e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
