package org.newsdigest.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A gold clustering read from {@code gold.tsv}: one {@code file<TAB>event} line per article.
 * Event labels follow ECB+ ({@code 12-ecbplus}): the number before '-' is the topic.
 */
record GoldStandard(Map<String, String> eventOf) {

  GoldStandard {
    eventOf = Collections.unmodifiableMap(new TreeMap<>(eventOf));
  }

  static GoldStandard read(Path file) throws IOException {
    Map<String, String> eventOf = new TreeMap<>();
    int number = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IOException(file + ":" + number + ": expected 'file<TAB>event', got '" + line + "'");
      }
      if (eventOf.put(cols[0].strip(), cols[1].strip()) != null) {
        throw new IOException(file + ":" + number + ": file '" + cols[0] + "' listed twice");
      }
    }
    return new GoldStandard(eventOf);
  }

  /** The topic of an event label: the part before the first '-', or the whole label. */
  static String topic(String event) {
    int dash = event.indexOf('-');
    return dash < 0 ? event : event.substring(0, dash);
  }

  long events() {
    return eventOf.values().stream().distinct().count();
  }
}
