package org.newsdigest.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsdigest.model.AlignedFact;
import org.newsdigest.model.FactReport;

/**
 * What a fact's row and column are called: its unit ("countries", "heads of state"), and for a
 * share what it is a share of, as its first source words it: "percent of Ukraine", not
 * "percent".
 */
final class FactLabel {
  private static final Pattern SHARE_OF = Pattern.compile("(?:%|percent|per cent)\\s+(of\\s+.+)$");

  private FactLabel() {}

  /**
   * Whether a row of the fact tells a reader what is counted: a bare share one source gives
   * ("5 percent", of what?) does not, and is left out; shared by two sources it shows they agree.
   */
  static boolean isClear(AlignedFact fact) {
    return !of(fact).equals("percent")
        || fact.reports().stream().map(FactReport::source).distinct().count() >= 2;
  }

  static String of(AlignedFact fact) {
    String unit = fact.unit() == null || fact.unit().isBlank() ? "number" : fact.unit();
    if (!unit.equals("percent")) {
      return unit;
    }
    for (FactReport report : fact.reports()) {
      Matcher of = SHARE_OF.matcher(report.wording());
      if (of.find()) {
        return unit + " " + of.group(1);
      }
    }
    return unit;
  }
}
