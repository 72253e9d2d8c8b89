package org.newsdigest.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validators each feed last answered with, so that the next run asks "anything new?" and an
 * unchanged feed costs a 304. Kept in the seeds folder as a hidden tab-separated file (the build
 * skips hidden files), one line per feed in address order; losing it costs one full download.
 */
final class FeedValidators {
  static final String FILE_NAME = ".newsdigest-feeds.tsv";

  private final Path file;
  private final Map<String, Validators> byFeed = new TreeMap<>();
  private boolean changed;

  private FeedValidators(Path file) {
    this.file = file;
  }

  static FeedValidators in(Path seeds) throws IOException {
    FeedValidators validators = new FeedValidators(seeds.resolve(FILE_NAME));
    if (Files.isRegularFile(validators.file)) {
      for (String line : Files.readAllLines(validators.file, StandardCharsets.UTF_8)) {
        String[] fields = line.split("\t", -1);
        if (fields.length == 3 && !fields[0].isEmpty()) {
          validators.byFeed.put(fields[0], new Validators(blankToNull(fields[1]), blankToNull(fields[2])));
        }
      }
    }
    return validators;
  }

  Validators of(String feed) {
    return byFeed.getOrDefault(feed, Validators.NONE);
  }

  void put(String feed, Validators validators) {
    boolean storable = clean(feed) && clean(validators.etag()) && clean(validators.lastModified())
        && !validators.isEmpty();
    if (storable && !validators.equals(byFeed.get(feed))) {
      byFeed.put(feed, validators);
      changed = true;
    }
  }

  /** Writes the file when a feed's validators changed in this run. */
  void saveIfChanged() throws IOException {
    if (!changed) {
      return;
    }
    StringBuilder text = new StringBuilder();
    byFeed.forEach((feed, v) -> text.append(feed).append('\t').append(v.etag() == null ? "" : v.etag())
        .append('\t').append(v.lastModified() == null ? "" : v.lastModified()).append('\n'));
    SeedFolder.write(file, text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean clean(String value) {
    return value == null || value.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r');
  }

  private static String blankToNull(String value) {
    return value.isEmpty() ? null : value;
  }
}
