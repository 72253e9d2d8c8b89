package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.FactReport;
import org.newsdigest.text.TextWords;

/** The facts of an event as the page shows them: each with how its sources agree. */
final class FactViews {

  private FactViews() {}

  static List<Object> of(List<AlignedFact> facts, SourceRefs refs) {
    List<Object> out = new ArrayList<>();
    for (AlignedFact fact : facts) {
      if (!FactLabel.isClear(fact)) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("unit", FactLabel.of(fact));
      item.put("differs", fact.differs());
      Set<String> reporting = new LinkedHashSet<>();
      fact.reports().forEach(r -> reporting.add(r.source()));
      // One source cannot agree with anyone: say who alone states it instead.
      String agreement = fact.differs() ? "differs" : reporting.size() <= 1 ? "single" : "agree";
      item.put("agreement", agreement);
      item.put("agreementText", switch (agreement) {
        case "differs" -> "Sources differ: " + howTheyDiffer(fact);
        case "single" -> reporting.isEmpty()
            ? "No source" : "Only in " + refs.labels().label(reporting.iterator().next());
        default -> reporting.size() + " sources agree";
      });
      List<Object> reports = new ArrayList<>();
      for (FactReport report : fact.reports()) {
        Map<String, Object> ref = refs.ref(report.source());
        ref.put("wording", report.wording());
        ref.put("sentence", report.sentence());
        reports.add(ref);
      }
      item.put("reports", reports);
      item.put("wordings", wordings(fact, refs));
      out.add(item);
    }
    return out;
  }

  /**
   * Each way the sources word the fact once, with every source that words it so, in source
   * order: a toll 22 sources give as "$1 million" or "an estimated $1 million" reads as two lines,
   * not 22.
   */
  private static List<Object> wordings(AlignedFact fact, SourceRefs refs) {
    Map<String, Map<String, Object>> byWording = new LinkedHashMap<>();
    for (FactReport report : fact.reports()) {
      Map<String, Object> wording = byWording.computeIfAbsent(TextWords.fold(report.wording()), w -> {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("wording", report.wording());
        item.put("sentence", report.sentence());
        item.put("sources", new ArrayList<Object>());
        return item;
      });
      @SuppressWarnings("unchecked")
      List<Object> sources = (List<Object>) wording.get("sources");
      sources.add(refs.ref(report.source()));
    }
    return new ArrayList<>(byWording.values());
  }

  /**
   * "35 countries vs 40 countries": each different statement once, as its first source words it,
   * in source order.
   */
  private static String howTheyDiffer(AlignedFact fact) {
    Map<String, String> statements = new LinkedHashMap<>();
    for (FactReport report : fact.reports()) {
      String said = report.value().stripTrailingZeros().toPlainString() + " "
          + (report.qualifier() == null ? "" : report.qualifier());
      statements.putIfAbsent(said, report.wording());
    }
    return String.join(" vs ", statements.values());
  }
}
