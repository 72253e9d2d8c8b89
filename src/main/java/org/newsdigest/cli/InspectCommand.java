package org.newsdigest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.ArticleReader.SourceFile;
import org.newsdigest.build.ReadResult;
import org.newsdigest.build.SeedOutlets;
import org.newsdigest.build.Skipped;
import org.newsdigest.model.Article;
import org.newsdigest.model.Entity;
import org.newsdigest.model.Outlet;
import org.newsdigest.model.Quote;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsdigest inspect}: how each input file was understood, without building anything. */
@Command(
    name = "inspect",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Shows how each input file is understood, without building anything.",
      "Prints title, outlet, dates, dateline, body, quotes, people, places and organisations."
          + " A folder stands for every input file under it."
    })
final class InspectCommand implements Callable<Integer> {
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;

  @Option(names = "--format", paramLabel = "text|json", description = "Output format (default: text); json prints one object per line, as documented in the README.")
  Format format = Format.TEXT;

  @Option(names = "--strict", description = "Exit with code 3 when any file could not be read.")
  boolean strict;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Input files or folders.")
  List<Path> paths;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ArticleReader reader = Services.articleReader();
    List<SourceFile> files = new ArrayList<>();
    // Each folder is read as a seeds folder: its outlet files and folder names tell outlets.
    Map<String, SeedOutlets> folders = new LinkedHashMap<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        for (SourceFile file : reader.filesUnder(path)) {
          files.add(new SourceFile(file.path(), slashed(path) + "/" + file.source()));
        }
        SeedOutlets outlets = reader.outlets(path, reader.outletFilesUnder(path));
        outlets.problems().forEach(p -> err.println("newsdigest: " + ConsoleText.oneLine(p)));
        folders.putIfAbsent(slashed(path) + "/", outlets);
      } else if (Files.isRegularFile(path)) {
        files.add(new SourceFile(path, slashed(path)));
      } else {
        throw new UsageError("No such file or folder: '" + path + "'.");
      }
    }
    ReadResult result = reader.read(files);
    ArticleJson json = new ArticleJson();
    for (Article read : result.articles()) {
      String folder = null;
      for (String prefix : folders.keySet()) {
        if (read.source().startsWith(prefix) && (folder == null || prefix.length() > folder.length())) {
          folder = prefix;
        }
      }
      Article article = folder == null ? read
          : folders.get(folder).decide(read, read.source().substring(folder.length()));
      out.println(format == Format.JSON ? json.toJson(article) : text(article));
    }
    for (Skipped skipped : result.skipped()) {
      err.println("skipped " + ConsoleText.oneLine(skipped.source()) + ": "
          + ConsoleText.oneLine(skipped.reason()));
    }
    out.flush();
    err.flush();
    return strict && !result.skipped().isEmpty() ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }

  private static String slashed(Path path) {
    return path.normalize().toString().replace('\\', '/');
  }

  private static String text(Article a) {
    StringBuilder s = new StringBuilder();
    s.append("== ").append(ConsoleText.oneLine(a.source())).append(" (").append(a.format().id()).append(")\n");
    line(s, "title", a.title() + (a.titleDerived() ? "  [derived from the text]" : ""));
    line(s, "outlet", outlet(a.publisher()));
    line(s, "byline", a.byline());
    line(s, "published", a.published() == null ? null : a.published().iso());
    line(s, "updated", a.updated() == null ? null : a.updated().iso());
    if (a.dateline() != null) {
      line(s, "dateline", a.dateline().text() + "  → place " + a.dateline().place()
          + ", date " + a.dateline().date() + ", agency " + a.dateline().agency());
    }
    line(s, "language", a.language());
    line(s, "tags", a.tags().isEmpty() ? null : String.join(", ", a.tags()));
    line(s, "paragraphs", String.valueOf(a.paragraphs().size()));
    line(s, "people", entities(a.people()));
    line(s, "places", entities(a.places()));
    line(s, "organisations", entities(a.organisations()));
    for (Quote quote : a.quotes()) {
      line(s, "quote", "“" + quote.text() + "” — " + (quote.speaker() == null ? "unattributed" : quote.speaker()));
    }
    a.facts().forEach(f -> line(s, "fact", f.wording() + "  (" + f.sentence() + ")"));
    a.dates().forEach(d -> line(s, "date", d.text() + " → " + d.date()));
    a.warnings().forEach(w -> line(s, "warning", w));
    s.append("\n").append(a.bodyText()).append("\n");
    return s.toString();
  }

  /** "BBC News (broadcaster, GB; from the article's address: https://www.bbc.co.uk/news/x)". */
  private static String outlet(Outlet outlet) {
    if (outlet == null) {
      return null;
    }
    List<String> facts = new ArrayList<>();
    if (outlet.kind() != null) {
      facts.add(outlet.kind().id());
    }
    if (outlet.country() != null) {
      facts.add(outlet.country());
    }
    String from = "from " + outlet.basis().words()
        + (outlet.clue() == null ? "" : ": " + ConsoleText.oneLine(outlet.clue()));
    return ConsoleText.oneLine(outlet.name()) + " ("
        + (facts.isEmpty() ? "" : String.join(", ", facts) + "; ") + from + ")";
  }

  private static String entities(List<Entity> entities) {
    if (entities.isEmpty()) {
      return null;
    }
    return entities.stream()
        .map(e -> e.name() + (e.role() == null ? "" : " (" + e.role() + ")")
            + (e.aliases().isEmpty() ? "" : " aka " + String.join(", ", e.aliases())))
        .collect(Collectors.joining("; "));
  }

  private static void line(StringBuilder s, String label, String value) {
    if (value != null) {
      s.append(String.format(java.util.Locale.ROOT, "%-14s%s", label + ":", value)).append('\n');
    }
  }
}
