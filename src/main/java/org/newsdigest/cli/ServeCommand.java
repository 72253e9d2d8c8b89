package org.newsdigest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsdigest.build.ArticleReader;
import org.newsdigest.build.BuildReport;
import org.newsdigest.build.ReadCache;
import org.newsdigest.build.SiteBuilder;
import org.newsdigest.merge.EventMerger;
import org.newsdigest.render.RenderMemo;
import org.newsdigest.serve.LiveReload;
import org.newsdigest.serve.SiteServer;
import org.newsdigest.serve.SiteWatcher;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest serve}: the built site on 127.0.0.1, until interrupted. With {@code --watch}
 * it builds first, rebuilds when a file under the seeds or templates folder changes, and makes
 * the open pages reload; a failed rebuild leaves the last good site served and prints why.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Serves the built site on 127.0.0.1 for browsing; stop it with Ctrl+C. The options that build the site (--seeds, --templates, --base-url, --title, --markdown, --language, --cache) apply with --watch.")
final class ServeCommand implements Callable<Integer> {
  /** Long enough to gather an editor's save (write, rename, touch) into one rebuild. */
  static final Duration QUIET = Duration.ofMillis(300);

  @Spec CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = 8000;

  @Option(names = "--out", paramLabel = "DIR", description = "The built site to serve (default: ${DEFAULT-VALUE}).")
  Path out = Path.of("site");

  @Option(names = "--watch", description = "Build, then rebuild when a seed or template changes, and reload open pages.")
  boolean watch;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file: one key per option, e.g. 'seeds: articles' (default: newsdigest.yaml, if it exists).")
  Path config; // read by Main before parsing, so its values are the options' defaults

