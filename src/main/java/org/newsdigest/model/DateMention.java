package org.newsdigest.model;

import java.time.LocalDate;

/**
 * A date named in the text, resolved to a calendar day (or month, or year).
 *
 * @param text as written: "January 6, 2026", "January 06", "on Tuesday"
 * @param date the resolved date (first day of the month or year below DAY precision)
 * @param precision how much the text stated
 * @param relative true when resolved against the publication date ("on Tuesday", "January 06")
 * @param block index of the block where it appears
 */
public record DateMention(
    String text, LocalDate date, DatePrecision precision, boolean relative, int block) {}
