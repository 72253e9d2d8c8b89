package org.newsdigest.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Grows the build benchmark's corpus files ({@link BuildCorpus}) through the {@code bench-build}
 * profile: {@code ./mvnw -q -Pbench-build test -Dsizes=1000,10000 -Dout=DIR}. bench/build-bench
 * then runs the tools over them.
 */
@Tag("bench")
@EnabledIfSystemProperty(named = "bench.build", matches = "true")
class BuildCorpusRun {
  @Test
  void writeCorpora() throws IOException {
    BuildCorpus corpus = BuildCorpus.read(
        Path.of(System.getProperty("seeds", "seeds")),
        Path.of(System.getProperty("dataset", "../shared/datasets/ecbplus-dev")));
    for (String s : System.getProperty("sizes", "1000,10000").split(",")) {
      int n = Integer.parseInt(s.strip());
      Path root = corpus.write(Path.of(System.getProperty("out")), n);
      try (Stream<Path> files = Files.list(root.resolve("content").resolve("articles"))) {
        assertEquals(n, files.count(), "one Markdown page per article");
      }
      System.out.println(root);
    }
  }
}
