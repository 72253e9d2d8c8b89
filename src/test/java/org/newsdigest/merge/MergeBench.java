package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Runs {@link MergeBenchmark} under surefire, selected only by the {@code bench-merge} profile
 * (the name matches no default test pattern): from the repository root,
 * {@code ./mvnw -q -Pbench-merge verify -Ddataset=../shared/datasets/ecbplus-dev}. Skipped
 * unless a data set is named, so a pattern like {@code -Dtest='org.newsdigest.merge.**'} passes
 * over it. Fails when some article is not in exactly one event.
 */
@EnabledIfSystemProperty(named = "dataset", matches = ".*\\S.*")
class MergeBench {

  @Test
  void everyArticleInExactlyOneEvent() throws IOException {
    boolean complete = new MergeBenchmark(System.out).run(
        MergeBenchmark.datasets(System.getProperty("dataset")), Boolean.getBoolean("mistakes"),
        Boolean.getBoolean("tune") || "table".equals(System.getProperty("tune")));
    assertTrue(complete, "some article is not in exactly one event; see the output above");
  }
}
