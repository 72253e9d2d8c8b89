package org.newsdigest.model;

import java.time.LocalDate;

/**
 * The dateline opening a wire story: "Paris, January 06 (QNA) –".
 *
 * @param text the dateline exactly as written, without the closing dash
 * @param place where the story was filed ("Paris")
 * @param date the resolved date, or null when the dateline has none
 * @param agency the news agency in parentheses ("QNA"), or null
 */
public record Dateline(String text, String place, LocalDate date, String agency) {}
