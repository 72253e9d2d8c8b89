package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.check.SiteChecker;
import org.newsdigest.cli.ExitCodes;

/**
 * Two {@code newsdigest build} processes started together into one output folder, from two
 * different seeds folders: without a lock each one's start-up clean-up deleted the other's
 * temporary folder (about half failed), and two in-place updates sharing a cache mixed their
 * pages into one broken site. Now the second waits for the first: both succeed, and the site is
 * exactly a clean build of one of the two seeds folders, whole and passing the checker. A few
 * rounds each, fresh and in place, so the test stays short.
 */
class ConcurrentBuildsIT {
  private static final Path JAR = Path.of("target", "newsdigest.jar");
  private static final int ROUNDS = 3;

  @TempDir Path dir;

  @Test
  void twoBuildsIntoOneFolderAtOnceBothSucceedAndLeaveOneWholeSite() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run through 'mvn verify' so the jar exists");
    Path seedsA = dir.resolve("seeds-a");
    Path seedsB = dir.resolve("seeds-b");
    GeneratedArticles.write(seedsA, 60, 1);
    GeneratedArticles.write(seedsB, 60, 2);
    Map<String, String> cleanA = cleanBuild(seedsA, "clean-a");
    Map<String, String> cleanB = cleanBuild(seedsB, "clean-b");
    Path site = dir.resolve("site");
    for (List<String> cache : List.of(List.of("--no-cache"), List.of("--cache", dir.resolve("cache").toString()))) {
      for (int round = 1; round <= ROUNDS; round++) {
        String when = cache + ", round " + round;
        Process a = start(seedsA, site, cache);
        Process b = start(seedsB, site, cache);
        assertEquals(ExitCodes.OK, a.waitFor(), when + ": " + output(a));
        assertEquals(ExitCodes.OK, b.waitFor(), when + ": " + output(b));
        Map<String, String> built = CrashSafetyIT.digests(site);
        assertTrue(built.equals(cleanA) || built.equals(cleanB), when + ": the site is a mix of the two builds");
        assertEquals(List.of(), new SiteChecker().check(site), when);
      }
    }
  }

  private Map<String, String> cleanBuild(Path seeds, String name) throws Exception {
    Process build = start(seeds, dir.resolve(name), List.of("--no-cache"));
    assertEquals(ExitCodes.OK, build.waitFor(), output(build));
    return CrashSafetyIT.digests(dir.resolve(name));
  }

  private static String output(Process process) throws IOException {
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Process start(Path seeds, Path out, List<String> cache) throws IOException {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
        "-XX:-UsePerfData", "-jar", JAR.toString(), "build", "--seeds", seeds.toString(),
        "--templates", "templates", "--out", out.toString(), "--quiet"));
    command.addAll(cache);
    return new ProcessBuilder(command).redirectErrorStream(true).start();
  }
}
