package org.newsdigest.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Fact;
import org.newsdigest.model.FactReport;
import org.newsdigest.text.TextWords;

/**
 * Aligns numeric facts across an event's sources: facts with the same normalised unit and
 * values within a quarter of each other are one fact (two sources rarely count the same thing
 * very differently, while different things with one unit usually differ a lot), as long as they
 * can all be true or their words say they count the same thing ({@link Group#takes}). A fact
 * {@code differs} when its sources' values cannot all be true: a hedge or a bound ("about",
 * "more than", "up to") is compatible with a bare number it allows.
 *
 * <p>A syndicated copy that states a fact exactly as its original does adds no report: it is
 * the same source printed twice, and "2 sources agree" must mean two independent sources. A
 * copy that changed the number (an updated toll) or states a fact its original does not is
 * reported like any source.
 */
final class FactAligner {
  private static final BigDecimal TOLERANCE = new BigDecimal("0.25");

  private static final class Group {
    final String unitKey;
    final String unit;
    final List<FactReport> reports = new ArrayList<>();
    /** What each report says the number is about ({@link FactContext}), null for an ambiguous one. */
    final List<Set<String>> contexts = new ArrayList<>();
    /** The values all its reports allow, or null once two of them disagree. */
    QuantityRange common;

    Group(String unitKey, String unit, QuantityRange range) {
      this.unitKey = unitKey;
      this.unit = unit;
      this.common = range;
    }

    /**
     * Whether a report of {@code range} about {@code about} states this fact: when all of them
     * can be true, or, where they cannot, when its words say it counts the same thing as one of
     * them: "three people died" and "four people were treated" are two facts, "three people died
     * in the bank fire" and "four people died in the fire at the bank" one fact the sources
     * disagree on. A number near a value its unit is {@link #overloaded} at has {@code about}
     * null: no proof of a disagreement.
     */
    boolean takes(QuantityRange range, Set<String> about) {
      if (common != null && common.overlaps(range)) {
        return true;
      }
      return about != null && contexts.stream()
          .anyMatch(other -> other != null && FactContext.sameThing(other, about));
    }

    void add(FactReport report, QuantityRange range, Set<String> about) {
      reports.add(report);
      contexts.add(about);
      common = common == null ? null : common.intersect(range);
    }

    boolean hasSource(String source) {
      return reports.stream().anyMatch(r -> r.source().equals(source));
    }

    /** True when {@code source} already reports this value with this qualifier. */
    boolean restates(String source, BigDecimal value, String qualifier) {
      return reports.stream().anyMatch(r -> r.source().equals(source)
          && r.value().compareTo(value) == 0
          && TextWords.fold(r.qualifier()).equals(TextWords.fold(qualifier)));
    }
  }

  /** @param eventArticles in event order */
  List<AlignedFact> align(List<Article> eventArticles) {
    return align(eventArticles, Map.of());
  }

  /**
   * @param eventArticles in event order
   * @param originals each copy's source to the source of the original it copies
   */
  List<AlignedFact> align(List<Article> eventArticles, Map<String, String> originals) {
    return align(eventArticles, originals, overloaded(eventArticles));
  }

  /**
   * As {@link #align(List, Map)}, with the values each unit is overloaded at ({@link
   * #overloaded}) given.
   */
  List<AlignedFact> align(List<Article> eventArticles, Map<String, String> originals,
      Map<String, List<BigDecimal>> overloaded) {
    List<Group> groups = new ArrayList<>();
    for (Article article : eventArticles) {
      for (Fact fact : article.facts()) {
        if (fact.value() == null) {
          continue;
        }
        String unitKey = TextWords.fold(fact.unit());
        QuantityRange range = QuantityRange.of(fact.value(), fact.qualifier());
        Set<String> about = overloaded.getOrDefault(unitKey, List.of()).stream()
            .anyMatch(v -> compatible(v, fact.value()))
            ? null : FactContext.of(fact.wording(), fact.sentence());
        Group target = null;
        boolean duplicate = false;
        for (Group g : groups) {
          if (!g.unitKey.equals(unitKey) || !compatible(g.reports.get(0).value(), fact.value())
              || !g.takes(range, about)) {
            continue;
          }
          if (g.hasSource(article.source())) {
            duplicate = true; // the same source restating a number it already gave
            break;
          }
          target = g;
          break;
        }
        String original = originals.get(article.source());
        if (duplicate || (target != null && original != null
            && target.restates(original, fact.value(), fact.qualifier()))) {
          continue;
        }
        if (target == null) {
          target = new Group(unitKey, fact.unit(), range);
          groups.add(target);
        }
        target.add(new FactReport(article.source(), fact.wording(), fact.value(), fact.qualifier(),
            fact.sentence()), range, about);
      }
    }
    List<AlignedFact> facts = new ArrayList<>();
    for (Group g : groups) {
      facts.add(new AlignedFact(g.unit, g.reports, differs(g.reports)));
    }
    // Facts several sources state first; stable, so otherwise in order of first appearance.
    facts.sort(Comparator.comparingInt((AlignedFact f) -> -f.reports().size()));
    return facts;
  }

  /**
   * Per unit, the values some article of the event states beside another value of the unit close
   * enough to be one fact that cannot be true with it: that article counts two things in the unit
   * ("$140 million and $150 million" offers, 58 wins of which 51 by knockout) or gives a range.
   * Near those values the unit names several things in this event, so two sources' different
   * numbers are no proof that they disagree; they are shown apart instead.
   */
  static Map<String, List<BigDecimal>> overloaded(List<Article> eventArticles) {
    Map<String, List<BigDecimal>> overloaded = new HashMap<>();
    for (Article article : eventArticles) {
      List<Fact> facts = article.facts().stream().filter(f -> f.value() != null).toList();
      for (int i = 0; i < facts.size(); i++) {
        for (int j = i + 1; j < facts.size(); j++) {
          Fact a = facts.get(i);
          Fact b = facts.get(j);
          String unit = TextWords.fold(a.unit());
          if (unit.equals(TextWords.fold(b.unit())) && compatible(a.value(), b.value())
              && !QuantityRange.of(a.value(), a.qualifier())
                  .overlaps(QuantityRange.of(b.value(), b.qualifier()))) {
            List<BigDecimal> values = overloaded.computeIfAbsent(unit, u -> new ArrayList<>());
            values.add(a.value());
            values.add(b.value());
          }
        }
      }
    }
    return overloaded;
  }

  static boolean compatible(BigDecimal a, BigDecimal b) {
    BigDecimal larger = a.abs().max(b.abs());
    return a.subtract(b).abs().compareTo(larger.multiply(TOLERANCE)) <= 0;
  }

  /**
   * True when the reports cannot all be true: no value lies in the ranges of all of them
   * ({@link QuantityRange}). "35 countries" and "approximately 35 countries" agree; "35" and "40"
   * differ. Ranges on a line overlap all together when they overlap pairwise, so one running
   * intersection decides.
   */
  static boolean differs(List<FactReport> reports) {
    QuantityRange common = null;
    for (FactReport r : reports) {
      QuantityRange range = QuantityRange.of(r.value(), r.qualifier());
      common = common == null ? range : common.intersect(range);
      if (common == null) {
        return true;
      }
    }
    return false;
  }
}
