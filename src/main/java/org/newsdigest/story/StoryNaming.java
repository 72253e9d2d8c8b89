package org.newsdigest.story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsdigest.text.Slugs;

/**
 * What a story is called. Its title is the headline of its most central event (the one most
 * strongly tied to the others); its slug is made of its shared participants and the month it
 * began, so that a story keeps its address when later events join it.
 */
final class StoryNaming {
  static final int SHARED_SHOWN = 5;
  static final int SLUG_NAMES = 2;
  static final int SLUG_LENGTH = 60;

  private StoryNaming() {}

  /**
   * Each event's centrality: the total score of its links to other members of its own story (a
   * link the span or size limits refused does not count).
   */
  static double[] centrality(int events, List<List<Integer>> groups, List<PairEvidence> links) {
    int[] group = new int[events];
    Arrays.fill(group, -1);
    for (int g = 0; g < groups.size(); g++) {
      for (int member : groups.get(g)) {
        group[member] = g;
      }
    }
    double[] weight = new double[events];
    for (PairEvidence link : links) {
      if (group[link.first()] >= 0 && group[link.first()] == group[link.second()]) {
        weight[link.first()] += link.score();
        weight[link.second()] += link.score();
      }
    }
    return weight;
  }

  /** The most central member: highest centrality, then most articles, then digest order. */
  static int central(List<Integer> members, double[] centrality, List<Integer> articleCounts) {
    return members.stream()
        .min(Comparator.comparingDouble((Integer m) -> -centrality[m])
            .thenComparingInt(m -> -articleCounts.get(m))
            .thenComparingInt(m -> m))
        .orElseThrow();
  }

  /**
   * The display names of the participants two or more members name, most widely named first,
   * then rarest in the digest, then by name.
   */
  static List<String> shared(List<EventTraits> members, Rarity rarity) {
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    for (EventTraits member : members) {
      // One vote per participant per event, even when it matched under two forms of its name.
      Map<String, String> firstKeyOfName = new LinkedHashMap<>();
      member.participants().forEach((key, name) -> {
        if (rarity.blocks(key)) {
          firstKeyOfName.putIfAbsent(name, key);
        }
      });
      for (String key : firstKeyOfName.values()) {
        counts.merge(key, 1, Integer::sum);
        names.putIfAbsent(key, member.participants().get(key));
      }
    }
    List<String> keys = new ArrayList<>();
    counts.forEach((key, n) -> {
      if (n >= 2) {
        keys.add(key);
      }
    });
    keys.sort(Comparator.comparingInt((String k) -> -counts.get(k))
        .thenComparing(k -> k.startsWith(EventTraits.PERSON) ? 0 : 1)
        .thenComparingInt(rarity::participantCount)
        .thenComparing(Comparator.naturalOrder()));
    List<String> out = new ArrayList<>();
    for (String key : keys) {
      String name = names.get(key);
      if (!out.contains(name)) {
        out.add(name);
      }
      if (out.size() == SHARED_SHOWN) {
        break;
      }
    }
    return out;
  }

  /** "carlos-mazon-2024-10": the first shared names, then the month of the first dated event. */
  static String slug(List<String> shared, String title, LocalDate begun) {
    List<String> parts = new ArrayList<>();
    for (String name : shared.subList(0, Math.min(SLUG_NAMES, shared.size()))) {
      parts.add(Slugs.slug(name));
    }
    String head = String.join("-", parts).replaceAll("[^a-z0-9-]", "").replaceAll("-+", "-");
    if (head.replaceAll("-", "").isEmpty()) {
      head = Slugs.slug(title);
    }
    if (head.length() > SLUG_LENGTH) {
      int cut = head.lastIndexOf('-', SLUG_LENGTH);
      head = head.substring(0, cut > SLUG_LENGTH / 2 ? cut : SLUG_LENGTH);
    }
    head = head.replaceAll("^-+|-+$", "");
    if (head.isEmpty()) {
      head = "story";
    }
    return begun == null ? head
        : head + String.format(Locale.ROOT, "-%04d-%02d", begun.getYear(), begun.getMonthValue());
  }
}
