package org.newsdigest.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A sizeable, reproducible folder of plain-text news articles for the process-level tests: a
 * seeded mix of places, kinds of event, officials, numbers and dates, three reports per event
 * from different outlets, so the build reads, merges and renders as it does on real input. The
 * CI clone has no shared data sets, so these tests make their own input.
 */
final class GeneratedArticles {
  private static final List<String> PLACES = List.of("Leeds", "Lyon", "Porto", "Graz", "Utrecht",
      "Malmo", "Bergen", "Cork", "Gdansk", "Brno", "Turin", "Seville", "Aarhus", "Ghent", "Tampere");
  private static final List<String> KINDS = List.of("flood", "fire", "strike", "storm", "blackout",
      "protest", "landslide", "derailment");
  private static final List<String> OUTLETS = List.of("Daily Ledger", "Evening Wire", "Civic Post",
      "Northern Courier", "Harbour Times");
  private static final List<String> OFFICIALS = List.of("Anna Kowalski", "Pieter de Vries",
      "Maria Santos", "Lars Nilsson", "Claire Dubois", "Tomas Novak", "Elena Rossi");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May",
      "June", "July", "August", "September", "October", "November", "December");

  private GeneratedArticles() {}

  /** Writes {@code count} articles into {@code folder} as {@code article-NNN.txt}. */
  static void write(Path folder, int count, long seed) throws IOException {
    Files.createDirectories(folder);
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      int event = i / 3;
      Random eventRandom = new Random(seed * 31 + event);
      String place = PLACES.get(eventRandom.nextInt(PLACES.size()));
      String kind = KINDS.get(eventRandom.nextInt(KINDS.size()));
      String official = OFFICIALS.get(eventRandom.nextInt(OFFICIALS.size()));
      int month = eventRandom.nextInt(12);
      int day = 1 + eventRandom.nextInt(28);
      int year = 2020 + eventRandom.nextInt(6);
      int affected = 10 + eventRandom.nextInt(900);
      String outlet = OUTLETS.get((event + i) % OUTLETS.size());
      String date = MONTHS.get(month) + " " + day + ", " + year;
      int reported = affected + random.nextInt(3) * 5;
      String title = capitalised(kind) + " in " + place + " affects " + reported + " homes";
      String text = title + "\n\n"
          + "Published on " + date + "\n\n"
          + place + ", " + MONTHS.get(month) + " " + day + " (" + outlet + ") – A " + kind
          + " hit " + place + " on " + date + ", affecting " + reported + " homes, officials said.\n"
          + "\"We are doing everything we can to help the families,\" said " + official
          + ", who leads the city's emergency office.\n"
          + "Crews worked through the night in " + place + " and roads near the centre stayed"
          + " closed on the day after the " + kind + ".\n"
          + "Residents said the " + kind + " was the worst they could remember, and "
          + (2 + random.nextInt(40)) + " people spent the night in schools and sports halls.\n"
          + official + " said an inquiry would look at how the " + kind + " spread so quickly.\n";
      Path file = folder.resolve(String.format(Locale.ROOT, "article-%03d.txt", i));
      Files.writeString(file, text, StandardCharsets.UTF_8);
    }
  }

  private static String capitalised(String word) {
    return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
