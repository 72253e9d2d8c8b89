package org.newsdigest.model;

import java.util.List;

/**
 * The same quantity about the same thing as each source states it.
 *
 * @param unit what is counted or measured ("countries")
 * @param reports each source's wording, in event source order
 * @param differs true when the sources' values cannot all be true ("35 countries" against "40
 *     countries"; not "35 countries" against "approximately 35 countries")
 */
public record AlignedFact(String unit, List<FactReport> reports, boolean differs) {
  public AlignedFact {
    reports = List.copyOf(reports);
  }
}
