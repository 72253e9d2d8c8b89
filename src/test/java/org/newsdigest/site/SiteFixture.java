package org.newsdigest.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsdigest.cli.Main;
import picocli.CommandLine;

/**
 * A folder of input files written inline by a test, built through the real command line into
 * a site folder, with the console output kept for assertions. Whole-site tests read like the
 * site: inputs in the test, one build, assertions on named output files.
 */
final class SiteFixture {
  final Path seeds;
  final Path site;
  private String out = "";
  private String err = "";

  SiteFixture(Path dir) throws IOException {
    this.seeds = Files.createDirectories(dir.resolve("seeds"));
    this.site = dir.resolve("site");
  }

  SiteFixture file(String path, String content) throws IOException {
    return bytes(path, content.getBytes(StandardCharsets.UTF_8));
  }

  SiteFixture bytes(String path, byte[] content) throws IOException {
    Path file = seeds.resolve(path);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return this;
  }

  /** Runs {@code newsdigest build} with the given extra arguments; returns the exit code. */
  int build(String... extra) {
    String[] args = new String[extra.length + 5];
    args[0] = "build";
    args[1] = "--seeds";
    args[2] = seeds.toString();
    args[3] = "--out";
    args[4] = site.toString();
    System.arraycopy(extra, 0, args, 5, extra.length);
    return run(args);
  }

  int run(String... args) {
    CommandLine cli = Main.commandLine();
    StringWriter outText = new StringWriter();
    StringWriter errText = new StringWriter();
    cli.setOut(new PrintWriter(outText));
    cli.setErr(new PrintWriter(errText));
    int code = cli.execute(args);
    out = outText.toString();
    err = errText.toString();
    return code;
  }

  String out() {
    return out;
  }

  String err() {
    return err;
  }

  String read(String sitePath) throws IOException {
    Path file = site.resolve(sitePath);
    assertTrue(Files.isRegularFile(file), "the site has no " + sitePath);
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
