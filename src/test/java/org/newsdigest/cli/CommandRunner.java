package org.newsdigest.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs newsdigest commands in this process as the launcher would, keeping what they print. */
final class CommandRunner {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** The exit code of {@code newsdigest ARGS}, with the settings file the arguments name, if any. */
  int run(String... args) {
    CommandLine cli = Main.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  /** Everything printed on stdout so far. */
  String out() {
    return out.toString();
  }

  /** Everything printed on stderr so far. */
  String err() {
    return err.toString();
  }

  /** Forgets what was printed, so the next command's output stands alone. */
  void clearOutput() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
  }
}
