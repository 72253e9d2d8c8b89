package org.newsdigest.fetch;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Saves web pages and feed items into the seeds folder, one article per file, as a polite client:
 * robots.txt honoured, requests to one host spaced out, conditional requests so an unchanged page
 * or feed costs no body, and every file written whole or not at all. It is the only part of
 * newsdigest that touches the network; the build never does.
 */
public final class Fetcher {
  /** The product token robots.txt groups are matched against. */
  public static final String AGENT = "newsdigest";

  /** How a run behaves: where articles go, the least time between two requests to one host, the time limit. */
  public record Settings(Path seeds, Duration delay, Duration timeout, String version) {}

  private final Settings settings;
  private final Clock clock;
  private final HttpGetter http;
  private final HostPacer pacer;
  private final SeedFolder folder;
  private final Map<String, RobotsRules> robots = new HashMap<>();
  private final Consumer<String> lines;
  private int pagesSaved;
  private int unchanged;
  private int itemsSaved;
  private int skipped;
  private int failed;

  /**
   * @param lines receives one line per address: what was saved, found unchanged, skipped or failed
   */
  public Fetcher(Settings settings, Clock clock, Sleeper sleeper, Consumer<String> lines) {
    this(settings, clock, System::nanoTime, sleeper, lines);
  }

  /** With the monotonic time the pacer reads: a test's advances only when its sleeper is asked to wait. */
  Fetcher(Settings settings, Clock clock, LongSupplier nanoTime, Sleeper sleeper, Consumer<String> lines) {
    this.settings = settings;
    this.clock = clock;
    this.http = new HttpGetter(AGENT + "/" + settings.version() + " (static news digest; fetch command)",
        settings.timeout());
    this.pacer = new HostPacer(settings.delay(), nanoTime, sleeper);
    this.folder = new SeedFolder(settings.seeds());
    this.lines = lines;
  }

  /** A sleeper that sleeps. */
  public static Sleeper sleeping() {
    return duration -> Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
  }

  /**
   * Fetches each page address (a feed given there is read as a feed) and each feed address
   * (which must be a feed), in order.
   */
  public FetchReport run(List<String> pages, List<String> feeds) throws IOException, InterruptedException {
    FeedValidators feedValidators = FeedValidators.in(settings.seeds());
    for (String page : pages) {
      fetch(page, false, true, feedValidators);
    }
    for (String feed : feeds) {
      fetch(feed, true, true, feedValidators);
    }
    feedValidators.saveIfChanged();
    return new FetchReport(pagesSaved, unchanged, itemsSaved, skipped, failed);
  }

  /**
   * @param mayDiscover whether a page given as a feed may name its feed (a site's home page given
   *     for its feed, as feed readers accept); false for the address it named, so that never loops
   */
  private void fetch(String address, boolean mustBeFeed, boolean mayDiscover, FeedValidators feedValidators)
      throws IOException, InterruptedException {
    URI uri;
    try {
      uri = webAddress(address);
    } catch (URISyntaxException e) {
      fail(address, "not a web address (" + e.getReason() + ")");
      return;
    }
    if (uri == null) {
      fail(address, "not a web address: only http:// and https:// addresses are fetched");
      return;
    }
    RobotsRules rules;
    try {
      rules = robotsOf(uri);
    } catch (IOException e) {
      fail(address, reason(e));
      return;
    }
    if (!rules.allows(pathAndQuery(uri))) {
      skipped++;
      lines.accept("skipped " + address + ": the robots.txt of " + uri.getHost()
          + (rules == RobotsRules.DISALLOW_ALL ? " could not be read (a server error), so nothing there is fetched"
              : " disallows it"));
      return;
    }
    SeedFolder.PageSlot slot = mustBeFeed ? null : folder.pageSlot(uri);
    Validators validators = mustBeFeed ? feedValidators.of(address) : slot.validators();
    HttpAnswer answer;
    try {
      pacer.await(authority(uri), rules.crawlDelay());
      answer = http.get(uri, validators);
    } catch (IOException e) {
      fail(address, reason(e));
      return;
    }
    if (answer.notModified()) {
      unchanged++;
      lines.accept("unchanged " + address + ": not modified since the last fetch");
      return;
    }
    if (!answer.ok()) {
      fail(address, "HTTP " + answer.status() + statusName(answer.status()));
      return;
    }
    if (FeedItems.isFeed(answer.body())) {
      saveItems(address, uri, answer, feedValidators);
    } else if (mustBeFeed) {
      String named = mayDiscover && isHtmlType(answer.mediaType()) ? FeedItems.namedFeed(answer) : null;
      if (named == null) {
        fail(address, "not a feed (" + describe(answer.mediaType()) + ")");
      } else {
        lines.accept("feed " + address + ": a page that names its feed, " + named);
        fetch(named, true, false, feedValidators);
      }
    } else if (isHtmlType(answer.mediaType())) {
      Provenance provenance = new Provenance(address, now(), answer.validators());
      SeedFolder.write(slot.file(), PageFile.bytes(answer.body(), answer.charset(), provenance));
      pagesSaved++;
      lines.accept("saved " + address + " → " + slot.file());
    } else {
      fail(address, "not an HTML page or a feed (" + describe(answer.mediaType()) + ")");
    }
  }

