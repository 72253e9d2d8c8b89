package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve --watch} keeps every read in memory: a rebuild reads only the edited file. */
class ServeWatchCacheTest {
  private static final String STORM = """
      Storm Closes Harbour in Gdansk

      Published on March 3, 2025

      Gdansk, March 3 (PAP) – A storm closed the harbour in Gdansk on Monday, the port authority said.
      """;
  private static final String FERRY = """
      Ferry Service Resumes in Gdansk

      Published on March 5, 2025

      Gdansk, March 5 (PAP) – Ferries sailed again from Gdansk on Wednesday after the storm passed.
      """;

  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private ServeCommand.Rebuild rebuild(Path seeds, Path site, String... cache) {
    ServeCommand serve = new ServeCommand();
    String[] args = {"--watch", "--seeds", seeds.toString(), "--templates",
        dir.resolve("templates").toString(), "--out", site.toString(), "--port", "0"};
    String[] all = new String[args.length + cache.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(cache, 0, all, args.length, cache.length);
    new CommandLine(serve).parseArgs(all);
    return serve.rebuild(new PrintWriter(out), new PrintWriter(err));
  }

  private String lastLine() {
    String[] lines = out.toString().strip().split("\n");
    return lines[lines.length - 1];
  }

  @Test
  void aRebuildAfterOneEditReadsOnlyThatFileEvenWithoutACacheFolder() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.createDirectories(dir.resolve("templates"));
    Path site = dir.resolve("site");
    Files.writeString(seeds.resolve("storm.txt"), STORM, StandardCharsets.UTF_8);
    Files.writeString(seeds.resolve("ferry.txt"), FERRY, StandardCharsets.UTF_8);
    ServeCommand.Rebuild rebuild = rebuild(seeds, site, "--no-cache");

    rebuild.run();
    assertFalse(lastLine().contains("from cache"), lastLine());
    Files.writeString(seeds.resolve("ferry.txt"), FERRY.replace("Wednesday", "Thursday"), StandardCharsets.UTF_8);
    rebuild.run();
    assertTrue(lastLine().contains("(read 1 of 2 files, 1 from cache)"), lastLine());
    assertTrue(Files.readString(site.resolve("data/events.json")).contains("ferry.txt"));
    Files.delete(seeds.resolve("storm.txt"));
    rebuild.run();
    assertTrue(lastLine().contains("(read 0 of 1 file, 1 from cache)"), lastLine());
    assertFalse(Files.readString(site.resolve("data/events.json")).contains("storm.txt"));
    assertEquals("", err.toString());
    assertFalse(Files.exists(dir.resolve(".newsdigest-cache")));
  }

  @Test
  void withACacheFolderAFreshServeStartsFromTheReadsOfTheLastBuild() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.createDirectories(dir.resolve("templates"));
    Files.writeString(seeds.resolve("storm.txt"), STORM, StandardCharsets.UTF_8);
    Path cache = dir.resolve("cache");
    rebuild(seeds, dir.resolve("site"), "--cache", cache.toString()).run();
    rebuild(seeds, dir.resolve("site"), "--cache", cache.toString()).run();
    assertTrue(lastLine().contains("(read 0 of 1 file, 1 from cache)"), lastLine());
  }
}
