package org.newsdigest.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.extract.NameChunker.Word;
import org.newsdigest.text.Gazetteer;

/**
 * The nicknames of sports teams ({@code teams.txt}, a general list): "the Red Sox", "the
 * Angels", "Miami Heat" are organisations, never people or places. Immutable.
 */
final class Teams {

  private final Set<String> nicknames;

  private Teams(Set<String> nicknames) {
    this.nicknames = Set.copyOf(nicknames);
  }

  static Teams load() {
    Set<String> names = new TreeSet<>();
    try (InputStream in = Teams.class.getResourceAsStream("teams.txt")) {
      if (in == null) {
        throw new IllegalStateException("teams.txt missing from the extract package");
      }
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        if (!name.isEmpty() && !name.startsWith("#")) {
          names.add(name);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Teams(names);
  }

  /**
   * Whether the run names a team: a place and a nickname ("Miami Heat"), a nickname of two
   * words ("Red Sox"), or one word after "the" that the article never writes in lower case.
   */
  boolean names(List<Word> words, boolean afterThe, ArticleVocabulary vocabulary,
      Gazetteer gazetteer) {
    String whole = WordShapes.join(words);
    if (nicknames.contains(whole)) {
      return words.size() >= 2 || afterThe
          && !vocabulary.lowerCaseWords().contains(whole.toLowerCase(Locale.ROOT));
    }
    for (int split = 1; split < words.size(); split++) {
      if (nicknames.contains(WordShapes.join(words.subList(split, words.size())))
          && gazetteer.canonical(WordShapes.join(words.subList(0, split))) != null) {
        return true;
      }
    }
    return false;
  }
}
