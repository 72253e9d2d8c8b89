package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same inputs, same bytes, whatever the machine: the packaged jar builds one folder of articles
 * in separate JVMs under opposite time zones ({@code Pacific/Kiritimati}, UTC+14, against
 * {@code America/Los_Angeles}, UTC-8: a different calendar day for most of the day), two
 * languages whose case rules and number formats differ ({@code tr_TR}, with its dotless i,
 * against {@code de_DE}, with its decimal comma), set both as JVM properties and as
 * {@code LANG}/{@code LC_ALL}, and from copies of the input written in name order and in reverse
 * order. The SHA-256 of every file must match across runs.
 *
 * <p>The runs form a covering array (L4) of the three two-valued factors: every pair of values
 * of any two factors occurs in some run, and every run differs from every other in exactly two
 * factors, so an output that depends on any one factor, or on any two together, differs between
 * some two runs; only a dependence on all three at once could hide. Four JVM builds instead of
 * eight keep the test short on a shared two-core machine.
 *
 * <p>The input: the project's seeds, the validity sample (saved web pages, Markdown, an RSS feed,
 * Windows-1252 text), 30 real ECB+ articles (six events, look-alikes among them) and 45 generated
 * reports (15 events).
 */
class DeterminismIT {
  private static final Path JAR = Path.of("target", "newsdigest.jar");
  private static final Path ECBPLUS = Path.of("src", "test", "resources", "site", "ecbplus");

  /** One build of the matrix. */
  private record Run(String zone, String language, String country, boolean reversed) {
    String lang() {
      return language + "_" + country + ".UTF-8";
    }

    String describe() {
      return String.format(Locale.ROOT, "%-20s %-12s %-8s", zone, lang(), reversed ? "reverse" : "name");
    }
  }

  private static final List<Run> MATRIX = List.of(
      new Run("Pacific/Kiritimati", "tr", "TR", false),
      new Run("Pacific/Kiritimati", "de", "DE", true),
      new Run("America/Los_Angeles", "tr", "TR", true),
      new Run("America/Los_Angeles", "de", "DE", false));

  @TempDir Path dir;

  @Test
  void everyRunOfTheMatrixBuildsTheSameBytes() throws Exception {
    assertTrue(Files.isRegularFile(JAR), "run through 'mvn verify' so the jar exists");
    Path input = input();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(input)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertTrue(files.size() > 80, "too small an input to prove much: " + files.size());
    Map<String, String> first = null;
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
        "determinism matrix over %d input files:%n%-4s %-20s %-12s %-8s %6s  %-16s%n",
        files.size(), "run", "TZ", "LANG", "order", "files", "site SHA-256"));
    for (int i = 0; i < MATRIX.size(); i++) {
      Run run = MATRIX.get(i);
      Path site = build(i, run, input, files);
      Map<String, String> digests = digests(site);
      table.append(String.format(Locale.ROOT, "%-4d %s %6d  %s%n", i + 1, run.describe(),
          digests.size(), siteDigest(digests).substring(0, 16)));
      if (first == null) {
        first = digests;
        assertTrue(first.size() > 100, "the site is too small to be a real build: " + first.keySet());
      } else {
        assertEquals(first, digests, "run " + (i + 1) + " (" + run.describe().strip()
            + ") differs from run 1 in: " + differences(first, digests));
      }
    }
    System.out.print(table);
  }

  /** The input folder: every source, in one tree. */
  private Path input() throws IOException {
    SiteFixture sample = new SiteFixture(dir.resolve("sample"));
    ValiditySample.writeInto(sample);
    Path input = sample.seeds;
    try (Stream<Path> list = Files.list(ECBPLUS)) {
      for (Path file : list.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        sample.bytes("ecbplus/" + file.getFileName(), Files.readAllBytes(file));
      }
    }
    GeneratedArticles.write(input.resolve("generated"), 45, 11);
    return input;
  }

  private Path build(int index, Run run, Path input, List<Path> files)
      throws IOException, InterruptedException {
    Path seeds = dir.resolve("run-" + (index + 1) + "-seeds");
    List<Path> order = new ArrayList<>(files);
    if (run.reversed()) {
      Collections.reverse(order);
    }
    for (Path file : order) {
      Path copy = seeds.resolve(input.relativize(file).toString());
      Files.createDirectories(copy.getParent());
      Files.copy(file, copy);
    }
    Path out = dir.resolve("run-" + (index + 1) + "-site");
    ProcessBuilder process = new ProcessBuilder(
        javaBinary(), "-XX:-UsePerfData", "-Duser.timezone=" + run.zone(),
        "-Duser.language=" + run.language(), "-Duser.country=" + run.country(),
        "-jar", JAR.toString(), "build", "--seeds", seeds.toString(), "--templates", "templates",
        "--out", out.toString(), "--quiet");
    process.environment().put("TZ", run.zone());
    process.environment().put("LANG", run.lang());
    process.environment().put("LC_ALL", run.lang());
    process.redirectErrorStream(true);
    Process running = process.start();
    String output = new String(running.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, running.waitFor(), output);
    return out;
  }

  private static String differences(Map<String, String> a, Map<String, String> b) {
    List<String> paths = new ArrayList<>();
    for (String path : a.keySet()) {
      if (!a.get(path).equals(b.get(path))) {
        paths.add(path);
      }
    }
    for (String path : b.keySet()) {
      if (!a.containsKey(path)) {
        paths.add(path + " (only in the later run)");
      }
    }
    return paths.stream().limit(20).collect(Collectors.joining(", "));
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  /** One digest for the whole site: of every path and file digest, in path order. */
  private static String siteDigest(Map<String, String> digests) throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Map.Entry<String, String> file : digests.entrySet()) {
      sha.update((file.getKey() + " " + file.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static Map<String, String> digests(Path root) throws Exception {
    Map<String, String> digests = new TreeMap<>();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        byte[] hash = sha.digest(Files.readAllBytes(file));
        digests.put(root.relativize(file).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
      }
    }
    return digests;
  }
}