  @Option(names = "--seeds", paramLabel = "DIR", description = "With --watch: folder of articles (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("seeds");

  @Option(names = "--templates", paramLabel = "DIR", description = "With --watch: templates folder (default: templates, if it exists).")
  Path templates;

  @Option(names = "--timings", description = "With --watch: after each build, also print the wall time of each stage.")
  boolean timings;

  @Mixin SiteFlags site; // with --watch

  @ArgGroup(exclusive = true)
  BuildCommand.CacheOptions cache = new BuildCommand.CacheOptions();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (port < 0 || port > 65535) {
      throw new UsageError("The port " + port + " is not between 0 and 65535.");
    }
    LiveReload reload = null;
    SiteWatcher watcher = null;
    if (watch) {
      Rebuild rebuild = rebuild(console, err);
      try {
        // Watching before the first build: an edit made while it runs (13 s at 10,000 articles)
        // waits in the watcher and gives a rebuild right after, instead of being missed.
        watcher = SiteWatcher.register(watched(), QUIET, rebuild, err);
      } catch (IOException e) {
        err.println("newsdigest: cannot watch " + seeds + ": " + BuildCommand.describe(e));
        return ExitCodes.FAILED;
      }
      rebuild.run();
      reload = rebuild.reload;
      watcher.start();
    }
    if (!Files.isDirectory(out)) {
      throw new UsageError("There is no site in '" + out + "': run 'newsdigest build' first.");
    }
    SiteServer server;
    try {
      server = SiteServer.start(out, port, reload);
    } catch (IOException e) {
      err.println("newsdigest: cannot serve on port " + port + ": " + BuildCommand.describe(e));
      if (watcher != null) {
        watcher.close();
      }
      return ExitCodes.FAILED;
    }
    console.println("Serving " + out + " at " + server.url() + (watch ? " and watching " + watched() : "")
        + " (Ctrl+C to stop)");
    console.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    SiteWatcher watching = watcher;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      if (watching != null) {
        watching.close();
      }
      server.close();
      stopped.countDown();
    }));
    stopped.await();
    return ExitCodes.OK;
  }

  List<Path> watched() {
    List<Path> folders = new ArrayList<>();
    folders.add(seeds);
    Path userTemplates = templatesFolder();
    if (userTemplates != null) {
      folders.add(userTemplates);
    }
    return folders;
  }

  private Path templatesFolder() {
    return FolderRoles.templatesFolder(templates);
  }


  /** What {@code --watch} renders the site with. */
  SiteOptions siteOptions() {
    return site.options(templatesFolder(), site.baseUrl);
  }

  /** The rebuild {@code --watch} runs, after checking the build options. */
  Rebuild rebuild(PrintWriter console, PrintWriter err) {
    FolderRoles.checkBuildFolders(seeds, templates, out, cache.disabled ? null : cache.folder);
    try {
      siteOptions().renderer(); // checks the options once, up front
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    FolderRoles.warnUnmatchedTemplates(templatesFolder(), err);
    return new Rebuild(this, console, err, new LiveReload());
  }

  /**
   * "Pages remembered: 46,900 of 46,964 event, article, entity and feed pages.": how many pages the
   * render memo spared modelling again.
   */
  static String pagesRemembered(RenderMemo pages) {
    return String.format(Locale.ROOT, "Pages remembered: %,d of %,d event, article, entity and feed pages.",
        pages.pagesRemembered(), pages.pages());
  }

  /**
   * One build of the site, as {@code newsdigest build} does it. The reader and merger are built
   * once and every file's read is kept in memory between rebuilds (and in the cache folder), so
   * a rebuild reads only changed files; the merger remembers its events, so a rebuild assembles
   * again only the events whose inputs changed; and a render memo keeps the fingerprints of event
   * and article pages, so a rebuild models again only the pages whose inputs changed. The
   * renderer is new each time, so changed templates are read afresh rather than from a template
   * cache.
   */
  static final class Rebuild implements Runnable {
    private final ServeCommand options;
    private final PrintWriter console;
    private final PrintWriter err;
    private final ArticleReader reader = Services.articleReader();
    private final EventMerger merger = new EventMerger().remembering();
    private final RenderMemo pages = new RenderMemo();
    private final ReadCache reads;
    final LiveReload reload;

    Rebuild(ServeCommand options, PrintWriter console, PrintWriter err, LiveReload reload) {
      this.options = options;
      this.console = console;
      this.err = err;
      this.reload = reload;
      this.reads = options.cache.readCache().remembering();
    }

    @Override
    public void run() {
      long started = System.nanoTime();
      try {
        SiteBuilder builder = Services.siteBuilder(reader, merger, pages, options.siteOptions(), reads);
        if (options.timings) {
          builder = builder.measuringOutputs();
        }
        BuildReport report = builder.build(options.seeds, options.out, lockFile -> {
          synchronized (err) {
            err.println("newsdigest: another build is writing " + options.out + " or its cache (it"
                + " holds the lock " + lockFile + "); the rebuild waits for it to finish.");
            err.flush();
          }
        });
        reload.siteChanged();
        synchronized (err) {
          report.notices().forEach(notice -> err.println("newsdigest: " + ConsoleText.oneLine(notice)));
          err.flush();
        }
        synchronized (console) {
          console.println(String.format(Locale.ROOT, "Built %d %s, %d %s%s in %.2f s%s%s.",
              report.events(), BuildCommand.plural(report.events(), "event", "events"),
              report.pages(), BuildCommand.plural(report.pages(), "page", "pages"),
              BuildCommand.changes(report),
              (System.nanoTime() - started) / 1e9,
              BuildCommand.fromCache(report),
              report.skipped().isEmpty() ? "" : "; skipped " + report.skipped().size()));
          if (options.timings) {
            console.println(BuildCommand.stageTimes(report));
            console.println(BuildCommand.mergeSteps(report.mergeSteps()));
            console.println(pagesRemembered(pages));
            BuildCommand.outputCosts(report).forEach(console::println);
          }
          console.flush();
        }
      } catch (IOException | RuntimeException e) {
        synchronized (err) {
          err.println("newsdigest: rebuild failed, still serving the previous site: " + BuildCommand.describe(e));
          err.flush();
        }
      }
    }
  }
}
