package org.newsdigest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsdigest.fetch.FetchReport;
import org.newsdigest.fetch.Fetcher;
import org.newsdigest.fetch.Sleeper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsdigest fetch}: saves web pages and the items of feeds into the seeds folder, one
 * article per file, politely. The only command that touches the network.
 */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Saves web pages and feed items into the seeds folder, one article per file.",
      "Each page is saved under seeds/<site>/ with its address and fetch time; each item of a feed"
          + " is saved as its own file, so items stay after the feed drops them.",
      "Asks again only for what changed (ETag, Last-Modified), waits between two requests to one"
          + " site, and honours each site's robots.txt."
    })
final class FetchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** Tests replace it so that pacing is observed without waiting; the command sleeps. */
  Sleeper sleeper = Fetcher.sleeping();

  @Parameters(paramLabel = "URL", arity = "0..*", description = "Pages to save; an address that serves a feed is read as one.")
  List<String> pages = new ArrayList<>();

  @Option(names = "--feed", paramLabel = "URL", description = "A feed (RSS or Atom) whose new items to save; repeatable.")
  List<String> feeds = new ArrayList<>();

  @Option(names = "--opml", paramLabel = "FILE", description = "A feed reader's subscription list (OPML): save the new items of each feed in it.")
  Path opml;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Settings file, one key per option (default: newsdigest.yaml, if it exists).")
  Path config; // read by Main before parsing, so its values are the options' defaults

  @Option(names = "--seeds", paramLabel = "DIR", description = "Folder the articles are saved in; made if missing (default: ${DEFAULT-VALUE}).")
  Path seeds = Path.of("seeds");

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Least time between two requests to one site (default: ${DEFAULT-VALUE}); a site's robots.txt Crawl-delay can make it longer.")
  double delay = 1.0;

  @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time to wait for an answer (default: ${DEFAULT-VALUE}).")
  int timeout = 30;

  @Option(names = {"-q", "--quiet"}, description = "Print only failures and skipped addresses.")
  boolean quiet;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (delay < 0 || timeout <= 0) {
      throw new UsageError("--delay must be 0 or more seconds and --timeout more than 0.");
    }
    List<String> feedAddresses = new ArrayList<>(feeds);
    if (opml != null) {
      feedAddresses.addAll(opmlFeeds(opml));
    }
    if (pages.isEmpty() && feedAddresses.isEmpty()) {
      throw new UsageError("Nothing to fetch: give page addresses, --feed URL or --opml FILE"
          + " (or 'opml: FILE' in " + ConfigFile.NAME + ").");
    }
    if (Files.exists(seeds) && !Files.isDirectory(seeds)) {
      throw new UsageError("The seeds folder '" + seeds + "' is a file.");
    }
    Files.createDirectories(seeds);
    Fetcher.Settings settings = new Fetcher.Settings(seeds, Duration.ofMillis(Math.round(delay * 1000)),
        Duration.ofSeconds(timeout), new VersionProvider().getVersion()[0].replace("newsdigest ", ""));
    Fetcher fetcher = new Fetcher(settings, Clock.systemUTC(), sleeper, line -> {
      boolean problem = line.startsWith("failed ") || line.startsWith("skipped ");
      if (problem) {
        err.println(line);
        err.flush();
      } else if (!quiet) {
        out.println(line);
        out.flush();
      }
    });
    FetchReport report = fetcher.run(pages, feedAddresses);
    if (!quiet || !report.complete()) {
      out.println(report.summary());
    }
    out.flush();
    return report.complete() ? ExitCodes.OK : ExitCodes.FETCH_INCOMPLETE;
  }

  private static List<String> opmlFeeds(Path file) {
    try {
      List<String> feeds = org.newsdigest.fetch.OpmlFeeds.of(Files.readString(file, StandardCharsets.UTF_8));
      if (feeds.isEmpty()) {
        throw new UsageError("The OPML file '" + file + "' lists no feed (no outline with an xmlUrl).");
      }
      return feeds;
    } catch (IOException e) {
      throw new UsageError("The OPML file '" + file + "' cannot be read: " + e.getMessage());
    }
  }
}
