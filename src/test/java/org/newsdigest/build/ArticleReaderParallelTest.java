package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.ArticleReader.FileRead;
import org.newsdigest.build.ArticleReader.SourceFile;
import org.newsdigest.extract.Extractor;
import org.newsdigest.ingest.Ingester;
import org.newsdigest.model.Article;

/**
 * Reading files in parallel gives exactly what reading them one by one gives: the same articles
 * in the same order, the same skipped files with the same reasons, whatever the thread timing.
 * The files are the varied inputs the other stages' tests keep (seeds, ECB+ articles, saved
 * pages, hostile inputs, feeds with several items) plus broken ones made here, each copied
 * under several folders so that there are many more files than threads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleReaderParallelTest {
  /** Test resource folders, each a different shape of input. */
  private static final List<String> FIXTURE_FOLDERS =
      List.of(
          "hostile/files", "extract/seeds", "ingest/ecbplus", "site/pages", "site/ecbplus",
          "merge/copies", "merge/unrelated-pages");

  private static final ArticleReader READER = new ArticleReader(new Ingester(), new Extractor());

  private List<SourceFile> files;
  private ReadResult serial;

  @BeforeAll
  void writeSeedsAndReadThemOneByOne(@TempDir Path seeds) throws IOException, URISyntaxException {
    for (String copy : List.of("a", "b", "c")) {
      for (String folder : FIXTURE_FOLDERS) {
        copyFolder(resourceFolder(folder), seeds.resolve(copy).resolve(folder));
      }
      writeBrokenInputs(seeds.resolve(copy).resolve("broken"));
    }
    files = READER.filesUnder(seeds);
    serial = oneByOne(files);
  }

  /** What the loop before parallel reading did: one file after the other, then sorted. */
  private static ReadResult oneByOne(List<SourceFile> files) {
    List<Article> articles = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    for (SourceFile file : files) {
      FileRead read = READER.readFile(file);
      articles.addAll(read.articles());
      skipped.addAll(read.skipped());
    }
    articles.sort(Comparator.comparing(Article::source));
    skipped.sort(Comparator.comparing(Skipped::source));
    return new ReadResult(files.size(), articles, skipped);
  }

  @Test
  void theFixturesAreVariedEnoughToMeanSomething() {
    assertTrue(files.size() > 200, "files: " + files.size());
    assertTrue(serial.articles().size() > 150, "articles: " + serial.articles().size());
    assertFalse(serial.skipped().isEmpty(), "some broken input must be skipped");
    // feeds give several articles from one file
    assertTrue(serial.articles().stream().anyMatch(a -> a.source().contains("#")));
  }

  @Test
  void parallelReadEqualsOneByOneReadEveryTime() {
    for (int run = 0; run < 3; run++) {
      ReadResult parallel = READER.read(files);
      assertEquals(serial, parallel, "run " + run);
      // records compare by value; the text form also catches a difference equals could hide
      assertEquals(serial.toString(), parallel.toString(), "run " + run);
    }
  }

  @Test
  void resultDoesNotDependOnTheOrderFilesAreGivenIn() {
    List<SourceFile> reversed = new ArrayList<>(files);
    Collections.reverse(reversed);
    assertEquals(serial, READER.read(reversed));
    List<SourceFile> shuffled = new ArrayList<>(files);
    Collections.shuffle(shuffled, new Random(6));
    assertEquals(serial, READER.read(shuffled));
  }

  /**
   * The same reader understood from many threads at once, each in a different order: the stages
   * it holds share no state between calls, or some file would come out differently.
   */
  @Test
  void oneReaderSharedByManyThreadsGivesTheSameArticles() throws Exception {
    List<FileRead> expected = files.stream().map(READER::readFile).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<FileRead>>> runs = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * files.size() / 4;
        runs.add(pool.submit(() -> {
          FileRead[] got = new FileRead[files.size()];
          for (int k = 0; k < files.size(); k++) {
            int i = (offset + k) % files.size();
            SourceFile file = files.get(i);
            got[i] = READER.understand(file.source(), Files.readAllBytes(file.path()));
          }
          return List.of(got);
        }));
      }
      for (Future<List<FileRead>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Inputs that are skipped or read with warnings: each must cost only its own file. */
  private static void writeBrokenInputs(Path folder) throws IOException {
    Files.createDirectories(folder);
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    Files.write(folder.resolve("nuls.txt"), new byte[4096]);
    Files.write(folder.resolve("invalid-utf8.txt"),
        concat("Harbour reopens\n\nThe harbour reopened on Monday, the port said.\n",
            new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE}));
    Files.write(folder.resolve("utf16.txt"),
        ("Bridge closes for repairs\n\nThe city said the bridge will close on 3 March 2025 for"
            + " two weeks of repairs, the transport office said.\n")
            .getBytes(StandardCharsets.UTF_16LE));
    Files.writeString(folder.resolve("deep-quotes.md"),
        "# Deep\n\n" + ">".repeat(10_000) + " too deep\n", StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("bad-yaml.md"),
        "---\ntitle: [unclosed\ndate: 2025-01-02\n---\n\nThe council met on Thursday in"
            + " Lyon, its spokesman Marc Rey said, and voted 12 to 3 for the plan.\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("front-matter.md"),
        "---\ntitle: \"Ferry strike ends\"\ndate: 2024-05-06\nauthor: [Ann Lee, Bo Chen]\n---\n\n"
            + "Ferry crews in Dover ended a three-day strike on Monday, the union said.\n\n"
            + "\"We have a deal,\" union leader Sam Ortiz told reporters on 6 May.\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("broken-feed.rss"),
        "<rss><channel><item><title>One</title><description>Text of one, long enough."
            + "</description></item><item><title>Two", StandardCharsets.UTF_8);
  }

  private static byte[] concat(String text, byte[] tail) {
    byte[] head = text.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  private static Path resourceFolder(String name) throws URISyntaxException {
    URL url = ArticleReaderParallelTest.class.getResource("/" + name);
    if (url == null) {
      throw new IllegalStateException("test resource folder missing: " + name);
    }
    return Path.of(url.toURI());
  }

  private static void copyFolder(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path path : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }
}
