package org.newsdigest.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsdigest} command: subcommands init, fetch, build, serve, inspect and check. */
@Command(
    name = "newsdigest",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Turns news articles about a story into a static digest site, one page per event.",
    subcommands = {InitCommand.class, FetchCommand.class, BuildCommand.class, ServeCommand.class, InspectCommand.class, CheckCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:the site could not be built, written or served",
      "2:invalid command line",
      "3:--strict and some input files were skipped",
      "4:a template failed (the message names it, line and column)",
      "5:check found problems in the site (each listed as 'path: problem')",
      "6:--no-wait and another build was writing the same output or cache",
      "7:fetch: some addresses failed or robots.txt disallowed them (each listed); the others were saved"
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    CommandLine commandLine;
    try {
      commandLine = commandLine(args);
    } catch (UsageError e) {
      System.err.println("newsdigest: " + e.getMessage());
      System.exit(ExitCodes.USAGE);
      return;
    }
    System.exit(commandLine.execute(args));
  }

  /** The configured command line, with the working folder's settings file if there is one. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for {@code args}: with the settings file they name with
   * {@code --config}, else the working folder's {@value ConfigFile#NAME} if there is one. Tests
   * call {@code execute} on it with their own writers.
   *
   * @throws UsageError when the settings file is missing, not YAML or has an unknown key
   */
  public static CommandLine commandLine(String[] args) {
    CommandLine commandLine = bare();
    Path settings = settingsFile(args);
    if (settings != null) {
      commandLine.setDefaultValueProvider(ConfigFile.read(settings, ConfigFile.keysOf(List.of(
          commandLine.getSubcommands().get("build"), commandLine.getSubcommands().get("serve"),
          commandLine.getSubcommands().get("fetch")))));
    }
    return commandLine;
  }

  /** The file {@code --config FILE} names (which must exist), else ./newsdigest.yaml if present, else null. */
  static Path settingsFile(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = args[i].startsWith("--config=") ? args[i].substring("--config=".length())
          : args[i].equals("--config") && i + 1 < args.length ? args[i + 1] : null;
      if (value != null) {
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
          throw new UsageError("The settings file '" + file + "' does not exist or is not a file.");
        }
        return file;
      }
      if (args[i].equals("--")) {
        break;
      }
    }
    Path here = Path.of(ConfigFile.NAME);
    return Files.isRegularFile(here) ? here : null;
  }

  private static CommandLine bare() {
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
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: init, fetch, build, serve, inspect or check.");
  }
}
