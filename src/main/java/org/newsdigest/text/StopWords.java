package org.newsdigest.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * The words that say nothing about what a report is about ({@code stop-words.txt}) and the words
 * every news story uses ({@code news-words.txt}), read once from this package's resources.
 * Words are lower case, as {@link TextWords} folds them.
 */
public final class StopWords {
  private static final Set<String> STOP = load("stop-words.txt");
  private static final Set<String> NEWS = load("news-words.txt");

  private StopWords() {}

  /** A function word, reporting verb, calendar or number word: "the", "said", "monday". */
  public static boolean isStopWord(String word) {
    return STOP.contains(word);
  }

  /** A word every story uses, "report", "news", "people": no sign of which story. */
  public static boolean isNewsWord(String word) {
    return NEWS.contains(word);
  }

  /** One word per line; blank lines and '#' comments skipped. */
  static Set<String> load(String resource) {
    Set<String> words = new HashSet<>();
    try (InputStream in = StopWords.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The word list " + resource + " is missing from the build.");
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String word = line.strip();
        if (!word.isEmpty() && !word.startsWith("#")) {
          words.add(word);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The word list " + resource + " could not be read.", e);
    }
    return Set.copyOf(words);
  }
}
