package org.newsdigest.story;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What two events share: rare people, rare organisations, key terms (as a weighted cosine) and
 * how many days lie between them. {@link #links()} decides whether they belong to one story.
 *
 * @param first the earlier event's digest index
 * @param second the later event's digest index
 * @param people display names of the rare people both name
 * @param organisations display names of the rare organisations both name
 * @param termSimilarity cosine of the two events' key terms weighted by rarity, 0..1
 * @param gapDays days between the two events, or -1 when either has no date
 */
record PairEvidence(
    int first,
    int second,
    List<String> people,
    List<String> organisations,
    double termSimilarity,
    long gapDays) {

  /** A story rarely spans more than this between two consecutive reports of it. */
  static final long MAX_GAP_DAYS = 400;
  /** Themes in common that make one shared person enough: "trial", "shooting", "suspect". */
  static final double SOME_THEME = 0.05;
  /** Themes in common that make shared organisations alone enough. */
  static final double STRONG_THEME = 0.3;

  static PairEvidence of(EventTraits a, EventTraits b, Rarity rarity) {
    List<String> people = shared(a, b, EventTraits.PERSON, rarity);
    List<String> organisations = shared(a, b, EventTraits.ORGANISATION, rarity);
    long gap = a.date() == null || b.date() == null
        ? -1 : Math.abs(b.date().toEpochDay() - a.date().toEpochDay());
    return new PairEvidence(Math.min(a.index(), b.index()), Math.max(a.index(), b.index()),
        people, organisations, cosine(a, b, rarity), gap);
  }

  /**
   * Linked when both are dated, close enough in time and tied by someone: two rare people, or one
   * with a shared theme or organisation, or two rare organisations with a strong shared theme. A
   * shared theme alone never links: two earthquakes, or two celebrities entering rehab, are
   * different stories. An undated event cannot take its place in a timeline, so it joins none.
   */
  boolean links() {
    if (gapDays < 0 || gapDays > MAX_GAP_DAYS) {
      return false;
    }
    int p = people.size();
    int o = organisations.size();
    return p >= 2
        || (p == 1 && (termSimilarity >= SOME_THEME || o >= 1))
        || (o >= 2 && termSimilarity >= STRONG_THEME);
  }

  /** Strength of the tie, for linking the strongest pairs first. */
  double score() {
    return people.size() * 1.0 + organisations.size() * 0.5 + termSimilarity * 2.0;
  }

  /** One name per participant of {@code a}, even when it matched through several forms. */
  private static List<String> shared(EventTraits a, EventTraits b, String kind, Rarity rarity) {
    Set<String> names = new TreeSet<>();
    for (Map.Entry<String, String> entry : a.participants().entrySet()) {
      String key = entry.getKey();
      if (key.startsWith(kind) && rarity.blocks(key) && b.participants().containsKey(key)) {
        names.add(entry.getValue());
      }
    }
    return List.copyOf(names);
  }

  private static double cosine(EventTraits a, EventTraits b, Rarity rarity) {
    double dot = 0;
    Set<String> theirs = b.terms();
    for (String term : a.terms()) {
      if (theirs.contains(term)) {
        double w = rarity.termWeight(term);
        dot += w * w;
      }
    }
    double normA = rarity.termNorm(a);
    double normB = rarity.termNorm(b);
    return normA == 0 || normB == 0 ? 0 : dot / Math.sqrt(normA * normB);
  }
}