  private void saveItems(String address, URI uri, HttpAnswer answer, FeedValidators feedValidators)
      throws IOException {
    List<FeedItems.Item> items = FeedItems.split(answer.body(), answer.charset());
    Path siteFolder = folder.siteFolder(uri);
    Set<String> saved = SeedFolder.savedItems(siteFolder);
    int fresh = 0;
    Provenance provenance = new Provenance(address, now(), Validators.NONE);
    for (FeedItems.Item item : items) {
      String hash = SeedFolder.shortHash(item.key());
      if (saved.add(hash)) {
        SeedFolder.write(siteFolder.resolve(SeedFolder.itemFileName(item)),
            withComment(item.xml(), provenance.comment()).getBytes(StandardCharsets.UTF_8));
        fresh++;
      }
    }
    itemsSaved += fresh;
    feedValidators.put(address, answer.validators());
    lines.accept("feed " + address + ": " + fresh + (fresh == 1 ? " new item" : " new items") + " saved in "
        + siteFolder + ", " + (items.size() - fresh) + " already there");
  }

  /** The item's XML with the provenance comment after its declaration. */
  private static String withComment(String xml, String comment) {
    int declarationEnd = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
    return xml.substring(0, declarationEnd) + "\n" + comment + "\n" + xml.substring(declarationEnd).stripLeading();
  }

  /**
   * The site's rules, read once per run. RFC 9309: a 4xx means there are none; a 5xx that the site
   * cannot say what is allowed, so nothing is fetched. A site that cannot be reached at all fails
   * the address with the reason.
   */
  private RobotsRules robotsOf(URI uri) throws IOException, InterruptedException {
    String authority = authority(uri);
    RobotsRules known = robots.get(authority);
    if (known != null) {
      return known;
    }
    pacer.await(authority, Duration.ZERO);
    HttpAnswer answer = http.get(uri.resolve("/robots.txt"), Validators.NONE);
    RobotsRules rules = answer.ok() ? RobotsRules.parse(new String(answer.body(), StandardCharsets.UTF_8), AGENT)
        : answer.status() >= 500 ? RobotsRules.DISALLOW_ALL : RobotsRules.ALLOW_ALL;
    robots.put(authority, rules);
    return rules;
  }

  private void fail(String address, String reason) {
    failed++;
    lines.accept("failed " + address + ": " + reason);
  }

  private java.time.Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** The address as a URI when it is an absolute http or https one with a host; null otherwise. */
  static URI webAddress(String address) throws URISyntaxException {
    URI uri = new URI(address.strip());
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri : null;
  }

  private static String authority(URI uri) {
    return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT);
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static boolean isHtmlType(String mediaType) {
    return mediaType.equals("text/html") || mediaType.equals("application/xhtml+xml");
  }

  private static String describe(String mediaType) {
    return mediaType.isEmpty() ? "no Content-Type" : mediaType;
  }

  private static String statusName(int status) {
    return switch (status) {
      case 400 -> " Bad Request";
      case 401 -> " Unauthorized";
      case 403 -> " Forbidden";
      case 404 -> " Not Found";
      case 410 -> " Gone";
      case 429 -> " Too Many Requests";
      case 500 -> " Internal Server Error";
      case 502 -> " Bad Gateway";
      case 503 -> " Service Unavailable";
      case 504 -> " Gateway Timeout";
      default -> "";
    };
  }

  /** A reason a user can act on for a request that got no whole answer. */
  private String reason(IOException e) {
    if (e instanceof HttpTimeoutException) {
      return "no answer within " + settings.timeout().toSeconds() + " s";
    }
    if (e instanceof ConnectException || e.getCause() instanceof ConnectException) {
      return "could not connect (" + (e.getMessage() == null ? "connection refused" : e.getMessage()) + ")";
    }
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "the connection broke off (" + e.getClass().getSimpleName() + ")"
        : message;
  }
}
