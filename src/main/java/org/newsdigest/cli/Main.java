package org.newsdigest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsdigest} command: subcommands build, serve, inspect and check. */
@Command(
    name = "newsdigest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news articles about a story into a static digest site, one page per event.",
    subcommands = {BuildCommand.class, ServeCommand.class, InspectCommand.class, CheckCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the site could not be built, written or served",
      "2:invalid command line",
      "3:--strict and some input files were skipped",
      "4:a template failed (the message names it, line and column)",
      "5:check found problems in the site (each listed as 'path: problem')",
      "6:--no-wait and another build was writing the same output or cache"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it with their own writers. */
  public static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      if (e instanceof UsageError) {
        line.getErr().println("newsdigest: " + e.getMessage());
        line.getErr().flush();
        return ExitCodes.USAGE;
      }
      throw e;
    });
    return commandLine;
  }

  @Override
  public void run() {
    // No subcommand: show what there is instead of doing nothing silently.
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: build, serve, inspect or check.");
  }
}
