package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Folders that hold one another are refused before anything is read or written. */
class FolderRolesTest {
  @TempDir Path dir;

  private Optional<String> conflict(Path seeds, Path out, Path cache, Path templates) {
    return new FolderRoles().with("seeds", seeds).with("output", out).with("cache", cache)
        .with("templates", templates).conflict();
  }

  @Test
  void separateFoldersAreFine() {
    assertEquals(Optional.empty(), conflict(dir.resolve("seeds"), dir.resolve("site"),
        dir.resolve(".newsdigest-cache"), dir.resolve("templates")));
  }

  @Test
  void seedsInsideTheOutputWouldBeLost() {
    assertEquals(Optional.of("The output folder '" + dir.resolve("w") + "' holds the seeds folder '"
            + dir.resolve("w/my") + "': a build replaces what the output folder holds, so the"
            + " seeds would be lost. Use folders that do not hold one another."),
        conflict(dir.resolve("w/my"), dir.resolve("w"), null, null));
  }

  @Test
  void anOutputOrCacheInsideTheSeedsWouldBeReadAsArticles() {
    assertTrue(conflict(dir.resolve("seeds"), dir.resolve("seeds/site"), null, null).orElseThrow()
        .contains("the site would be read back as articles"));
    assertTrue(conflict(dir.resolve("seeds"), dir.resolve("site"), dir.resolve("seeds"), null)
        .orElseThrow().contains("are the same"));
    // a hidden folder inside the seeds is never read: a cache there is fine
    assertEquals(Optional.empty(), conflict(dir.resolve("seeds"), dir.resolve("site"),
        dir.resolve("seeds/.newsdigest-cache"), null));
  }

  @Test
  void twoNamesOfOneFolderAreTheSameFolder() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path link = Files.createSymbolicLink(dir.resolve("alias"), seeds);
    assertTrue(conflict(seeds, link.resolve("site"), null, null).isPresent());
    assertTrue(conflict(seeds, dir.resolve("x/../seeds/out"), null, null).isPresent());
  }

  @Test
  void aBuildWithSeedsInsideTheOutputStopsBeforeTouchingAnything() throws IOException {
    Path out = Files.createDirectories(dir.resolve("w"));
    Path seeds = Files.createDirectories(out.resolve("my"));
    Files.writeString(seeds.resolve("a.txt"), "Storm closes harbour\n\nIt closed.\n");
    Files.writeString(out.resolve(".newsdigest-site"), "");
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(err));
    int code = cli.execute("build", "--seeds", seeds.toString(), "--out", out.toString(),
        "--no-cache", "--quiet");
    assertEquals(ExitCodes.USAGE, code, err.toString());
    assertTrue(err.toString().contains("holds the seeds folder"), err.toString());
    assertTrue(Files.exists(seeds.resolve("a.txt")), "the articles are still there");
  }
}
