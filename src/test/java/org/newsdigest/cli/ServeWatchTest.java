package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.serve.SiteWatcher;
import picocli.CommandLine;

/** {@code serve --watch}: the rebuild it runs, alone and driven by the watcher. */
class ServeWatchTest {
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

  private ServeCommand.Rebuild rebuild(Path seeds, Path templates, Path site) {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--watch", "--seeds", seeds.toString(), "--templates", templates.toString(),
        "--out", site.toString(), "--port", "0");
    return serve.rebuild(new PrintWriter(out), new PrintWriter(err));
  }

  private static String read(Path file) throws Exception {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void aFailedRebuildKeepsTheLastGoodSiteAndSaysWhy() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Path site = dir.resolve("site");
    Files.writeString(seeds.resolve("storm.txt"), STORM);
    ServeCommand.Rebuild rebuild = rebuild(seeds, templates, site);

    rebuild.run();
    assertEquals(1, rebuild.reload.version());
    String built = read(site.resolve("index.html"));
    assertTrue(built.contains("Storm Closes Harbour in Gdansk"), built);

    Files.writeString(templates.resolve("index.ftlh"), "<#if>broken");
    rebuild.run();
    assertEquals(1, rebuild.reload.version(), "open pages must not reload onto nothing");
    assertEquals(built, read(site.resolve("index.html")));
    assertTrue(err.toString().contains("rebuild failed, still serving the previous site"), err.toString());
    assertTrue(err.toString().contains("index.ftlh"), err.toString());
  }

  @Test
  void aNewSeedIsBuiltByTheWatcherAndOpenPagesAreToldToReload() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Path site = dir.resolve("site");
    Files.writeString(seeds.resolve("storm.txt"), STORM);
    ServeCommand.Rebuild rebuild = rebuild(seeds, templates, site);
    rebuild.run();
    try (SiteWatcher watcher =
        SiteWatcher.start(List.of(seeds, templates), Duration.ofMillis(100), rebuild, new PrintWriter(err))) {
      Files.writeString(seeds.resolve("ferry.txt"), FERRY);
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (rebuild.reload.version() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      assertEquals(2, rebuild.reload.version(), err.toString());
    }
    assertTrue(read(site.resolve("index.html")).contains("Ferry Service Resumes in Gdansk"));
    assertFalse(read(site.resolve("index.html")).contains("__newsdigest"), "the built files stay clean");
  }

  @Test
  void withTimingsEachBuildAlsoSaysWhatEachStageTook() throws Exception {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(seeds.resolve("storm.txt"), STORM);
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--watch", "--timings", "--seeds", seeds.toString(),
        "--templates", templates.toString(), "--out", dir.resolve("site").toString());
    ServeCommand.Rebuild rebuild = serve.rebuild(new PrintWriter(out), new PrintWriter(err));
    rebuild.run();
    Files.writeString(seeds.resolve("ferry.txt"), FERRY);
    rebuild.run();
    // Nothing changed: every event and pair score comes from the merger's memos, and every
    // event and article page's fingerprint from the render's.
    rebuild.run();
    List<String> all = out.toString().lines().toList();
    // Each build's render by output, as build --timings prints it: a heading, a row per kind.
    assertEquals(3, all.stream().filter(line -> line.startsWith("Render by output")).count());
    assertTrue(all.stream().anyMatch(line -> line.matches("  event\\.ftlh +[0-9.]+ s .*")), out.toString());
    List<String> lines = all.stream()
        .filter(line -> !line.startsWith("Render by output") && !line.startsWith("  ")).toList();
    assertEquals(12, lines.size(), out.toString());
    for (int build = 0; build < 3; build++) {
      assertTrue(lines.get(4 * build).startsWith("Built "), out.toString());
      assertTrue(lines.get(4 * build + 1).matches(
          "Stages: read [0-9.]+ s; merge [0-9.]+ s; entities [0-9.]+ s; stories [0-9.]+ s;"
              + " render [0-9.]+ s; publish [0-9.]+ s\\."), lines.get(4 * build + 1));
      assertTrue(lines.get(4 * build + 2).matches(
          "Merge steps: checks [0-9.]+ s; terms [0-9.]+ s; .*; assembly [0-9.]+ s;"
              + " terms remembered \\d+; pairs \\d+;"
              + " pairs remembered \\d+; topic parts \\d+; topic parts remembered \\d+;"
              + " events \\d+; events remembered \\d+\\."),
          lines.get(4 * build + 2));
    }
    assertTrue(lines.get(2).endsWith("; events 1; events remembered 0."), lines.get(2));
    assertTrue(lines.get(3).matches("Pages remembered: 0 of [1-9]\\d* event, article, entity and feed pages\\."),
        lines.get(3));
    assertTrue(lines.get(10).matches(".*; pairs (\\d+); pairs remembered \\1;"
        + " topic parts (\\d+); topic parts remembered \\2; events (\\d+); events remembered \\3\\."),
        lines.get(10));
    assertTrue(lines.get(11).matches("Pages remembered: ([1-9]\\d*) of \\1 event, article, entity and feed pages\\."),
        lines.get(11));
  }

  @Test
  void aBadBaseUrlIsACommandLineError() {
    StringWriter errors = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setErr(new PrintWriter(errors));
    int code = cli.execute("serve", "--watch", "--seeds", dir.toString(), "--base-url", "ftp://x", "--port", "0");
    assertEquals(ExitCodes.USAGE, code, errors.toString());
    assertTrue(errors.toString().contains("ftp://x"), errors.toString());
  }
}
