package org.newsdigest.extract;

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
 * The recogniser's general word lists kept in {@code cue-words.txt}: sections opened by a
 * {@code [name]} line, words separated by spaces or lines, lower case, {@code #} starting a
 * comment. Read once; a section the code asks for and the file lacks is an error at start-up.
 */
final class CueWords {

  private static final Map<String, Set<String>> SECTIONS = load("cue-words.txt");

  private CueWords() {}

  /** The words of section {@code name}, lower case. */
  static Set<String> section(String name) {
    Set<String> words = SECTIONS.get(name);
    if (words == null) {
      throw new IllegalStateException("cue-words.txt has no section [" + name + "]");
    }
    return words;
  }

  static Map<String, Set<String>> load(String resource) {
    Map<String, Set<String>> sections = new HashMap<>();
    try (InputStream in = CueWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " missing from the extract package");
      }
      Set<String> current = null;
      for (String raw : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        int hash = raw.indexOf('#');
        String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          current = sections.computeIfAbsent(line.substring(1, line.length() - 1),
              k -> new HashSet<>());
          continue;
        }
        if (current == null) {
          throw new IllegalStateException(resource + ": words before the first [section]");
        }
        for (String word : line.split("\\s+")) {
          current.add(word.toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Set<String>> frozen = new HashMap<>();
    sections.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
    return Map.copyOf(frozen);
  }
}
