package org.newsdigest.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What people's names are made of beyond their words: the usual short forms of common English
 * given names ({@code nicknames.txt}: "Mo" for Maurice, "Jon" for John, "Bill" for William), so
 * that "Mo Cheeks" and "Maurice Cheeks" can be told to be one person, and the generational
 * suffixes that end a name ({@code name-suffixes.txt}: "Jr", "Sr"). Words are compared in {@link
 * NameKeys#key} form.
 */
public final class PersonNames {
  private static final Map<String, String> FORMAL = load("nicknames.txt");
  private static final Set<String> SUFFIXES = StopWords.load("name-suffixes.txt");

  private PersonNames() {}

  /** "Jr", "Sr.", "III": a generational suffix, never the surname it follows. */
  public static boolean isGenerationalSuffix(String word) {
    // every suffix is at most three letters and a full stop: most words are ruled out unread
    return word.length() <= 4 && SUFFIXES.contains(NameKeys.key(word));
  }

  /** The formal given name the short form {@code word} stands for ("mo" → "maurice"), or null. */
  public static String formal(String word) {
    return FORMAL.get(NameKeys.key(word));
  }

  private static Map<String, String> load(String resource) {
    Map<String, String> formal = new HashMap<>();
    try (InputStream in = PersonNames.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The word list " + resource + " is missing from the build.");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String[] words = line.strip().split("\\s+");
        if (line.startsWith("#") || words.length < 2) {
          continue;
        }
        for (int i = 1; i < words.length; i++) {
          if (formal.put(words[i], words[0]) != null) {
            throw new IllegalStateException(resource + ": '" + words[i] + "' is listed twice");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The word list " + resource + " could not be read.", e);
    }
    return Map.copyOf(formal);
  }
}
