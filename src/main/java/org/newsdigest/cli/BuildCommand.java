package org.newsdigest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsdigest.build.ArticleWarning;
import org.newsdigest.build.BuildLock;
import org.newsdigest.build.BuildProgress;
import org.newsdigest.build.BuildReport;
import org.newsdigest.build.ReadCache;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.build.Skipped;
import org.newsdigest.build.StageTime;
import org.newsdigest.merge.MergeSteps;
import org.newsdigest.publish.ForeignFiles;
import org.newsdigest.publish.PartialUpdateException;
import org.newsdigest.render.OutputCost;
import org.newsdigest.render.RenderException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsdigest build}: seeds in, site out. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Builds the digest site from a folder of articles.",
      "Reads every article under the seeds folder, merges the ones reporting the same event and"
          + " writes the site. The previous site is replaced only once the new one is complete."
    })
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file: one key per option, e.g. 'seeds: articles' (default: newsdigest.yaml, if it exists).")
  Path config; // read by Main before parsing, so its values are the options' defaults

  @Option(names = "--seeds", paramLabel = "DIR", description = "Folder of articles, read recursively (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("seeds");

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Folder of templates overriding the built-in ones (default: templates, if it exists).")
  Path templates;

  @Option(names = "--out", paramLabel = "DIR", description = "Where the site is written (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("site");

  @Mixin SiteFlags site;

  @Option(names = "--strict", description = "Exit with code 3 when any input file was skipped or there was none.")
  boolean strict;

  @Option(names = "--timings", description = "Also print the wall time of each stage, and the files,"
      + " bytes and render CPU time of each kind of output.")
  boolean timings;

  /** How the result is printed: a sentence for people, or one JSON object for scripts. */
  enum Format { TEXT, JSON }

  @Option(names = "--format", paramLabel = "text|json",
      description = "How the result is printed: text (default), or json, one object for scripts.")
  Format format = Format.TEXT;

  @Option(
      names = "--no-wait",
      description = "When another build is writing the same output folder or cache, exit with code 6"
          + " instead of waiting for it to finish.")
  boolean noWait;

  @ArgGroup(exclusive = true)
  CacheOptions cache = new CacheOptions();

  /** Where reads of unchanged articles are kept between builds; shared by build and serve. */
  static final class CacheOptions {
    @Option(
        names = "--cache",
        paramLabel = "DIR",
        description = "Folder keeping what was read from unchanged articles, so the next build reads only"
            + " changed ones; safe to delete.%nDefault: ${DEFAULT-VALUE}")
    Path folder = Path.of(".newsdigest-cache");

    @Option(names = "--no-cache", description = "Read every article and write the site afresh; neither read nor write the cache.")
    boolean disabled;

    ReadCache readCache() {
      return disabled ? ReadCache.none() : ReadCache.inFolder(folder);
    }
  }

  @ArgGroup(exclusive = true)
  Verbosity verbosity = new Verbosity();

  static final class Verbosity {
    @Option(names = {"-q", "--quiet"}, description = "Print only problems.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, description = "Also print what each article was read with.")
    boolean verbose;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    validate();
    FolderRoles.warnUnmatchedTemplates(templatesFolder(), err);
    String base = normalisedBaseUrl();
    long started = System.nanoTime();
    BuildReport report;
    BuildProgress progress = format == Format.JSON ? BuildProgress.NONE
        : ProgressLine.onTerminal(err, verbosity.quiet);
    try {
      SiteBuilder builder = Services.siteBuilder(
          site.options(templatesFolder(), base), cache.readCache());
      report = (timings ? builder.measuringOutputs() : builder)
          .build(seeds, this.out, this::waitForOtherBuild, progress);
    } catch (BuildLock.BusyException e) {
      err.println("newsdigest: " + e.getMessage());
      return ExitCodes.BUSY;
    } catch (RenderException e) {
      err.println("newsdigest: template error: " + e.getMessage());
      err.println("newsdigest: the previous site in " + this.out + " was left as it was.");
      return ExitCodes.TEMPLATE_ERROR;
    } catch (PartialUpdateException e) {
      err.println("newsdigest: build failed: " + describe(e));
      err.println("newsdigest: the site in " + this.out + " was partly updated (every page is whole and"
          + " every link resolves); the next build writes it afresh.");
      return ExitCodes.FAILED;
    } catch (IOException | RuntimeException e) {
      err.println("newsdigest: build failed: " + describe(e));
      err.println("newsdigest: the previous site in " + this.out + " was left as it was.");
      return ExitCodes.FAILED;
    } catch (OutOfMemoryError e) {
      // Thrown past every stage, so what the build held is unreachable again and the heap has
      // room for a message; a stack trace would tell the user nothing they can act on.
      err.println("newsdigest: build failed: out of memory (the Java heap may grow to "
          + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB); give it more, e.g."
          + " NEWSDIGEST_JAVA_OPTS=-Xmx4g ./newsdigest build");
      err.println("newsdigest: the previous site in " + this.out + " was left as it was.");
      return ExitCodes.FAILED;
    } finally {
      ProgressLine.end(progress);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    for (String notice : report.notices()) {
      err.println("newsdigest: " + ConsoleText.oneLine(notice));
    }
    for (Skipped skipped : report.skipped()) {
      err.println("skipped " + ConsoleText.name(skipped.source()) + ": "
          + ConsoleText.oneLine(skipped.reason()));
    }
    if (verbosity.verbose) {
      for (ArticleWarning warning : report.warnings()) {
        err.println("warning " + ConsoleText.oneLine(warning.source()) + ": "
            + ConsoleText.oneLine(warning.message()));
      }
    }
    boolean empty = report.filesFound() == 0;
    if (empty) {
      err.println("newsdigest: warning: no articles in " + seeds + "; the site has no events. Put articles"
          + " there (text, Markdown, HTML or feeds), or pass --seeds DIR.");
    }
    if (format == Format.JSON) {
      out.println(BuildReportJson.of(report, seconds));
    } else if (!verbosity.quiet) {
      out.println(summary(report, seconds));
      keptFiles(report).ifPresent(out::println);
    }
    if (timings) {
      out.println(stageTimes(report));
      out.println(mergeSteps(report.mergeSteps()));
      outputCosts(report).forEach(out::println);
    }
    out.flush();
    err.flush();
    return strict && (empty || !report.skipped().isEmpty()) ? ExitCodes.INPUT_SKIPPED : ExitCodes.OK;
  }

  /** Says that the build waits for another one, or, with --no-wait, gives up. */
  private void waitForOtherBuild(Path lockFile) throws BuildLock.BusyException {
    String busy = "another build is writing " + out + " or its cache (it holds the lock " + lockFile + ")";
    if (noWait) {
      throw new BuildLock.BusyException(busy + "; not waiting, as --no-wait asks.");
    }
    spec.commandLine().getErr().println("newsdigest: " + busy + "; waiting for it to finish.");
    spec.commandLine().getErr().flush();
  }

  private String summary(BuildReport report, double seconds) {
    return String.format(
        Locale.ROOT,
        "Read %d %s from %d %s in %s%s; skipped %d %s; %d %s; %s in %.2f s.",
        report.articles(),
        plural(report.articles(), "article", "articles"),
        report.filesFound(),
        plural(report.filesFound(), "file", "files"),
        seeds,
        fromCache(report),
        report.skipped().size(),
        plural(report.skipped().size(), "file", "files"),
        report.events(),
        plural(report.events(), "event", "events"),
        pagesWritten(report, out),
        seconds);
  }

  /**
   * "Kept 2 files in site that newsdigest did not write: 'thesis.txt', 'notes/'.", naming at most
   * five; hidden entries and CNAME, which deploy set-ups put there, go unmentioned.
   */
  Optional<String> keptFiles(BuildReport report) {
    List<String> named = report.kept().stream().filter(entry -> !ForeignFiles.keptQuietly(entry)).toList();
    if (named.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("Kept " + named.size() + " " + plural(named.size(), "file", "files") + " in "
        + out + " that newsdigest did not write: " + ForeignFiles.names(named, 5) + ".");
  }

  /**
   * "75 pages written to site" for a site written afresh; "75 pages in site (3 files written or
   * removed; 70 pages unchanged, not made again)" for one updated in place.
   */
  static String pagesWritten(BuildReport report, Path out) {
    if (report.pagesChanged() == report.pages()) {
      return String.format(Locale.ROOT, "%d pages written to %s", report.pages(), out);
    }
    return String.format(Locale.ROOT, "%d pages in %s%s", report.pages(), out, changes(report));
  }

  /**
   * " (3 files written or removed)" for a site updated in place, with "; 70 pages unchanged, not
   * made again" when the render kept pages; "" for a site written afresh.
   */
  static String changes(BuildReport report) {
    if (report.pagesChanged() == report.pages()) {
      return "";
    }
    String kept = report.pagesKept() == 0 ? ""
        : String.format(Locale.ROOT, "; %d %s unchanged, not made again", report.pagesKept(),
            plural(report.pagesKept(), "page", "pages"));
    return String.format(Locale.ROOT, " (%d %s written or removed%s)", report.pagesChanged(),
        plural(report.pagesChanged(), "file", "files"), kept);
  }

  /** " (read 1 of 40 files, 39 from cache)" when the cache served any file, else nothing. */
  static String fromCache(BuildReport report) {
    if (report.filesFromCache() == 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (read %d of %d %s, %d from cache)",
        report.filesFound() - report.filesFromCache(), report.filesFound(),
        plural(report.filesFound(), "file", "files"), report.filesFromCache());
  }

  /** "Stages: read 0.120 s; merge 0.301 s; …." */
  static String stageTimes(BuildReport report) {
    StringBuilder line = new StringBuilder("Stages:");
    for (StageTime time : report.timings()) {
      line.append(String.format(Locale.ROOT, " %s %.3f s;", time.stage(), time.seconds()));
    }
    line.setLength(line.length() - 1);
    return line.append('.').toString();
  }

  /**
   * "Merge steps: checks 0.004 s; terms 0.138 s; …; events 2579; events remembered 2578; …":
   * where the merge's time went and what its memos gave back.
   */
  static String mergeSteps(MergeSteps steps) {
    StringBuilder line = new StringBuilder("Merge steps:");
    steps.seconds().forEach((step, seconds) ->
        line.append(String.format(Locale.ROOT, " %s %.3f s;", step, seconds)));
    steps.counts().forEach((what, n) -> line.append(' ').append(what).append(' ').append(n).append(';'));
    line.setLength(line.length() - 1);
    return line.append('.').toString();
  }

  /**
   * A heading, then one line per kind of output, the costliest first: "  event.ftlh  1.655 s
   * 0.512 s  17.8%  2,578 files  47,759,211 bytes" (render, write, share of all, files, bytes),
   * then "; 2,570 kept" when files of that kind were kept unchanged, not made again.
   * CPU time summed over the render's threads, so it adds up to more than the render's wall time.
   */
  static List<String> outputCosts(BuildReport report) {
    long total = report.outputs().stream().mapToLong(OutputCost::cpuNanos).sum();
    List<String> lines = new ArrayList<>();
    lines.add("Render by output (CPU time summed over threads: rendering, writing, share of both;"
        + " files made, bytes):");
    for (OutputCost cost : report.outputs()) {
      lines.add(String.format(Locale.ROOT, "  %-34s %8.3f s %7.3f s %5.1f%% %,8d %s %,14d bytes%s",
          cost.kind(), cost.renderSeconds(), cost.writeSeconds(),
          total == 0 ? 0.0 : 100.0 * cost.cpuNanos() / total,
          cost.files(), plural(cost.files(), "file ", "files"), cost.bytes(),
          cost.kept() == 0 ? "" : String.format(Locale.ROOT, "; %,d kept", cost.kept())));
    }
    return lines;
  }

  private void validate() {
    FolderRoles.checkBuildFolders(seeds, templates, out, cache.disabled ? null : cache.folder);
    SiteLanguage.check(site.language, templatesFolder());
  }

  /** The user's templates: the option, else ./templates when present, else only the built-in ones. */
  private Path templatesFolder() {
    return FolderRoles.templatesFolder(templates);
  }


  private String normalisedBaseUrl() {
    String baseUrl = site.baseUrl;
    if (baseUrl == null || baseUrl.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(baseUrl.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new URISyntaxException(baseUrl, "not an http or https address");
      }
      String text = uri.toString();
      return text.endsWith("/") ? text : text + "/";
    } catch (URISyntaxException e) {
      throw new UsageError("The base URL '" + baseUrl + "' is not an absolute http(s) address.");
    }
  }

  static String plural(int count, String one, String many) {
    return count == 1 ? one : many;
  }

  static String describe(Throwable e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
