package org.newsdigest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Reads {@code gold.tsv}: one {@code file<TAB>event} line per article. */
final class Gold {
  private Gold() {}

  static Map<String, String> read(Path file) throws IOException {
    Map<String, String> eventOf = new TreeMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IOException(file + ":" + number + ": expected 'file<TAB>event', got '" + line + "'");
      }
      eventOf.put(cols[0].strip(), cols[1].strip());
    }
    return eventOf;
  }
}
