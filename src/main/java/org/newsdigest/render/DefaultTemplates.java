package org.newsdigest.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates and assets that ship in the jar, by the path a user's file in the templates
 * folder overrides them with ("event.ftlh", "assets/style.css"), so that a file that overrides
 * nothing ("evnet.ftlh") can be named with the template it was probably meant for.
 */
public final class DefaultTemplates {
  private static final List<String> NAMES = load();
  /** Two templates further apart than this many edits are not a misspelling of each other. */
  private static final int MOST_EDITS = 3;

  private DefaultTemplates() {}

  /** Every shipped template and asset, by its path below the templates folder, sorted. */
  public static List<String> names() {
    return NAMES;
  }

  /** The text of the shipped template or asset {@code name}, one of {@link #names()}. */
  public static String text(String name) {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("No built-in template '" + name + "'.");
    }
    try (java.io.InputStream in = DefaultTemplates.class.getResourceAsStream(TemplateEngine.DEFAULTS + "/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * What to say of the files in {@code userTemplates} that override no shipped template: one line
   * each, naming the closest template when one is a few edits away. A user's own include file
   * ("macros.ftl") gets a line too, saying it is used only where a template includes it.
   */
  public static List<String> unmatched(Path userTemplates) {
    if (userTemplates == null || !Files.isDirectory(userTemplates)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(userTemplates)) {
      return files.filter(Files::isRegularFile)
          .map(file -> userTemplates.relativize(file).toString().replace('\\', '/'))
          .filter(name -> !name.startsWith(".") && !name.contains("/.") && !name.equalsIgnoreCase("README.md"))
          .filter(name -> !NAMES.contains(name) && !Messages.isLabelsFile(name))
          .sorted()
          .map(name -> userTemplates.resolve(name) + " overrides no built-in template"
              + closest(name).map(c -> " (did you mean " + c + "?)").orElse("")
              + "; it is used only where another template includes it.")
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shipped template a few edits from {@code name}, if one is. */
  static Optional<String> closest(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return NAMES.stream()
        .filter(candidate -> edits(lower, candidate.toLowerCase(Locale.ROOT)) <= MOST_EDITS)
        .min(Comparator.comparingInt((String candidate) -> edits(lower, candidate.toLowerCase(Locale.ROOT)))
            .thenComparing(Comparator.naturalOrder()));
  }

  /** Levenshtein distance with transpositions counted as one edit ("evnet" and "event" are 1 apart). */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The shipped templates, read from the jar or, in development, from the classes folder. */
  private static List<String> load() {
    URL root = DefaultTemplates.class.getResource(TemplateEngine.DEFAULTS);
    if (root == null) {
      throw new IllegalStateException("The built-in templates are missing from the build.");
    }
    try {
      URI uri = root.toURI();
      if (uri.getScheme().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
          return list(jar.getPath(TemplateEngine.DEFAULTS));
        } catch (FileSystemAlreadyExistsException e) {
          return list(FileSystems.getFileSystem(uri).getPath(TemplateEngine.DEFAULTS));
        }
      }
      return list(Path.of(uri));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile)
          .map(file -> folder.relativize(file).toString().replace('\\', '/'))
          .sorted()
          .toList();
    }
  }
}
