package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * THE incremental test: after every kind of change to the input, a build that uses the cache
 * (and updates its site in place) gives a folder byte-identical to a clean {@code --no-cache}
 * build of the same input into a fresh folder, and the cache was really used.
 */
class IncrementalBuildTest {
  private static final Path ECBPLUS = Path.of("src/test/resources/site/ecbplus");
  private static final Pattern FROM_CACHE =
      Pattern.compile("\\(read (\\d+) of (\\d+) files?, (\\d+) from cache\\)");

  @TempDir Path dir;
  private Path seeds;
  private Path templates;
  private Path cache;
  private Path site;
  private int cleanBuilds;
  private List<String> extra = List.of();

  @BeforeEach
  void seeds() throws IOException {
    seeds = Files.createDirectories(dir.resolve("seeds"));
    templates = Files.createDirectories(dir.resolve("templates"));
    cache = dir.resolve("cache");
    site = dir.resolve("site");
    // Real reports: the first twelve ECB+ sample files hold reports of the same events.
    try (Stream<Path> files = Files.list(ECBPLUS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(12).toList()) {
        Files.copy(file, seeds.resolve(file.getFileName()));
      }
    }
    Files.createDirectories(seeds.resolve("local"));
    write("local/storm-1.txt", report("Storm closes harbour in Gdansk", "March 3, 2025", "Gdansk",
        "Daily Ledger", "A storm closed the harbour in Gdansk on Monday, the port authority said."));
    write("local/storm-2.md", """
        ---
        title: Gdansk harbour shut by storm
        date: 2025-03-03
        source: Evening Wire
        ---
        GDANSK, March 3 – A storm shut the harbour in Gdansk on Monday, the port authority said, and
        [ferries](https://example.org/ferries) stayed in port.

        "The waves were too high," said Anna Kowalski, the harbour master.
        """);
    write("local/fire.txt", report("Fire destroys warehouse in Porto", "June 12, 2024", "Porto",
        "Civic Post", "A fire destroyed a warehouse in Porto on Wednesday, and 40 workers were sent home."));
  }

