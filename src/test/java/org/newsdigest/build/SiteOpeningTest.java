package org.newsdigest.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;
import org.newsdigest.publish.Publisher;
import org.newsdigest.publish.SiteWriter;

/**
 * The site writer opened while the build merges: taken, it is the build's as if opened then; a
 * failure to open is thrown where it is taken; a writer the build never takes (it failed first)
 * is abandoned, leaving no temporary folder beside the site.
 */
class SiteOpeningTest {
  @TempDir Path dir;

  private List<String> besideTheSite() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aWriterTakenIsTheBuildsToCommit() throws IOException {
    Path out = dir.resolve("site");
    try (SiteOpening opening = SiteOpening.start(() -> new Publisher().open(out))) {
      try (SiteWriter site = opening.take()) {
        site.accept(new Page("index.html", "<p>hello</p>".getBytes(StandardCharsets.UTF_8)));
        site.commit();
      }
    }
    assertEquals("<p>hello</p>", Files.readString(out.resolve("index.html")));
    assertEquals(List.of("site"), besideTheSite());
  }

  @Test
  void aWriterNeverTakenIsAbandoned() throws IOException {
    try (SiteOpening opening = SiteOpening.start(() -> new Publisher().open(dir.resolve("site")))) {
      // the build fails here, before it takes the writer
    }
    assertEquals(List.of(), besideTheSite(), "no temporary folder left, no site made");
  }

  @Test
  void aFailureToOpenIsThrownWhereTheWriterIsTaken() {
    IOException refused = new IOException("The folder 'site' is not a newsdigest site.");
    SiteOpening opening = SiteOpening.start(() -> {
      throw refused;
    });
    assertSame(refused, assertThrows(IOException.class, opening::take));
    opening.close();
  }

  @Test
  void aFailureToOpenGivesWayToTheBuildsOwn() {
    IllegalStateException own = new IllegalStateException("the merge failed");
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      try (SiteOpening opening = SiteOpening.start(() -> {
        throw new IOException("not a site");
      })) {
        throw own;
      }
    });
    assertSame(own, thrown);
    assertEquals(0, thrown.getSuppressed().length);
  }
}
