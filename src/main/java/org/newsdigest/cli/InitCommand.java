package org.newsdigest.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdigest.render.DefaultTemplates;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest init [DIR]}: a digest project that builds at once: a commented settings file,
 * {@code seeds/} with one example article, {@code templates/} with a README on overriding, and a
 * {@code .gitignore} for the cache. A file that is already there is never overwritten.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Starts a digest project in a folder (default: the working folder).",
      "Writes newsdigest.yaml (the settings, commented), seeds/ with one example article,"
          + " templates/ with a README on overriding the built-in templates, and .gitignore."
          + " Files that are already there are kept as they are."
    })
final class InitCommand implements Callable<Integer> {
  private static final String RESOURCES = "/org/newsdigest/cli/init/";

  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The project folder; made if missing.")
  Path folder = Path.of(".");

  @Option(names = "--copy-templates", description = "Also copy every built-in template into templates/, to edit.")
  boolean copyTemplates;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new UsageError("'" + folder + "' is a file, not a folder.");
    }
    List<String> written = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    write(ConfigFile.NAME, resource("newsdigest.yaml"), written, kept);
    write("seeds/example.md", resource("example.md"), written, kept);
    write("templates/README.md", resource("templates-README.md") + templateList(), written, kept);
    write(".gitignore", resource("gitignore"), written, kept);
    if (copyTemplates) {
      for (String name : DefaultTemplates.names()) {
        write("templates/" + name, DefaultTemplates.text(name), written, kept);
      }
    }
    out.println("Wrote " + written.size() + (written.size() == 1 ? " file" : " files") + " in " + folder
        + (written.isEmpty() ? "." : ": " + String.join(", ", written) + "."));
    if (!kept.isEmpty()) {
      out.println("Kept " + kept.size() + " that " + (kept.size() == 1 ? "was" : "were") + " already there: "
          + String.join(", ", kept) + ".");
    }
    String into = folder.normalize().toString().equals("") || folder.normalize().toString().equals(".")
        ? "" : "cd " + folder + " && ";
    out.println("Next: " + into + "newsdigest build && newsdigest serve   (then open http://localhost:8000/)");
    out.flush();
    return ExitCodes.OK;
  }

  private void write(String name, String text, List<String> written, List<String> kept) throws IOException {
    Path file = folder.resolve(name);
    if (Files.exists(file)) {
      kept.add(name);
      return;
    }
    Files.createDirectories(file.toAbsolutePath().getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    written.add(name);
  }

  private static String templateList() {
    StringBuilder list = new StringBuilder();
    for (String name : DefaultTemplates.names()) {
      list.append("- `").append(name).append("`\n");
    }
    return list.append("\n`newsdigest init --copy-templates` copies them all here.\n").toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = InitCommand.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("The project skeleton " + name + " is missing from the build.");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
