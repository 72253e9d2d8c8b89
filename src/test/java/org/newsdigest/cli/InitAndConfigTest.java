package org.newsdigest.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new user's first steps: {@code init}, then a build that reads the project's settings file. */
class InitAndConfigTest {
  @TempDir Path dir;
  private final CommandRunner cli = new CommandRunner();


  @Test
  void initWritesAProjectThatBuildsAtOnce() throws IOException {
    Path project = dir.resolve("digest");
    assertEquals(ExitCodes.OK, cli.run("init", project.toString()));
    for (String name : new String[] {"newsdigest.yaml", "seeds/example.md", "templates/README.md", ".gitignore"}) {
      assertTrue(Files.isRegularFile(project.resolve(name)), name);
    }
    assertTrue(cli.out().contains("newsdigest build"), cli.out());
    assertTrue(Files.readString(project.resolve("templates/README.md")).contains("- `event.ftlh`"));
    assertTrue(Files.readString(project.resolve(".gitignore")).contains(".newsdigest-cache/"));

    assertEquals(ExitCodes.OK, cli.run("build", "--config", project.resolve("newsdigest.yaml").toString(), "--quiet"),
        cli.err());
    assertFalse(cli.err().contains("warning"), cli.err());
    Path site = project.resolve("site");
    assertTrue(Files.isRegularFile(site.resolve("index.html")));
    assertTrue(Files.readString(site.resolve("index.html")).contains("My news digest"));
    try (var events = Files.list(site.resolve("events"))) {
      assertTrue(events.anyMatch(p -> p.getFileName().toString().contains("tram-line")), "the example's event");
    }
    assertTrue(Files.isDirectory(project.resolve(".newsdigest-cache")), "the cache beside the settings file");
  }

  @Test
  void initNeverOverwritesAndCanCopyTheBuiltInTemplates() throws IOException {
    Path project = Files.createDirectories(dir.resolve("digest"));
    Files.writeString(project.resolve("newsdigest.yaml"), "title: Mine\n");
    assertEquals(ExitCodes.OK, cli.run("init", "--copy-templates", project.toString()));
    assertEquals("title: Mine\n", Files.readString(project.resolve("newsdigest.yaml")));
    assertTrue(cli.out().contains("Kept 1 that was already there: newsdigest.yaml"), cli.out());
    assertTrue(Files.isRegularFile(project.resolve("templates/event.ftlh")));
    assertTrue(Files.isRegularFile(project.resolve("templates/assets/style.css")));
    assertEquals(ExitCodes.OK, cli.run("build", "--config", project.resolve("newsdigest.yaml").toString(), "--quiet"));
    assertFalse(cli.err().contains("overrides no built-in template"), cli.err());
    // A file that names no folders builds the project's own seeds into the project's own site.
    assertTrue(Files.readString(project.resolve("site/index.html")).contains("Mine"));
  }

  @Test
  void settingsAreDefaultsThatFlagsOverride() throws IOException {
    Path project = Files.createDirectories(dir.resolve("digest"));
    Path articles = Files.createDirectories(project.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "Storm Closes Schools\n\nA storm closed 40 schools in Leeds on Monday.\n");
    Path settings = Files.writeString(project.resolve("newsdigest.yaml"),
        "# a comment\ntitle: Storm watch\nseeds: articles\nout: public\n");
    assertEquals(ExitCodes.OK, cli.run("build", "--config", settings.toString(), "--quiet"), cli.err());
    assertTrue(Files.readString(project.resolve("public/index.html")).contains("Storm watch"));
    assertEquals(ExitCodes.OK, cli.run("build", "--config", settings.toString(), "--quiet", "--title", "Flag wins",
        "--out", dir.resolve("other").toString()));
    assertTrue(Files.readString(dir.resolve("other/index.html")).contains("Flag wins"));
  }

  @Test
  void anUnknownKeyIsAnErrorNamingItAndItsLine() throws IOException {
    Path settings = Files.writeString(dir.resolve("newsdigest.yaml"), "title: Storm watch\nseed: articles\n");
    UsageError e = assertThrows(UsageError.class, () -> Main.commandLine(new String[] {"build", "--config",
        settings.toString()}));
    assertTrue(e.getMessage().contains("line 2: unknown key 'seed'"), e.getMessage());
    assertTrue(e.getMessage().contains("seeds"), "the known keys are listed: " + e.getMessage());
  }

  @Test
  void aSettingsFileThatIsNotYamlOrNotThereIsNamed() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.yaml"), "title: [unclosed\n");
    UsageError e = assertThrows(UsageError.class, () -> Main.commandLine(new String[] {"build", "--config",
        broken.toString()}));
    assertTrue(e.getMessage().startsWith(broken + " line "), e.getMessage());
    UsageError missing = assertThrows(UsageError.class, () -> Main.commandLine(new String[] {"build",
        "--config=" + dir.resolve("none.yaml")}));
    assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
  }
}
