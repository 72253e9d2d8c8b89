package org.newsdigest.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdigest.check.Problem;
import org.newsdigest.check.SiteChecker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdigest check}: verifies a built site and lists what is wrong with it. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Verifies a built site: links and #anchors, feeds, sitemap, well-formed HTML, and that no"
          + " page can run code other than the site's own scripts.",
      "Prints one line per problem, 'path: problem', and exits with code 5 when there is any."
    })
final class CheckCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The site folder (default: ${DEFAULT-VALUE}).")
  Path site = Path.of("site");

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text); json prints {\"site\",\"problems\":[{\"path\",\"problem\"}]}.")
  Format format = Format.TEXT;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(site)) {
      throw new UsageError("The site folder '" + site + "' does not exist or is not a folder.");
    }
    List<Problem> problems;
    try {
      problems = new SiteChecker().check(site);
    } catch (IOException | RuntimeException e) {
      err.println("newsdigest: could not check " + site + ": " + BuildCommand.describe(e));
      err.flush();
      return ExitCodes.FAILED;
    }
    if (format == Format.JSON) {
      out.println(json(problems));
    } else {
      for (Problem problem : problems) {
        out.println(problem);
      }
      out.println(problems.isEmpty()
          ? "Checked " + site + ": no problems."
          : "Checked " + site + ": " + problems.size() + " "
              + BuildCommand.plural(problems.size(), "problem", "problems") + ".");
    }
    out.flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }

  private String json(List<Problem> problems) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("site", site.toString());
    ArrayNode list = root.putArray("problems");
    for (Problem problem : problems) {
      list.addObject().put("path", problem.path()).put("problem", problem.message());
    }
    return root.toString();
  }
}
