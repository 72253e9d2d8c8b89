package org.newsdigest.merge;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Fact;
import org.newsdigest.model.FactReport;
import org.newsdigest.text.TextWords;

/**
 * Aligns numeric facts across an event's sources: facts with the same normalised unit and
 * values within a quarter of each other are one fact (two sources rarely count the same thing
 * very differently, while different things with one unit usually differ a lot). A fact
 * {@code differs} when its sources give different values or different qualifiers.
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

    Group(String unitKey, String unit) {
      this.unitKey = unitKey;
      this.unit = unit;
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
    List<Group> groups = new ArrayList<>();
    for (Article article : eventArticles) {
      for (Fact fact : article.facts()) {
        if (fact.value() == null) {
          continue;
        }
        String unitKey = TextWords.fold(fact.unit());
        Group target = null;
        boolean duplicate = false;
        for (Group g : groups) {
          if (!g.unitKey.equals(unitKey) || !compatible(g.reports.get(0).value(), fact.value())) {
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
          target = new Group(unitKey, fact.unit());
          groups.add(target);
        }
        target.reports.add(
            new FactReport(article.source(), fact.wording(), fact.value(), fact.qualifier(),
                fact.sentence()));
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

  static boolean compatible(BigDecimal a, BigDecimal b) {
    BigDecimal larger = a.abs().max(b.abs());
    return a.subtract(b).abs().compareTo(larger.multiply(TOLERANCE)) <= 0;
  }

  private static boolean differs(List<FactReport> reports) {
    Set<BigDecimal> values = new TreeSet<>();
    Set<String> qualifiers = new TreeSet<>();
    boolean unqualified = false;
    for (FactReport r : reports) {
      values.add(r.value().stripTrailingZeros());
      if (r.qualifier() == null || r.qualifier().isBlank()) {
        unqualified = true;
      } else {
        qualifiers.add(TextWords.fold(r.qualifier()));
      }
    }
    int qualifierForms = qualifiers.size() + (unqualified ? 1 : 0);
    return values.size() > 1 || qualifierForms > 1;
  }
}
