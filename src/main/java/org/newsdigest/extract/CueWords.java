package org.newsdigest.extract;

import java.util.Map;
import java.util.Set;
import org.newsdigest.text.WordLists;

/**
 * The extract stage's general word lists, kept in {@code cue-words.txt} in the {@link WordLists}
 * format. Read once; a section the code asks for and the file lacks is an error at start-up.
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
    return WordLists.sections(CueWords.class, resource);
  }
}
