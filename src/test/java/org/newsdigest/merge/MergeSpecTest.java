package org.newsdigest.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;

/** Runs every example of merge-spec.md: its articles through the merger, then the grouping. */
class MergeSpecTest {

  /** One example: a heading, its articles, the expected grouping. */
  record Example(String name, List<Article> articles, Set<Set<String>> expected) {}

  @TestFactory
  List<DynamicTest> mergeSpec() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    for (Example example : read()) {
      tests.add(DynamicTest.dynamicTest(example.name(), () -> check(example)));
    }
    return tests;
  }

  private static void check(Example example) {
    EventMerger merger = new EventMerger();
    Set<Set<String>> actual = new TreeSet<>(MergeSpecTest::compareGroups);
    for (Event event : merger.merge(example.articles())) {
      actual.add(event.articles().stream().map(Article::source).collect(Collectors.toCollection(TreeSet::new)));
    }
    Set<Set<String>> expected = new TreeSet<>(MergeSpecTest::compareGroups);
    expected.addAll(example.expected());
    assertEquals(expected.toString(), actual.toString(), example.name());
    // Input order must not matter.
    List<Article> reversed = new ArrayList<>(example.articles());
    java.util.Collections.reverse(reversed);
    assertEquals(merger.merge(example.articles()), merger.merge(reversed));
  }

  private static int compareGroups(Set<String> a, Set<String> b) {
    return String.join(" ", a).compareTo(String.join(" ", b));
  }

  static List<Example> read() throws IOException {
    String spec;
    try (InputStream in = MergeSpecTest.class.getResourceAsStream("/merge/merge-spec.md")) {
      assertNotNull(in, "merge-spec.md is on the test class path");
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Example> examples = new ArrayList<>();
    for (String section : spec.split("\n## ")) {
      if (!section.contains("```article") || !section.contains("\nexpect:")) {
        continue; // the introduction, or prose without an example
      }
      String name = section.substring(0, section.indexOf('\n')).strip();
      List<Article> articles = new ArrayList<>();
      String[] fences = section.split("```");
      for (int i = 1; i < fences.length; i += 2) {
        if (fences[i].startsWith("article")) {
          articles.add(ArticleFixture.parse(fences[i].substring("article".length())));
        }
      }
      String expectLine = section.substring(section.indexOf("\nexpect:") + "\nexpect:".length());
      expectLine = expectLine.substring(0, expectLine.indexOf('\n') < 0 ? expectLine.length() : expectLine.indexOf('\n'));
      Set<Set<String>> expected = new TreeSet<>(MergeSpecTest::compareGroups);
      for (String group : expectLine.split("\\|")) {
        expected.add(new TreeSet<>(List.of(group.strip().split("\\s+"))));
      }
      examples.add(new Example(name, articles, expected));
    }
    return examples;
  }
}
