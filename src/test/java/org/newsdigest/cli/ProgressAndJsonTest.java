package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What a long build shows while it runs, and the result a script reads. */
class ProgressAndJsonTest {
  @TempDir Path dir;

  @Test
  void theProgressLineRedrawsItselfAndIsClearedAtTheEnd() {
    StringWriter err = new StringWriter();
    ProgressLine line = new ProgressLine(new PrintWriter(err));
    line.stage("reading files", 1204, 5000);
    line.draw();
    line.close();
    String drawn = err.toString();
    assertTrue(drawn.contains("\rreading files 1,204/5,000 · "), drawn);
    assertTrue(drawn.endsWith("\r"), "the line is blanked and the cursor back at its start: " + drawn);
    assertTrue(!drawn.contains("\n"), "one line, never a new one: " + drawn);
  }

  @Test
  void withoutATerminalThereIsNoProgressLine() {
    StringWriter err = new StringWriter();
    assertEquals(org.newsdigest.build.BuildProgress.NONE, ProgressLine.onTerminal(new PrintWriter(err), false));
  }

  @Test
  void buildFormatJsonPrintsTheResultAsOneObject() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Files.write(seeds.resolve("b.txt"), new byte[0]);
    StringWriter out = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(new StringWriter()));
    assertEquals(ExitCodes.OK, cli.execute("build", "--format", "json", "--seeds", seeds.toString(),
        "--out", dir.resolve("site").toString(), "--no-cache"));
    String[] lines = out.toString().strip().split("\n");
    assertEquals(1, lines.length, out.toString());
    JsonNode report = new ObjectMapper().readTree(lines[0]);
    assertEquals(2, report.get("files").asInt());
    assertEquals(1, report.get("articles").asInt());
    assertEquals(1, report.get("events").asInt());
    assertEquals("b.txt", report.get("skipped").get(0).get("source").asText());
    assertEquals("empty file", report.get("skipped").get(0).get("reason").asText());
    assertTrue(report.get("stages").has("read") && report.get("stages").has("render"), lines[0]);
  }

  @Test
  void theBuildCountsFilesReadAndPagesWrittenUpToTheirTotals() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Files.writeString(seeds.resolve("b.txt"), "Bridge Reopens\n\nThe Tyne bridge reopened in Newcastle on Friday.\n");
    Map<String, int[]> last = new ConcurrentHashMap<>();
    Services.siteBuilder(new SiteOptions(null, null, "t", "en", true), org.newsdigest.build.ReadCache.none())
        .build(seeds, dir.resolve("site"), org.newsdigest.build.BuildLock.Waiting.QUIETLY,
            (stage, done, total) -> last.merge(stage, new int[] {done, total},
                (was, now) -> now[0] > was[0] ? now : was));
    assertEquals(2, last.get("reading files")[0]);
    assertEquals(2, last.get("reading files")[1]);
    int[] pages = last.get("writing pages");
    assertTrue(pages[1] > 10, "the total is known before the first page: " + pages[1]);
    assertEquals(pages[1], pages[0], "every page counted, none twice");
  }
}
