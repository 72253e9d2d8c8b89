package org.newsdigest.merge;

import java.math.BigDecimal;
import org.newsdigest.text.TextWords;

/**
 * The values a stated quantity allows: "35" is 34.55 to 35.45 (a count stated as a round number
 * may have been rounded: see {@link #roundingOf}), "approximately 35" 31.5 to 38.5, "nearly 35"
 * 31.5 to 35, "more than 35" and "at least 35" 35 or more, "up to 35" and "fewer than 35" 35 or
 * less. Bounds are closed: a source that says "more than 35" and one that says "35" may both be
 * right about a count one of them rounded, and a reader is told of a conflict only when two
 * reports cannot both be true.
 *
 * @param low the least value allowed, or null for no bound below
 * @param high the greatest value allowed, or null for no bound above
 */
record QuantityRange(BigDecimal low, BigDecimal high) {
  /** How far "approximately" reaches either side, and "nearly" below: a tenth. */
  private static final BigDecimal HEDGE = new BigDecimal("0.1");
  private static final BigDecimal ROUNDING_CAP = new BigDecimal("0.05");
  private static final BigDecimal UNDER_HALF = new BigDecimal("0.45");
  private static final BigDecimal UNDER_WHOLE = new BigDecimal("0.95");

  /** The range of {@code value} under a qualifier as the extract stage normalises it (or null). */
  static QuantityRange of(BigDecimal value, String qualifier) {
    BigDecimal margin = value.abs().multiply(HEDGE);
    return switch (qualifier == null ? "" : TextWords.fold(qualifier)) {
      case "approximately" -> new QuantityRange(value.subtract(margin), value.add(margin));
      case "nearly" -> new QuantityRange(value.subtract(margin), value);
      case "more than", "at least" -> new QuantityRange(value, null);
      case "up to", "fewer than", "at most" -> new QuantityRange(null, value);
      default -> bare(value);
    };
  }

  /**
   * The values a bare number allows. A count stated to the unit ("35 countries", "20.6
   * percent") is exact. A round number ("20 percent", "120,000 people", "$43 million") may have
   * been rounded, or cut, as reporters do with large figures: from just under half its last
   * significant place below it to just under a whole place above it ("$43 million" is $42.55 to
   * 43.95 million, so "$43,885,310" agrees with it), and never more than a twentieth of it either
   * way (so "10 seasons" is not "11 seasons").
   */
  private static QuantityRange bare(BigDecimal value) {
    int scale = value.stripTrailingZeros().scale();
    if (scale >= 0) {
      return new QuantityRange(value, value);
    }
    BigDecimal place = BigDecimal.ONE.scaleByPowerOfTen(-scale);
    BigDecimal cap = value.abs().multiply(ROUNDING_CAP);
    return new QuantityRange(value.subtract(place.multiply(UNDER_HALF).min(cap)),
        value.add(place.multiply(UNDER_WHOLE).min(cap)));
  }

  /** True when some value lies in both ranges: the two reports can both be true. */
  boolean overlaps(QuantityRange other) {
    return (low == null || other.high == null || low.compareTo(other.high) <= 0)
        && (other.low == null || high == null || other.low.compareTo(high) <= 0);
  }

  /** The values both allow, or null when none. */
  QuantityRange intersect(QuantityRange other) {
    if (!overlaps(other)) {
      return null;
    }
    BigDecimal l = low == null ? other.low : other.low == null ? low : low.max(other.low);
    BigDecimal h = high == null ? other.high : other.high == null ? high : high.min(other.high);
    return new QuantityRange(l, h);
  }
}