  private static String report(String title, String date, String place, String outlet, String body) {
    return title + "\n\nPublished on " + date + "\n\n" + place + " (" + outlet + ") – " + body + "\n"
        + "\"We acted as fast as we could,\" said Maria Santos, who leads the emergency office.\n"
        + "Crews worked through the night in " + place + " and roads near the centre stayed closed.\n";
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(seeds.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** The summary line of the latest incremental build. */
  private String lastIncremental = "";

  /** Builds with the cache, then clean into a fresh folder; asserts equal sites; returns files read. */
  private int buildAndCompare() throws IOException {
    String incremental = run(List.of("--cache", cache.toString(), "--out", site.toString()));
    lastIncremental = incremental;
    Path clean = dir.resolve("clean-" + cleanBuilds++);
    String cleanOutput = run(List.of("--no-cache", "--out", clean.toString()));
    assertFalse(cleanOutput.contains("from cache"), cleanOutput);
    assertSameSite(contents(clean), contents(site));
    Matcher counts = FROM_CACHE.matcher(incremental);
    if (!counts.find()) {
      return -1; // nothing came from the cache: the summary says nothing about it
    }
    assertEquals(Integer.parseInt(counts.group(2)),
        Integer.parseInt(counts.group(1)) + Integer.parseInt(counts.group(3)), incremental);
    return Integer.parseInt(counts.group(1));
  }

  private String run(List<String> options) {
    List<String> args = new ArrayList<>(List.of("build", "--seeds", seeds.toString(),
        "--templates", templates.toString()));
    args.addAll(options);
    args.addAll(extra);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args.toArray(String[]::new));
    assertEquals(ExitCodes.OK, code, out + "\n" + err);
    return out.toString();
  }

  /** Every file of a site by relative path, with its bytes. */
  private static Map<String, byte[]> contents(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  /** Same file list, same bytes in every file; a failure names the first file that differs. */
  private static void assertSameSite(Map<String, byte[]> clean, Map<String, byte[]> incremental) {
    assertEquals(clean.keySet(), incremental.keySet(), "the incremental site has other files");
    for (Map.Entry<String, byte[]> file : clean.entrySet()) {
      assertArrayEquals(file.getValue(), incremental.get(file.getKey()),
          () -> file.getKey() + " differs from a clean build's:\n"
              + new String(incremental.get(file.getKey()), StandardCharsets.UTF_8));
    }
  }

  private String eventsJson() throws IOException {
    return Files.readString(site.resolve("data/events.json"), StandardCharsets.UTF_8);
  }

  @Test
  void everyKindOfChangeGivesTheSiteACleanBuildGives() throws IOException {
    assertEquals(-1, buildAndCompare(), "a first build has nothing in its cache");
    assertEquals(0, buildAndCompare(), "nothing changed: every file comes from the cache");
    assertTrue(lastIncremental.contains("(0 files written or removed; "), lastIncremental);
    assertEquals(templatePages(), pagesKept(),
        "nothing changed: every page made by a template is kept, not made again: " + lastIncremental);

    // One article's body edited.
    String fire = Files.readString(seeds.resolve("local/fire.txt"), StandardCharsets.UTF_8);
    write("local/fire.txt", fire.replace("40 workers", "45 workers"));
    assertEquals(1, buildAndCompare());
    assertTrue(eventsJson().contains("Fire destroys warehouse in Porto"), eventsJson());
    Matcher written = Pattern.compile("\\((\\d+) files? written or removed").matcher(lastIncremental);
    assertTrue(written.find(), "updated in place: " + lastIncremental);
    assertTrue(Integer.parseInt(written.group(1)) > 0, lastIncremental);
    assertTrue(pagesKept() > 0 && pagesKept() < templatePages(),
        "the pages of other events are kept, the edited article's are made again: " + lastIncremental);

    // Its title and date changed, so its event changes.
    write("local/fire.txt", report("Fire destroys depot in Porto", "June 20, 2024", "Porto",
        "Civic Post", "A fire destroyed a depot in Porto on Thursday, and 45 workers were sent home."));
    assertEquals(1, buildAndCompare());
    assertTrue(eventsJson().contains("Fire destroys depot in Porto"), eventsJson());

    // A new report that joins the storm event, and one that makes an event of its own.
    int eventsBefore = count(eventsJson(), "\"articles\"");
    write("local/storm-3.txt", report("Storm keeps Gdansk harbour closed", "March 3, 2025", "Gdansk",
        "Harbour Times", "A storm kept the harbour in Gdansk closed on Monday, the port authority said."));
    assertEquals(1, buildAndCompare());
    assertEquals(eventsBefore, count(eventsJson(), "\"articles\""), "the third storm report joins its event");
    write("local/strike.txt", report("Tram drivers strike in Graz", "October 2, 2023", "Graz",
        "Northern Courier", "Tram drivers in Graz stopped work on Monday over pay, the union said."));
    assertEquals(1, buildAndCompare());
    assertEquals(eventsBefore + 1, count(eventsJson(), "\"articles\""));

    // One deleted, one renamed (same bytes, new source key: read again under its new name).
    Files.delete(seeds.resolve("local/storm-1.txt"));
    assertEquals(0, buildAndCompare());
    assertFalse(eventsJson().contains("local/storm-1.txt"), eventsJson());
    Files.move(seeds.resolve("local/strike.txt"), seeds.resolve("local/graz-strike.txt"));
    assertEquals(1, buildAndCompare());
    assertTrue(eventsJson().contains("local/graz-strike.txt"), eventsJson());

    // One made unreadable: binary bytes are skipped, and the skip itself comes from the cache.
    byte[] binary = new byte[2048];
    Arrays.fill(binary, (byte) 0);
    Files.write(seeds.resolve("local/fire.txt"), binary);
    assertEquals(1, buildAndCompare());
    assertFalse(eventsJson().contains("local/fire.txt"), eventsJson());
    assertEquals(0, buildAndCompare());

    // A template changed: every file from the cache, the pages as the new template says.
    Files.writeString(templates.resolve("404.ftlh"), "<html><body>Not here: ${site.title}</body></html>\n");
    assertEquals(0, buildAndCompare());
    assertTrue(Files.readString(site.resolve("404.html")).contains("Not here"));
    assertEquals(0, pagesKept(), "new templates: no page is kept, each is made again");
    assertEquals(0, buildAndCompare());
    assertTrue(pagesKept() > 0, "kept again once made by the new templates: " + lastIncremental);

    // Site options changed.
    extra = List.of("--base-url", "https://news.example.org/digest/", "--title", "Harbour news");
    assertEquals(0, buildAndCompare());
    assertTrue(Files.readString(site.resolve("sitemap.xml")).contains("https://news.example.org/digest/"));
    assertEquals(0, pagesKept(), "new settings: no page is kept");
  }

  private static final Pattern KEPT = Pattern.compile("; (\\d+) pages? unchanged, not made again\\)");

  /** Pages the latest incremental build kept without making them again. */
  private int pagesKept() {
    Matcher kept = KEPT.matcher(lastIncremental);
    return kept.find() ? Integer.parseInt(kept.group(1)) : 0;
  }

  /**
   * The site's pages made from a fingerprinted model: HTML, Markdown, Atom, RSS, JSON Feed and
   * robots.txt. The others (events.json, the search index, static assets) are made every time.
   */
  private long templatePages() throws IOException {
    return contents(site).keySet().stream()
        .filter(path -> path.endsWith(".html") || path.endsWith(".md") || path.endsWith(".xml")
            || path.equals("robots.txt") || path.endsWith(".json") && !path.equals("data/events.json"))
        .count();
  }

  private static final Pattern REMEMBERED =
      Pattern.compile("pairs (\\d+); pairs remembered (\\d+); topic parts (\\d+);"
          + " topic parts remembered (\\d+); events (\\d+); events remembered (\\d+)\\.");

  @Test
  void aRebuildTakesFromTheCacheTheMergeOfWhatDidNotChange() throws IOException {
    extra = List.of("--timings");
    buildAndCompare();
    buildAndCompare();
    Matcher same = REMEMBERED.matcher(lastIncremental);
    assertTrue(same.find(), lastIncremental);
    assertEquals(same.group(1), same.group(2), "nothing changed: every pair score is taken");
    assertEquals(same.group(3), same.group(4), "nothing changed: every topic's split is taken");
    assertEquals(same.group(5), same.group(6), "nothing changed: every event is taken");

    String fire = Files.readString(seeds.resolve("local/fire.txt"), StandardCharsets.UTF_8);
    write("local/fire.txt", fire.replace("40 workers", "45 workers"));
    buildAndCompare();
    Matcher edited = REMEMBERED.matcher(lastIncremental);
    assertTrue(edited.find(), lastIncremental);
    int parts = Integer.parseInt(edited.group(3));
    int partsRemembered = Integer.parseInt(edited.group(4));
    assertTrue(partsRemembered > 0 && partsRemembered < parts,
        "the edited article's topic is split again, others are taken: " + lastIncremental);
    int events = Integer.parseInt(edited.group(5));
    int remembered = Integer.parseInt(edited.group(6));
    assertTrue(remembered > 0 && remembered < events,
        "the edited article's event is assembled again, others are taken: " + lastIncremental);
  }

  @Test
  void aDeletedOrDamagedCacheOnlyCostsAFullRead() throws IOException {
    buildAndCompare();
    assertEquals(0, buildAndCompare());

    deleteTree(cache);
    assertEquals(-1, buildAndCompare(), "a deleted cache: every file read again");
    assertEquals(0, buildAndCompare());

    // Every entry damaged in a different way: cut short, one byte flipped, emptied, swapped.
    List<Path> entries = entries();
    assertTrue(entries.size() >= 15, entries.toString());
    for (int i = 0; i < entries.size(); i++) {
      Path entry = entries.get(i);
      byte[] bytes = Files.readAllBytes(entry);
      switch (i % 4) {
        case 0 -> Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));
        case 1 -> {
          bytes[bytes.length / 2] ^= 0x20;
          Files.write(entry, bytes);
        }
        case 2 -> Files.write(entry, new byte[0]);
        default -> Files.write(entry, Files.readAllBytes(entries.get((i + 1) % entries.size())));
      }
    }
    for (String memo : List.of(".merge", ".render")) {
      Path file = onlyFile(memo);
      byte[] memory = Files.readAllBytes(file);
      memory[memory.length / 2] ^= 0x20;
      Files.write(file, memory);
    }
    assertEquals(-1, buildAndCompare(), "no damaged entry is used");
    assertEquals(0, buildAndCompare(), "the damaged entries were written anew");
  }

