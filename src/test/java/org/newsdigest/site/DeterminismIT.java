package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes: the packaged jar builds the seeds in two separate JVMs under
 * opposite time zones and different languages, from copies of the seeds written in opposite
 * orders, and the two sites are identical file for file.
 */
class DeterminismIT {
  private static final Path JAR = Path.of("target", "newsdigest.jar");

  @TempDir Path dir;

  @Test
  void twoBuildsUnderDifferentZonesLocalesAndFileOrdersAreByteIdentical() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run through 'mvn verify' so the jar exists");
    Path first = build("Pacific/Kiritimati", "tr", "TR", "tr_TR.UTF-8", false);
    Path second = build("America/Los_Angeles", "de", "DE", "de_DE.UTF-8", true);
    Map<String, String> a = digests(first);
    Map<String, String> b = digests(second);
    assertTrue(a.size() > 5, "the site is too small to be a real build: " + a.keySet());
    assertEquals(a, b);
  }

  private Path build(String zone, String language, String country, String lang, boolean reversed)
      throws IOException, InterruptedException {
    String name = zone.replace('/', '-');
    Path seeds = dir.resolve(name + "-seeds");
    Files.createDirectories(seeds);
    List<Path> files;
    try (Stream<Path> list = Files.list(Path.of("seeds"))) {
      files = new ArrayList<>(list.sorted().toList());
    }
    if (reversed) {
      java.util.Collections.reverse(files);
    }
    for (Path file : files) {
      Files.copy(file, seeds.resolve(file.getFileName()));
    }
    Path out = dir.resolve(name + "-site");
    ProcessBuilder process = new ProcessBuilder(
        javaBinary(), "-Duser.timezone=" + zone, "-Duser.language=" + language, "-Duser.country=" + country,
        "-jar", JAR.toString(), "build", "--seeds", seeds.toString(), "--templates", "templates",
        "--out", out.toString(), "--quiet");
    process.environment().put("TZ", zone);
    process.environment().put("LANG", lang);
    process.environment().put("LC_ALL", lang);
    process.redirectErrorStream(true);
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(0, running.waitFor(), output);
    return out;
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  private static Map<String, String> digests(Path root) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] hash = sha.digest(Files.readAllBytes(file));
        digests.put(root.relativize(file).toString(), java.util.HexFormat.of().formatHex(hash));
      }
    }
    return digests;
  }
}
