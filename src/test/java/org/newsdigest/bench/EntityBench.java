package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Measurement, not a unit test: runs {@link EntityBenchmark} over the ECB+ entities set. Only
 * through the {@code bench-entities} Maven profile (the class name matches no default test
 * pattern, and the property gates it besides):
 *
 * <pre>./mvnw -q -Pbench-entities test [-Ddataset=DIR] [-Darticles=DIR] [-Dverbose=true]</pre>
 *
 * <p>{@code dataset} holds {@code entities.jsonl} and {@code annotated.jsonl}; the articles are
 * {@code -Darticles=DIR}, else {@code DIR/articles}, else {@code DIR/../ecbplus-dev/articles}.
 * {@code -Dverbose=true} lists every miss and false name instead of the {@code -Dtop=N} (30) most
 * frequent, and the person clustering's splits and joins.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.entities", matches = "true")
class EntityBench {
  private static final String DEFAULT_SET = "../shared/datasets/ecbplus-entities-dev";

  @Test
  void scoreEntities() throws IOException {
    Path set = Path.of(System.getProperty("dataset", DEFAULT_SET));
    String articlesProperty = System.getProperty("articles", "");
    Path articles;
    if (!articlesProperty.isBlank()) {
      articles = Path.of(articlesProperty);
    } else if (Files.isDirectory(set.resolve("articles"))) {
      articles = set.resolve("articles");
    } else {
      articles = set.resolve("../ecbplus-dev/articles").normalize();
    }
    set = set.toAbsolutePath().normalize();
    articles = articles.toAbsolutePath().normalize();
    boolean scored = new EntityBenchmark(System.out, Integer.getInteger("top", 30),
        Boolean.getBoolean("verbose")).run(set, articles);
    assertTrue(scored, "nothing to score: no article read or no gold mention in " + set);
  }
}