  @Test
  void twoSitesBuiltWithOneCacheShareReadsAndStayTheirOwn() throws IOException {
    buildAndCompare();
    Path first = dir.resolve("first");
    Files.move(site, first);
    Map<String, byte[]> firstSite = contents(first);
    site = dir.resolve("other-site");
    extra = List.of("--title", "Other");
    assertEquals(0, buildAndCompare(), "the reads are shared by both sites");
    site = first;
    extra = List.of();
    assertEquals(0, buildAndCompare());
    assertSameSite(firstSite, contents(first));
  }

  @Test
  void theCacheForgetsTheManifestOfASiteThatIsGone() throws IOException {
    buildAndCompare();
    Path preview = dir.resolve("preview");
    run(List.of("--cache", cache.toString(), "--out", preview.toString()));
    assertEquals(2, manifests().size(), "one manifest per site: " + manifests());
    assertEquals(2, siteFiles(".merge").size(), "one merge kept per site");
    assertEquals(2, siteFiles(".render").size(), "one render memo kept per site");
    deleteTree(preview);
    buildAndCompare();
    assertEquals(1, manifests().size(), "the gone site's manifest is forgotten: " + manifests());
    onlyFile(".merge"); // and its merge and render memos
    onlyFile(".render");
    buildAndCompare();
    assertTrue(lastIncremental.contains("pages unchanged, not made again"),
        "the remaining site keeps its manifest and is updated in place: " + lastIncremental);
  }

  private List<Path> manifests() throws IOException {
    return siteFiles(".manifest");
  }

  private List<Path> siteFiles(String ending) throws IOException {
    try (Stream<Path> files = Files.list(cache.resolve("sites"))) {
      return files.filter(f -> f.toString().endsWith(ending)).sorted().toList();
    }
  }

  private Path onlyFile(String ending) throws IOException {
    List<Path> files = siteFiles(ending);
    assertEquals(1, files.size(), files.toString());
    return files.get(0);
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> walk = Files.walk(cache.resolve("reads"))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(path);
      }
    }
  }
}
