package org.newsdigest.merge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.newsdigest.model.Article;

/**
 * A corpus drawn from every article of merge-spec.md (each example's sources made distinct by
 * the example's number) and changed the way a user changes seeds between two rebuilds of
 * {@code serve --watch}: an article edited (a paragraph or a person added, a headline changed),
 * added or deleted. An article left alone keeps its object, as an unchanged file keeps its read;
 * an edited one is parsed into a new object. Seeded: the same seed makes the same edits. Public
 * for the tests of the stages after the merge, which keep what did not change too.
 */
public final class SpecEdits {
  private static final Map<String, String> POOL = read();
  private static final Map<String, Article> PARSED = parseAll();

  private final Random random;
  private final Map<String, String> current = new LinkedHashMap<>();
  private final Map<String, Article> parsed = new LinkedHashMap<>();

  /** Two articles in three of the pool, chosen by {@code seed}. */
  public SpecEdits(long seed) {
    random = new Random(seed);
    POOL.forEach((source, text) -> {
      if (random.nextInt(3) > 0) {
        current.put(source, text);
        parsed.put(source, PARSED.get(source));
      }
    });
  }

  /** Every article of the pool, each parsed once. */
  public static List<Article> all() {
    return List.copyOf(PARSED.values());
  }

  /** Every article of the pool, parsed again: equal articles, new objects. */
  static List<Article> allParsedAgain() {
    return POOL.values().stream().map(ArticleFixture::parse).toList();
  }

  /** The articles as they stand. */
  public List<Article> articles() {
    return List.copyOf(parsed.values());
  }

  /** One to three edits. */
  public void edit() {
    int edits = 1 + random.nextInt(3);
    for (int e = 0; e < edits; e++) {
      editOne();
    }
  }

  private void editOne() {
    List<String> sources = new ArrayList<>(current.keySet());
    List<String> all = new ArrayList<>(POOL.keySet());
    String source = sources.get(random.nextInt(sources.size()));
    String other = POOL.get(all.get(random.nextInt(all.size())));
    String text = current.get(source);
    String changed;
    switch (random.nextInt(5)) {
      case 0 -> changed = text.strip() + "\n\n" + lastParagraph(other) + "\n";
      case 1 -> {
        String person = header(other, "people", "Ana Ruiz").split(";")[0].strip();
        changed = text.replaceFirst("(?m)^people: ", "people: " + person + "; ");
      }
      case 2 -> changed = text.replaceFirst("(?m)^title: .*$",
          "title: " + header(other, "title", "A headline of its own"));
      case 3 -> {
        if (current.size() > 2) {
          current.remove(source);
          parsed.remove(source);
        }
        return;
      }
      default -> {
        String added = all.get(random.nextInt(all.size()));
        if (!current.containsKey(added)) {
          current.put(added, POOL.get(added));
          parsed.put(added, PARSED.get(added));
        }
        return;
      }
    }
    current.put(source, changed);
    parsed.put(source, ArticleFixture.parse(changed));
  }

  private static String lastParagraph(String text) {
    String[] paragraphs = text.strip().split("\n\\s*\n");
    return paragraphs[paragraphs.length - 1].strip();
  }

  private static String header(String text, String key, String otherwise) {
    for (String line : text.split("\n")) {
      if (line.strip().startsWith(key + ": ")) {
        return line.strip().substring(key.length() + 2);
      }
    }
    return otherwise;
  }

  private static Map<String, String> read() {
    String spec;
    try (InputStream in = SpecEdits.class.getResourceAsStream("/merge/merge-spec.md")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> texts = new LinkedHashMap<>();
    String[] sections = spec.split("\n## ");
    for (int s = 0; s < sections.length; s++) {
      String[] fences = sections[s].split("```");
      for (int f = 1; f < fences.length; f += 2) {
        if (fences[f].startsWith("article")) {
          String text = fences[f].substring("article".length())
              .replaceFirst("(?m)^source: ", "source: e" + s + "/");
          texts.put(ArticleFixture.parse(text).source(), text);
        }
      }
    }
    return texts;
  }

  private static Map<String, Article> parseAll() {
    Map<String, Article> articles = new LinkedHashMap<>();
    POOL.forEach((source, text) -> articles.put(source, ArticleFixture.parse(text)));
    return articles;
  }
}
