package org.newsdigest.model;

/** How much of a date or time an input actually stated. */
public enum DatePrecision {
  YEAR,
  MONTH,
  DAY,
  MINUTE,
  SECOND
}
