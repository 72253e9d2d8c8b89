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
  /**
   * Up to this many independent sources, a number only one of them gives is a key fact: it is
   * half of what the event has. Beyond, a lone number ("two trees", "$80", "three husbands" among
   * 14 sources on a death) is a detail whose meaning its sentence holds; the source's page and
   * what only it reports show it there.
   */
  static final int LONE_FACTS_UP_TO = 2;

  private FactViews() {}

  /**
   * @param independentSources how many of the event's sources are not copies of another
   */
  static List<Object> of(List<AlignedFact> facts, SourceRefs refs, int independentSources) {
    List<Object> out = new ArrayList<>();
    for (AlignedFact fact : facts) {
      if (!isShown(fact, independentSources)) {
        continue;
      }
      Set<String> sources = sourcesOf(fact);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("unit", FactLabel.of(fact));
      item.put("differs", fact.differs());
      // One source cannot agree with anyone: say who alone states it instead.
      String agreement = fact.differs() ? "differs" : sources.size() <= 1 ? "single" : "agree";
      item.put("agreement", agreement);
      Messages messages = refs.labels().messages();
      item.put("agreementText", switch (agreement) {
        case "differs" -> messages.text("factsDiffer", howTheyDiffer(fact, messages));
        case "single" -> sources.isEmpty() ? messages.text("noSource")
            : messages.text("onlyIn", refs.labels().label(sources.iterator().next()));
        default -> messages.count("sourcesAgree", sources.size());
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
   * Whether the page shows the fact, in the key facts and the coverage grid alike: its label says
   * what it counts ({@link FactLabel#isClear}), and it is no lone number among many sources.
   */
  static boolean isShown(AlignedFact fact, int independentSources) {
    return FactLabel.isClear(fact)
        && (independentSources <= LONE_FACTS_UP_TO || sourcesOf(fact).size() >= 2);
  }

  private static Set<String> sourcesOf(AlignedFact fact) {
    Set<String> sources = new LinkedHashSet<>();
    fact.reports().forEach(r -> sources.add(r.source()));
    return sources;
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
      List<Object> wordedSo = (List<Object>) wording.get("sources");
      wordedSo.add(refs.ref(report.source()));
    }
    return new ArrayList<>(byWording.values());
  }

  /**
   * "35 countries vs 40 countries": each different statement once, as its first source words it,
   * in source order.
   */
  private static String howTheyDiffer(AlignedFact fact, Messages messages) {
    Map<String, String> statements = new LinkedHashMap<>();
    for (FactReport report : fact.reports()) {
      String said = report.value().stripTrailingZeros().toPlainString() + " "
          + (report.qualifier() == null ? "" : report.qualifier());
      statements.putIfAbsent(said, report.wording());
    }
    return String.join(" " + messages.text("versus") + " ", statements.values());
  }
}
