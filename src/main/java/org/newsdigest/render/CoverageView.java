package org.newsdigest.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.Article;
import org.newsdigest.model.Event;
import org.newsdigest.model.FactReport;

/**
 * The coverage block of an event page, read at a glance: how many sources and outlets (copies
 * counted as copies), first reported and last updated, each source's headline, and which facts
 * each source carries: a check mark where sources agree, the source's own value where they
 * differ, a dash where it says nothing.
 *
 * <p>A syndicated copy carries its original's text, so it shows its original's cells (the merge
 * stage records no fact report for a copy that repeats its original).
 */
final class CoverageView {
  /** Facts shown as columns; the key facts table below has them all. */
  static final int FACT_COLUMNS = 5;

  /** Up to this many sources the grid shows open; more, and it opens on request. */
  static final int OPEN_UP_TO = 5;

  private CoverageView() {}

  static Map<String, Object> of(Event event, SourceRefs refs) {
    SourceLabels labels = refs.labels();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("sourceCount", event.articles().size());
    view.put("outletCount", labels.outlets().size());
    view.put("independentCount", labels.independentCount());
    view.put("copyCount", labels.copyCount());
    view.put("coverage", labels.coverage());
    view.put("kinds", kindsInWords(event, labels));
    // A handful of sources reads at a glance; beyond that the grid waits to be opened.
    view.put("open", event.articles().size() <= OPEN_UP_TO);
    view.put("firstReported", labels.messages().dates().of(event.firstReported()));
    view.put("lastUpdated", labels.messages().dates().of(event.lastUpdated()));
    List<AlignedFact> clear = event.facts().stream()
        .filter(fact -> FactViews.isShown(fact, labels.independentCount())).toList();
    List<AlignedFact> shown = clear.subList(0, Math.min(FACT_COLUMNS, clear.size()));
    List<Object> columns = new ArrayList<>();
    for (AlignedFact fact : shown) {
      Map<String, Object> column = new LinkedHashMap<>();
      column.put("unit", FactLabel.of(fact));
      column.put("differs", fact.differs());
      columns.add(column);
    }
    view.put("facts", columns);
    view.put("moreFacts", clear.size() - shown.size());
    List<Object> rows = new ArrayList<>();
    for (Article article : event.articles()) {
      Map<String, Object> row = refs.ref(article.source());
      row.put("title", article.title());
      row.put("published", labels.messages().dates().of(article.published()));
      String original = event.originalOf(article.source());
      row.put("copyOf", original == null ? null : refs.ref(original));
      String carrier = original == null ? article.source() : original;
      List<Object> cells = new ArrayList<>();
      for (AlignedFact fact : shown) {
        cells.add(cell(fact, article.source(), carrier));
      }
      row.put("cells", cells);
      rows.add(row);
    }
    view.put("rows", rows);
    return view;
  }

  /**
   * What sorts of outlet published the event, each outlet counted once: "1 wire service and 2
   * newspapers"; null when no outlet's sort is known.
   */
  private static String kindsInWords(Event event, SourceLabels labels) {
    Map<String, Set<String>> outletsOfKind = new TreeMap<>();
    for (Article article : event.articles()) {
      String kind = SourceLabels.kindOf(article);
      if (kind != null) {
        outletsOfKind.computeIfAbsent(kind, k -> new TreeSet<>()).add(labels.label(article.source()));
      }
    }
    Messages messages = labels.messages();
    List<String> parts = new ArrayList<>();
    outletsOfKind.forEach((kind, outlets) -> parts.add(messages.count("outletKinds." + kind, outlets.size())));
    return parts.isEmpty() ? null : messages.inWords(parts);
  }

  /**
   * {@code kind}: "agrees" (✓), "value" (its own wording, where sources differ or it alone
   * states it) or "none" (—); {@code text} the wording, for the title and for screen readers.
   */
  private static Map<String, Object> cell(AlignedFact fact, String source, String carrier) {
    FactReport report = reportOf(fact, source);
    if (report == null && !carrier.equals(source)) {
      report = reportOf(fact, carrier);
    }
    Map<String, Object> cell = new LinkedHashMap<>();
    if (report == null) {
      cell.put("kind", "none");
      cell.put("text", null);
      return cell;
    }
    long reporting = fact.reports().stream().map(FactReport::source).distinct().count();
    String wording = report.wording() == null || report.wording().isBlank()
        ? (report.value() == null ? "" : report.value().toPlainString()) : report.wording();
    cell.put("kind", fact.differs() || reporting < 2 ? "value" : "agrees");
    cell.put("text", wording);
    return cell;
  }

  private static FactReport reportOf(AlignedFact fact, String source) {
    for (FactReport report : fact.reports()) {
      if (report.source().equals(source)) {
        return report;
      }
    }
    return null;
  }
}
