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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newsdigest check} through picocli, on sites built by {@code newsdigest build}. */
class CheckCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  private Path builtSite() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("storm.txt"),
        "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday, officials said.\n");
    Path site = dir.resolve("site");
    assertEquals(ExitCodes.OK,
        run("build", "--seeds", seeds.toString(), "--out", site.toString(), "--quiet"), err.toString());
    return site;
  }

  @Test
  void aFreshlyBuiltSitePasses() throws IOException {
    Path site = builtSite();
    assertEquals(ExitCodes.OK, run("check", site.toString()), out + "\n" + err);
    assertTrue(out.toString().endsWith("Checked " + site + ": no problems." + System.lineSeparator()),
        out.toString());
  }

  @Test
  void aBrokenSiteIsListedPathByPathWithItsOwnExitCode() throws IOException {
    Path site = builtSite();
    Files.writeString(site.resolve("index.html"),
        Files.readString(site.resolve("index.html")).replace("</main>", "<a href=\"gone.html\">x</a></main>"));
    assertEquals(ExitCodes.CHECK_FAILED, run("check", site.toString()));
    String text = out.toString();
    assertTrue(text.contains("index.html: broken link <a href> 'gone.html': the site has no gone.html"), text);
    assertTrue(text.contains("Checked " + site + ": 1 problem."), text);
  }

  @Test
  void jsonListsEveryProblemAsPathAndProblem() throws IOException {
    Path site = builtSite();
    Files.writeString(site.resolve("feed.json"), "{");
    assertEquals(ExitCodes.CHECK_FAILED, run("check", "--format", "json", site.toString()));
    JsonNode report = new ObjectMapper().readTree(out.toString());
    assertEquals(site.toString(), report.get("site").asText());
    assertEquals(1, report.get("problems").size(), out.toString());
    assertEquals("feed.json", report.get("problems").get(0).get("path").asText());
    assertTrue(report.get("problems").get(0).get("problem").asText().startsWith("not valid JSON"));
  }

  @Test
  void aMissingFolderIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("no-site");
    assertEquals(ExitCodes.USAGE, run("check", missing.toString()));
    assertTrue(err.toString().contains("The site folder '" + missing + "' does not exist"), err.toString());
  }

  @Test
  void theHelpListsTheCheckExitCode() {
    assertEquals(ExitCodes.OK, run("--help"));
    assertTrue(out.toString().contains("check found problems in the site"), out.toString());
  }
}
