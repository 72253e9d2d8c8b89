package org.newsdigest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsdigest.model.Page;

/**
 * Killing an in-place update never breaks the site: a process updates a generated site of linked
 * pages from one version to the next through {@link Publisher#openIncremental} and is killed
 * (SIGKILL) at seeded random moments, {@value #KILLS} times. After each kill every visible file
 * is a whole page of one of the two versions, never half of one, and every link of every page
 * whose path both versions have resolves (new pages link to each other, so one placed an
 * instant before the other may not, and the deletion pass can likewise leave a page it deletes
 * linking to one it deleted, see {@link InPlaceSiteWriter}); the next complete update leaves
 * what a clean build of its version leaves, hidden
 * temporary files included (none). The commit's own steps take a few milliseconds, so few kills
 * land inside them: their order is checked one by one by {@code InPlaceSiteWriterTest}.
 */
class InPlaceKillIT {
  private static final int PAGES = 1500;
  private static final int KILLS = 30;
  private static final long SEED = 11;
  private static final Pattern HREF = Pattern.compile("href=\"([^\"]+)\"");

  @TempDir Path dir;

  @Test
  void killedUpdatesKeepEveryPageWholeAndEveryLinkWorking() throws Exception {
    Path site = dir.resolve("site");
    Path manifest = dir.resolve("cache/site.manifest");
    long started = System.nanoTime();
    assertEquals(0, run(site, manifest, 1));
    long estimate = (System.nanoTime() - started) / 1_000_000;
    int version = 1;
    Random random = new Random(SEED);
    int midUpdate = 0;
    int hiddenSeen = 0;
    for (int kill = 1; kill <= KILLS; kill++) {
      int next = version + 1;
      // Half the kills anywhere, half in the last 40%, where the commit renames and deletes.
      double fraction = kill % 2 == 0 ? random.nextDouble() : 0.6 + 0.4 * random.nextDouble();
      long delay = Math.round(fraction * estimate * 1.1);
      long start = System.nanoTime();
      Process process = start(site, manifest, next);
      if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
        assertEquals(0, process.exitValue(), "kill " + kill + ": the update failed");
        estimate = (System.nanoTime() - start) / 1_000_000;
        version = next;
      } else {
        process.destroyForcibly();
        process.waitFor();
        midUpdate++;
      }
      // Pages both versions have must link soundly whatever the kill left; a page only the old
      // version has may be deleted, and one it links to deleted an instant before it (the
      // deletion pass has no order that spares every link between two pages it deletes), but no
      // page of either version links to either of them any more.
      java.util.Set<String> kept = pathsOf(version);
      kept.retainAll(pathsOf(next));
      checkWholeAndLinked(site, kept, "kill " + kill + " after " + delay + " ms");
      hiddenSeen += hiddenFiles(site);
      // Half the time the next run writes the version that was being written, half the time
      // the one after: both must come out clean whatever the kill left.
      if (kill % 3 == 0) {
        int clean = version + 1;
        assertEquals(0, run(site, manifest, clean));
        version = clean;
        assertEquals(cleanBuild(clean), snapshot(site), "kill " + kill + ": the next build is clean");
      }
    }
    int last = version + 1;
    assertEquals(0, run(site, manifest, last));
    assertEquals(cleanBuild(last), snapshot(site));
    assertEquals(0, hiddenFiles(site), "the last build left no temporary file");
    System.out.printf(java.util.Locale.ROOT, "in-place kills: %d kills, %d mid-update, %d hidden"
        + " temporary files seen and later removed, every page whole and every link working%n",
        KILLS, midUpdate, hiddenSeen);
    assertTrue(midUpdate >= KILLS / 3, "too few kills landed mid-update to prove anything: " + midUpdate);
  }

  private static java.util.Set<String> pathsOf(int version) {
    java.util.Set<String> paths = new java.util.HashSet<>();
    LinkedSite.version(PAGES, version).forEach(page -> paths.add(page.path()));
    return paths;
  }

  /**
   * Every visible file is a whole page of some version; every link of a page at a path of
   * {@code existing} resolves to a file.
   */
  private static void checkWholeAndLinked(Path out, java.util.Set<String> existing, String when)
      throws IOException {
    Path site = out;
    if (!Files.exists(out)) {
      // Killed between the two renames of a fresh build's swap: the site waits aside, whole,
      // and the next build puts it back.
      try (Stream<Path> siblings = Files.list(out.getParent())) {
        List<Path> aside = siblings.filter(p -> p.getFileName().toString().startsWith(".site.newsdigest-old-")).toList();
        assertEquals(1, aside.size(), when + ": no site and no site aside");
        site = aside.get(0);
      }
    }
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
          continue; // the marker, and hidden temporary files, which no link can name
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String path = site.relativize(file).toString();
        if (!text.matches("(?s).*<!-- end of " + Pattern.quote(path) + " edition \\d+ -->\n")) {
          fail(when + ": " + path + " is not a whole page");
        }
        if (!existing.contains(path)) {
          continue;
        }
        Matcher href = HREF.matcher(text);
        while (href.find()) {
          Path target = file.getParent().resolve(href.group(1)).normalize();
          assertTrue(Files.isRegularFile(target), when + ": " + path + " links to a missing " + href.group(1));
        }
      }
    }
  }

  private static int hiddenFiles(Path site) throws IOException {
    if (!Files.exists(site)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(site)) {
      return (int) walk.filter(p -> p.getFileName().toString().startsWith(PagePaths.RESERVED_PREFIX + "part-")).count();
    }
  }

  private Map<String, String> cleanBuild(int version) throws IOException {
    Path clean = dir.resolve("clean-" + version);
    if (!Files.exists(clean)) {
      new Publisher().publish(LinkedSite.version(PAGES, version), clean);
    }
    return snapshot(clean);
  }

  private static Map<String, String> snapshot(Path root) throws IOException {
    Map<String, String> all = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.filter(p -> !p.equals(root)).toList()) {
        all.put(root.relativize(path).toString(), Files.isDirectory(path) ? "<folder>" : Files.readString(path));
      }
    }
    return all;
  }

  private static Process start(Path site, Path manifest, int version) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        ProcessHandle.current().info().command().orElse("java"), "-XX:-UsePerfData", "-cp", classPath(),
        InPlaceUpdateProcess.class.getName(), site.toString(), manifest.toString(),
        Integer.toString(PAGES), Integer.toString(version)));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.INHERIT);
    return builder.start();
  }

  private static int run(Path site, Path manifest, int version) throws Exception {
    return start(site, manifest, version).waitFor();
  }

  /** The publisher and model classes and these test classes; the process needs nothing else. */
  private static String classPath() {
    List<String> entries = new ArrayList<>();
    for (Class<?> type : List.of(Publisher.class, Page.class, InPlaceUpdateProcess.class)) {
      try {
        String entry = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        if (!entries.contains(entry)) {
          entries.add(entry);
        }
      } catch (java.net.URISyntaxException e) {
        throw new IllegalStateException(e);
      }
    }
    return String.join(File.pathSeparator, entries);
  }
}
