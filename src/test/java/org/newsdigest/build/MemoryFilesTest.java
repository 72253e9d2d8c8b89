package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.publish.Publisher;
import org.newsdigest.render.SiteRenderer;

/**
 * The merge memory and render memo a build keeps in the cache folder: a build of the command line
 * (a merger and renderer without memory of their own) keeps both, and one whose articles would
 * make files too large for the cache's limit keeps neither, gathers neither while it runs, and
 * forgets those kept for a smaller site, with the same site either way.
 */
class MemoryFilesTest {
  @TempDir Path dir;

  private BuildReport build(ReadCache cache, String out) throws IOException {
    SiteBuilder builder = new SiteBuilder(new ArticleReader(new Ingester(), new Extractor()),
        new EventMerger(), SiteRenderer.builder().build(), new Publisher(), cache);
    return builder.build(Path.of("seeds"), dir.resolve(out));
  }

  private List<Path> memoryFiles() throws IOException {
    try (Stream<Path> files = Files.list(dir.resolve("cache/sites"))) {
      return files.filter(f -> f.toString().endsWith(".merge") || f.toString().endsWith(".render"))
          .sorted().toList();
    }
  }

  @Test
  void aSiteTooLargeForTheMemoryFilesIsBuiltWithoutThemAndForgetsThoseKeptBefore()
      throws IOException {
    ReadCache cache = ReadCache.inFolder(dir.resolve("cache"));
    BuildReport first = build(cache, "site");
    assertEquals(2, memoryFiles().size(), "a merge memory and a render memo: " + memoryFiles());
    assertTrue(first.mergeSteps().counts().containsKey("terms remembered"),
        "the merge is remembered for the next build");
    Map<String, byte[]> kept = files(dir.resolve("site"));

    // Two articles estimated at some 3 KB each in either file: over a limit of 1 KB.
    BuildReport limited = build(cache.limitingMemoryFiles(1024), "site");
    assertEquals(List.of(), memoryFiles(), "forgotten: they would not fit any more");
    assertFalse(limited.mergeSteps().counts().containsKey("terms remembered"),
        "a plain merge, remembering nothing: " + limited.mergeSteps().counts());
    assertSameFiles(kept, files(dir.resolve("site")));

    build(cache.limitingMemoryFiles(1024), "fresh");
    assertSameFiles(kept, files(dir.resolve("fresh")));
    assertEquals(List.of(), memoryFiles());
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertEquals(expected.keySet(), actual.keySet());
    expected.forEach((path, bytes) -> assertArrayEquals(bytes, actual.get(path), path));
  }

  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(file -> {
        try {
          files.put(root.relativize(file).toString(), Files.readAllBytes(file));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    return files;
  }
}
