package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line through picocli's {@code execute}, with its own writers. */
class CliTest {
  @TempDir Path dir;
  private final CommandRunner cli = new CommandRunner();


  @Test
  void versionNamesTheProjectVersion() {
    assertEquals(ExitCodes.OK, cli.run("--version"));
    assertTrue(cli.out().matches("(?s)newsdigest \\d+\\.\\d+\\.\\d+.*"), cli.out());
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "serve", "inspect", "check"})
  void everySubcommandHasHelp(String command) {
    assertEquals(ExitCodes.OK, cli.run(command, "--help"));
    assertTrue(cli.out().startsWith("Usage: newsdigest " + command), cli.out());
  }

  @Test
  void theTopLevelHelpListsTheExitCodes() {
    assertEquals(ExitCodes.OK, cli.run("--help"));
    assertTrue(cli.out().contains("Exit codes:"), cli.out());
    assertTrue(cli.out().contains("--strict and some input files were skipped"), cli.out());
  }

  @Test
  void noSubcommandIsAUsageError() {
    assertEquals(ExitCodes.USAGE, cli.run());
    assertTrue(cli.err().contains("Missing subcommand"), cli.err());
  }

  @Test
  void aMissingSeedsFolderIsNamed() {
    Path missing = dir.resolve("nowhere");
    assertEquals(ExitCodes.USAGE, cli.run("build", "--seeds", missing.toString(), "--out", dir.resolve("site").toString()));
    assertTrue(cli.err().contains("The seeds folder '" + missing + "' does not exist"), cli.err());
    assertTrue(cli.err().contains("newsdigest init") && cli.err().contains("--seeds"), cli.err());
    assertFalse(cli.err().contains("Usage:"), "one line that says what to do, not the whole usage");
    assertFalse(Files.exists(dir.resolve("site")));
  }

  @Test
  void anEmptySeedsFolderIsAWarningAndWithStrictAFailure() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    assertEquals(ExitCodes.OK, cli.run("build", "--seeds", seeds.toString(), "--out", dir.resolve("site").toString()));
    assertTrue(cli.err().contains("warning: no articles in " + seeds), cli.err());
    assertEquals(ExitCodes.INPUT_SKIPPED, cli.run("build", "--strict", "--seeds", seeds.toString(),
        "--out", dir.resolve("site").toString()));
  }

  @Test
  void timingsAlsoPrintWhatEachKindOfOutputCost() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    assertEquals(ExitCodes.OK, cli.run("build", "-q", "--no-cache", "--seeds", seeds.toString(),
        "--out", dir.resolve("site").toString()));
    assertFalse(cli.out().contains("Render by output"), cli.out());
    assertEquals(ExitCodes.OK, cli.run("build", "-q", "--no-cache", "--timings", "--seeds", seeds.toString(),
        "--out", dir.resolve("site").toString()));
    assertTrue(cli.out().contains("Stages: read "), cli.out());
    assertTrue(cli.out().contains("Render by output"), cli.out());
    assertTrue(cli.out().matches("(?s).*\n  event\\.ftlh +\\d+\\.\\d{3} s +\\d+\\.\\d{3} s +\\d+\\.\\d% +1 file +[\\d,]+ bytes\n.*"),
        cli.out());
  }

  @Test
  void aTemplateThatOverridesNothingIsNamedWithTheOneItWasMeantFor() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("evnet.ftlh"), "<p>${event.title}</p>");
    Files.writeString(templates.resolve("event.ftlh.bak"), "old");
    assertEquals(ExitCodes.OK, cli.run("build", "--seeds", seeds.toString(), "--templates", templates.toString(),
        "--out", dir.resolve("site").toString(), "--quiet"));
    assertTrue(cli.err().contains("evnet.ftlh overrides no built-in template (did you mean event.ftlh?)"),
        cli.err());
    assertTrue(cli.err().contains("event.ftlh.bak overrides no built-in template"), cli.err());
  }

  @Test
  void aMissingValueInATemplateNamesTheExpressionAndItsLine() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("404.ftlh"), "<html>\n<p>${site.titel}</p>\n</html>\n");
    int code = cli.run("build", "--seeds", seeds.toString(), "--templates", templates.toString(),
        "--out", dir.resolve("site").toString(), "--no-cache");
    assertEquals(ExitCodes.TEMPLATE_ERROR, code, cli.err());
    assertTrue(cli.err().contains("line 2") && cli.err().contains("${site.titel}"), cli.err());
  }

  @Test
  void theCacheDefaultIsPrintedWhole() {
    assertEquals(ExitCodes.OK, cli.run("build", "--help"));
    assertTrue(cli.out().contains("Default: .newsdigest-cache"), cli.out());
  }

  @Test
  void aBaseUrlMustBeAnAbsoluteWebAddress() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    assertEquals(ExitCodes.USAGE, cli.run("build", "--seeds", seeds.toString(), "--base-url", "javascript:alert(1)"));
    assertTrue(cli.err().contains("The base URL 'javascript:alert(1)'"), cli.err());
  }

  @Test
  void quietAndVerboseCannotBeCombined() {
    assertEquals(ExitCodes.USAGE, cli.run("build", "--quiet", "--verbose"));
  }

  @Test
  void inspectPrintsOneJsonObjectPerFileWithTheContractFieldsInOrder() throws IOException {
    assertEquals(ExitCodes.OK, cli.run("inspect", "--format", "json", "seeds"));
    String[] lines = cli.out().strip().split("\n");
    assertEquals(2, lines.length, cli.out());
    List<String> contract = List.of("source", "format", "title", "outlet", "byline", "published", "dateline",
        "language", "body", "paragraphs", "quotes", "people", "places", "organisations", "warnings");
    ObjectMapper json = new ObjectMapper();
    for (String line : lines) {
      JsonNode article = json.readTree(line);
      List<String> fields = new ArrayList<>();
      for (Iterator<String> names = article.fieldNames(); names.hasNext(); ) {
        fields.add(names.next());
      }
      assertEquals(contract, fields.subList(0, contract.size()), line);
      assertEquals("text", article.get("format").asText());
      assertTrue(article.get("source").asText().startsWith("seeds/"), line);
    }
    JsonNode wire = json.readTree(lines[1]);
    assertEquals("seeds/004_66b5c6b8bcaa92e1.txt", wire.get("source").asText());
    assertEquals("2026-01-06", wire.get("published").asText());
    assertEquals("Paris", wire.get("dateline").get("place").asText());
    assertEquals("QNA", wire.get("dateline").get("agency").asText());
    JsonNode derived = json.readTree(lines[0]);
    assertTrue(derived.get("titleDerived").asBoolean(), lines[0]);
    assertNull(derived.get("outlet").textValue(), "an unknown outlet is null, never invented");
  }

  @Test
  void inspectReportsAFileThatIsNotAnArticleAndGoesOn() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
    Path good = Files.writeString(dir.resolve("good.txt"), "A Headline Here\n\nSomething happened in Lyon on Monday, officials said.\n");
    assertEquals(ExitCodes.OK, cli.run("inspect", empty.toString(), good.toString()));
    assertTrue(cli.err().contains("empty.txt: empty file"), cli.err());
    assertTrue(cli.out().contains("A Headline Here"), cli.out());
    assertEquals(ExitCodes.INPUT_SKIPPED, cli.run("inspect", "--strict", empty.toString()));
  }

  @Test
  void inspectNamesAMissingPath() {
    assertEquals(ExitCodes.USAGE, cli.run("inspect", dir.resolve("missing.txt").toString()));
    assertTrue(cli.err().contains("missing.txt"), cli.err());
  }

  @Test
  void aBrokenUserTemplateFailsWithItsNameAndPositionAndKeepsThePreviousSite() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path site = dir.resolve("site");
    assertEquals(ExitCodes.OK, cli.run("build", "--seeds", seeds.toString(), "--out", site.toString(), "--quiet"));
    String before = Files.readString(site.resolve("index.html"));

    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("index.ftlh"), "<html>\n<body>\n<#if>broken</#if>\n</body>\n</html>\n");
    int code = cli.run("build", "--seeds", seeds.toString(), "--templates", templates.toString(), "--out", site.toString());
    assertEquals(ExitCodes.TEMPLATE_ERROR, code, cli.err());
    assertTrue(cli.err().contains("index.ftlh"), cli.err());
    assertTrue(cli.err().contains("line 3"), cli.err());
    assertEquals(before, Files.readString(site.resolve("index.html")));
  }

  @Test
  void aBuildNamesOnceWhatItKeptInTheSiteWithoutWritingIt() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path site = dir.resolve("site");
    String[] build = {"build", "--seeds", seeds.toString(), "--out", site.toString(), "--no-cache"};
    assertEquals(ExitCodes.OK, cli.run(build));
    Files.writeString(site.resolve("thesis.txt"), "mine");
    Files.writeString(site.resolve("CNAME"), "news.example.org");
    Files.createDirectories(site.resolve(".git"));
    cli.clearOutput();
    assertEquals(ExitCodes.OK, cli.run(build));
    assertTrue(cli.out().contains("Kept 1 file in " + site + " that newsdigest did not write: 'thesis.txt'."),
        cli.out());
    assertEquals("mine", Files.readString(site.resolve("thesis.txt")));
    assertTrue(Files.isDirectory(site.resolve(".git")) && Files.exists(site.resolve("CNAME")));
  }

  @Test
  void withNoWaitABuildOfAnOutputAnotherBuildIsWritingExitsAtOnce() throws IOException {
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path site = dir.resolve("site");
    try (org.newsdigest.build.BuildLock other =
        org.newsdigest.build.BuildLock.acquire(site, null, org.newsdigest.build.BuildLock.Waiting.QUIETLY)) {
      int code = cli.run("build", "--seeds", seeds.toString(), "--out", site.toString(), "--no-cache", "--no-wait");
      assertEquals(ExitCodes.BUSY, code, cli.err());
      assertTrue(cli.err().contains("another build is writing " + site)
          && cli.err().contains(".site.newsdigest-lock") && cli.err().contains("--no-wait"), cli.err());
      assertFalse(Files.exists(site), "nothing was written");
    }
    assertEquals(ExitCodes.OK, cli.run("build", "--seeds", seeds.toString(), "--out", site.toString(), "--no-cache", "--no-wait"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<#macro again><@again/></#macro>\n<@again/>\n|(or one it includes): templates nested too deeply",
      "<p>\n<#list 1..1000000000 as i>${i}</#list>\n|line 2, column 27: the page grew past 100,000,000 characters"})
  void aTemplateThatWouldExhaustTheBuildFailsWithExitCode4NamingIt(String templateAndMessage) throws IOException {
    String[] parts = templateAndMessage.split("\\|");
    Path seeds = Files.createDirectories(dir.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(templates.resolve("404.ftlh"), parts[0]);
    int code = cli.run("build", "--seeds", seeds.toString(), "--templates", templates.toString(),
        "--out", dir.resolve("site").toString(), "--no-cache");
    assertEquals(ExitCodes.TEMPLATE_ERROR, code, cli.err());
    assertTrue(cli.err().contains("Template '404.ftlh' " + parts[1]), cli.err());
    assertTrue(cli.err().lines().count() <= 3, "a message, not a stack trace: " + cli.err());
  }
}
