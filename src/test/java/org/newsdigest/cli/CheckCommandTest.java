package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdigest check} through picocli, on sites built by {@code newsdigest build}. */
class CheckCommandTest {
  @TempDir Path dir;
  private final CommandRunner cli = new CommandRunner();

  private Path builtSite() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("storm.txt"),
        "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday, officials said.\n");
    Path site = dir.resolve("site");
    assertEquals(ExitCodes.OK,
        cli.run("build", "--seeds", seeds.toString(), "--out", site.toString(), "--quiet"), cli.err());
    return site;
  }

  @Test
  void aFreshlyBuiltSitePasses() throws IOException {
    Path site = builtSite();
    assertEquals(ExitCodes.OK, cli.run("check", site.toString()), cli.out() + "\n" + cli.err());
    assertTrue(cli.out().endsWith("Checked " + site + ": no problems." + System.lineSeparator()),
        cli.out());
  }

  @Test
  void withoutMarkdownTwinsTheSiteIsStillWholeAndTheTwinsOfAnEarlierBuildGo() throws IOException {
    Path site = builtSite();
    assertTrue(markdownFiles(site) > 0, "twins by default");
    Path settings = Files.writeString(dir.resolve("newsdigest.yaml"), "markdown: false\n");
    assertEquals(ExitCodes.OK, cli.run("build", "--config", settings.toString(), "--quiet"), cli.err());
    assertEquals(0, markdownFiles(site), "the previous build's twins are removed");
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    assertEquals(ExitCodes.OK, cli.run("check", site.toString()), cli.out() + "\n" + cli.err());
    assertEquals(ExitCodes.OK, cli.run("build", "--config", settings.toString(), "--quiet", "--markdown"));
    assertTrue(markdownFiles(site) > 0, "the flag wins over the setting");
  }

  private static long markdownFiles(Path site) throws IOException {
    try (var files = Files.walk(site)) {
      return files.filter(p -> p.toString().endsWith(".md")).count();
    }
  }

  @Test
  void aBrokenSiteIsListedPathByPathWithItsOwnExitCode() throws IOException {
    Path site = builtSite();
    Files.writeString(site.resolve("index.html"),
        Files.readString(site.resolve("index.html")).replace("</main>", "<a href=\"gone.html\">x</a></main>"));
    assertEquals(ExitCodes.CHECK_FAILED, cli.run("check", site.toString()));
    String text = cli.out();
    assertTrue(text.contains("index.html: broken link <a href> 'gone.html': the site has no gone.html"), text);
    assertTrue(text.contains("Checked " + site + ": 1 problem."), text);
  }

  @Test
  void jsonListsEveryProblemAsPathAndProblem() throws IOException {
    Path site = builtSite();
    Files.writeString(site.resolve("feed.json"), "{");
    assertEquals(ExitCodes.CHECK_FAILED, cli.run("check", "--format", "json", site.toString()));
    JsonNode report = new ObjectMapper().readTree(cli.out());
    assertEquals(site.toString(), report.get("site").asText());
    assertEquals(1, report.get("problems").size(), cli.out());
    assertEquals("feed.json", report.get("problems").get(0).get("path").asText());
    assertTrue(report.get("problems").get(0).get("problem").asText().startsWith("not valid JSON"));
  }

  @Test
  void aMissingFolderIsAUsageErrorNamingIt() {
    Path missing = dir.resolve("no-site");
    assertEquals(ExitCodes.USAGE, cli.run("check", missing.toString()));
    assertTrue(cli.err().contains("The site folder '" + missing + "' does not exist"), cli.err());
  }

  @Test
  void theHelpListsTheCheckExitCode() {
    assertEquals(ExitCodes.OK, cli.run("--help"));
    assertTrue(cli.out().contains("check found problems in the site"), cli.out());
  }
}
