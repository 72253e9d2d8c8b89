package org.newsdigest.merge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Derives a "coverage of distinct events by several outlets" set from an ECB+-like one: keeps,
 * in every topic, only the articles of one of its events, so no two kept events are of the same
 * kind. The result has the benchmark's layout ({@code articles/} and {@code gold.tsv}). Which
 * event: the {@code pick}-th of each topic in sorted label order (0 keeps {@code 12-ecb}, 1 keeps
 * {@code 12-ecbplus}); a topic with fewer events keeps its last.
 *
 * <p>Run from the repository root after a test compile: {@code java -cp target/test-classes
 * org.newsdigest.merge.DistinctEventsSet ../shared/datasets/ecbplus-dev target/distinct-0 0},
 * then {@code ./mvnw -o -q -Pbench-merge test -Ddataset=target/distinct-0}.
 */
final class DistinctEventsSet {
  private DistinctEventsSet() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: DistinctEventsSet SOURCE_SET TARGET_DIR PICK(0|1)");
      System.exit(2);
    }
    int kept = derive(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]));
    System.out.println(kept + " articles written to " + args[1]);
  }

  /** Writes the derived set into {@code target}; returns how many articles it kept. */
  static int derive(Path source, Path target, int pick) throws IOException {
    GoldStandard gold = GoldStandard.read(source.resolve("gold.tsv"));
    Map<String, String> kept = keep(gold.eventOf(), pick);
    Files.createDirectories(target.resolve("articles"));
    List<String> lines = new ArrayList<>();
    for (Map.Entry<String, String> e : kept.entrySet()) {
      Files.copy(source.resolve("articles").resolve(e.getKey()),
          target.resolve("articles").resolve(e.getKey()), StandardCopyOption.REPLACE_EXISTING);
      lines.add(e.getKey() + "\t" + e.getValue());
    }
    Files.write(target.resolve("gold.tsv"), lines, StandardCharsets.UTF_8);
    return kept.size();
  }

  /** The gold lines of the kept event of every topic. */
  static Map<String, String> keep(Map<String, String> eventOf, int pick) {
    Map<String, TreeSet<String>> eventsOfTopic = new TreeMap<>();
    eventOf.values().forEach(
        e -> eventsOfTopic.computeIfAbsent(GoldStandard.topic(e), t -> new TreeSet<>()).add(e));
    Map<String, String> kept = new TreeMap<>();
    eventOf.forEach((file, event) -> {
      List<String> events = new ArrayList<>(eventsOfTopic.get(GoldStandard.topic(event)));
      if (event.equals(events.get(Math.min(pick, events.size() - 1)))) {
        kept.put(file, event);
      }
    });
    return kept;
  }
}
