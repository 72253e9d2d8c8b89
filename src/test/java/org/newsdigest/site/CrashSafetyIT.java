package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.build.BuildLock;
import org.newsdigest.check.SiteChecker;
import org.newsdigest.cli.ExitCodes;

/**
 * Killing {@code newsdigest build} never loses the site: the packaged jar builds a few hundred
 * generated articles in a process of its own, which is killed (SIGKILL, no shutdown hook runs)
 * at seeded random moments, {@value #KILLS} times; after each kill the site folder is the first
 * good build byte for byte, and the next complete build leaves no temporary folder behind. A
 * read-only site, a parent that accepts no new folder, a full disk (a file-size limit, which the
 * kernel enforces even for root) and a file where the folder should be each fail with exit code 1,
 * a message naming the folder and the reason, and the old site in place.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashSafetyIT {
  private static final Path JAR = Path.of("target", "newsdigest.jar");
  private static final int ARTICLES = 150;
  private static final int KILLS = 40;
  private static final long SEED = 7;

  Path dir;
  Path seeds;
  Path site;
  Map<String, String> good;
  long buildMillis;

  @BeforeAll
  void firstGoodBuild(@TempDir Path dir) throws Exception {
    this.dir = dir;
    assertTrue(Files.isRegularFile(JAR), "run through 'mvn verify' so the jar exists");
    seeds = dir.resolve("seeds");
    GeneratedArticles.write(seeds, ARTICLES, SEED);
    site = dir.resolve("site");
    long started = System.nanoTime();
    Result result = run(List.of(), site);
    buildMillis = (System.nanoTime() - started) / 1_000_000;
    assertEquals(ExitCodes.OK, result.code(), result.output());
    good = digests(site);
    assertTrue(good.size() > 200, "too small a site to kill mid-write: " + good.size() + " files");
    assertEquals(List.of(), new SiteChecker().check(site), "the first build must pass the checker");
  }

  @Test
  void killedBuildsNeverDamageThePreviousSiteAndTheNextBuildCleansUp() throws Exception {
    Random random = new Random(SEED);
    int midBuild = 0;
    int finishedFirst = 0;
    int inSwapWindow = 0;
    int leftoversSeen = 0;
    // The machine is shared, so a build's length varies: a build that ends before its kill
    // shows how long builds take now.
    long estimate = buildMillis;
    for (int kill = 1; kill <= KILLS; kill++) {
      // Half the kills anywhere in the build, half in its last 40%, where pages are written
      // and swapped in: the moments that could damage the site.
      double fraction = kill % 2 == 0 ? random.nextDouble() : 0.6 + 0.4 * random.nextDouble();
      long delay = Math.round(fraction * estimate * 1.1);
      long started = System.nanoTime();
      Process process = start(List.of(), site);
      if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
        finishedFirst++;
        estimate = (System.nanoTime() - started) / 1_000_000;
      } else {
        process.destroyForcibly();
        process.waitFor();
        midBuild++;
      }
      String when = "kill " + kill + " after " + delay + " ms";
      if (Files.exists(site)) {
        assertEquals(good, digests(site), when + ": the site changed");
      } else {
        // Killed between the two renames of the swap: the previous site waits, whole, aside,
        // and the next build puts it back (checked on the next round).
        inSwapWindow++;
        List<Path> aside = siblings(".site.newsdigest-old-");
        assertEquals(1, aside.size(), when + ": no site and no site aside");
        assertEquals(good, digests(aside.get(0)), when + ": the site aside changed");
      }
      leftoversSeen += siblings(".site.newsdigest-").size();
    }
    Result last = run(List.of(), site);
    assertEquals(ExitCodes.OK, last.code(), last.output());
    assertEquals(good, digests(site));
    assertEquals(List.of(), siblings(".site.newsdigest-"), "the last build removed every leftover");
    assertEquals(List.of(), new SiteChecker().check(site));
    System.out.printf(java.util.Locale.ROOT,
        "crash safety: %d kills (%d mid-build, %d after the build had finished, %d between the two"
            + " renames), build of %d articles takes %d ms, %d leftover folders seen and removed,"
            + " site intact every time%n",
        KILLS, midBuild, finishedFirst, inSwapWindow, ARTICLES, buildMillis, leftoversSeen);
    assertTrue(midBuild >= KILLS / 2, "too few kills landed mid-build to prove anything: " + midBuild);
  }

  @Test
  void aReadOnlySiteFolderIsRefusedWithAClearMessage() throws Exception {
    Path copy = goodCopy("readonly");
    setWritable(copy, false);
    try {
      Result result = run(dropRootOverride(), copy);
      assertEquals(ExitCodes.FAILED, result.code(), result.output());
      assertTrue(result.output().contains("Refusing to replace '" + copy + "': the folder is read-only."),
          result.output());
      assertTrue(result.output().contains("the previous site in " + copy + " was left as it was"));
    } finally {
      setWritable(copy, true);
    }
    assertEquals(good, digests(copy));
  }

  @Test
  void aReadOnlyCacheIsNamedAndTheBuildGoesOnWithoutIt() throws Exception {
    Path copy = goodCopy("read-only-cache");
    Path cache = dir.resolve("read-only-cache-cache");
    List<String> withCache = List.of("--cache", cache.toString());
    assertEquals(ExitCodes.OK, run(List.of(), copy, withCache).code());
    try (Stream<Path> walk = Files.walk(cache)) {
      for (Path path : walk.toList()) {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
      }
    }
    try {
      Result result = run(dropRootOverride(), copy, withCache);
      assertEquals(ExitCodes.OK, result.code(), result.output());
      assertTrue(result.output().contains("the cache folder " + cache.toAbsolutePath() + " cannot be written")
          && result.output().contains("building without it"), result.output());
      assertEquals(good, digests(copy), "the same site");
    } finally {
      try (Stream<Path> walk = Files.walk(cache)) {
        for (Path path : walk.toList()) {
          Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
        }
      }
    }
  }

  @Test
  void aParentThatAcceptsNoNewFolderFailsAndKeepsTheSite() throws Exception {
    Path copy = goodCopy("locked-parent");
    Path parent = copy.getParent();
    setWritable(parent, false);
    try {
      Result result = run(dropRootOverride(), copy);
      assertEquals(ExitCodes.FAILED, result.code(), result.output());
      // The lock file beside the site is the first new file the build would make there.
      assertTrue(result.output().contains("does not accept a new file (permission denied"),
          result.output());
    } finally {
      setWritable(parent, true);
    }
    assertEquals(good, digests(copy));
  }

  @Test
  void aFullDiskFailsNamingThePageAndKeepsTheSite() throws Exception {
    Path copy = goodCopy("full-disk");
    // ulimit -f makes every write past 32 KiB fail as a full disk does; the JVM ignores SIGXFSZ,
    // so the write returns an error instead of killing the process.
    Result result = run(List.of("bash", "-c", "ulimit -f 32 && exec \"$0\" \"$@\""), copy);
    assertEquals(ExitCodes.FAILED, result.code(), result.output());
    assertTrue(result.output().contains("Could not write the site for '" + copy + "': could not write "),
        result.output());
    assertTrue(result.output().contains("File too large"), result.output());
    assertEquals(good, digests(copy));
    try (Stream<Path> list = Files.list(copy.getParent())) {
      assertEquals(List.of(copy), list.filter(p -> !p.equals(BuildLock.lockFileOf(copy))).toList(),
          "the half-written folder is removed");
    }
  }

  @Test
  void aFileWhereTheFolderShouldBeIsRefused() throws Exception {
    Path file = Files.createDirectories(dir.resolve("file-out")).resolve("site");
    Files.writeString(file, "not a folder");
    Result result = run(List.of(), file);
    assertEquals(ExitCodes.FAILED, result.code(), result.output());
    assertTrue(result.output().contains("Refusing to publish into '" + file + "': it is a file"),
        result.output());
    assertEquals("not a folder", Files.readString(file));
    Result under = run(List.of(), file.resolve("site"));
    assertEquals(ExitCodes.FAILED, under.code(), under.output());
    assertTrue(under.output().contains("Could not create the folder '" + file + "'"), under.output());
    assertEquals("not a folder", Files.readString(file));
  }

  /** A copy of the good site in a folder of its own. */
  private Path goodCopy(String name) throws IOException {
    Path copy = Files.createDirectories(dir.resolve(name)).resolve("site");
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path from : walk.sorted().toList()) {
        Path to = copy.resolve(site.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    return copy;
  }

  /**
   * Root ignores file permissions; dropping the capability that lets it makes the build process
   * meet a read-only folder as any user does. Not root: nothing to drop.
   */
  private static List<String> dropRootOverride() {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      return List.of();
    }
    boolean setpriv = Files.isExecutable(Path.of("/usr/bin/setpriv"));
    org.junit.jupiter.api.Assumptions.assumeTrue(setpriv, "running as root without setpriv");
    return List.of("/usr/bin/setpriv", "--bounding-set=-dac_override,-dac_read_search");
  }

  private static void setWritable(Path folder, boolean writable) throws IOException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString(writable ? "rwx------" : "r-x------"));
  }

  private record Result(int code, String output) {}

  private Process start(List<String> prefix, Path out) throws IOException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(javaBinary(), "-XX:-UsePerfData", "-jar", JAR.toString(), "build",
        "--seeds", seeds.toString(), "--templates", "templates", "--out", out.toString(), "--quiet"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    return builder.start();
  }

  private Result run(List<String> prefix, Path out) throws IOException, InterruptedException {
    return run(prefix, out, List.of());
  }

  private Result run(List<String> prefix, Path out, List<String> options)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(prefix);
    command.addAll(List.of(javaBinary(), "-XX:-UsePerfData", "-jar", JAR.toString(), "build",
        "--seeds", seeds.toString(), "--templates", "templates", "--out", out.toString(), "--quiet"));
    command.addAll(options);
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Result(process.waitFor(), output);
  }

  /** Hidden folders beside the site whose names start with {@code prefix}; the lock file stays. */
  private List<Path> siblings(String prefix) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> p.getFileName().toString().startsWith(prefix))
          .filter(p -> !p.equals(BuildLock.lockFileOf(site))).sorted().toList();
    }
  }

  private static String javaBinary() {
    return ProcessHandle.current().info().command().orElse("java");
  }

  static Map<String, String> digests(Path root) throws IOException {
    Map<String, String> digests = new TreeMap<>();
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
        digests.put(root.relativize(file).toString(), HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
      }
    }
    return digests;
  }
}
