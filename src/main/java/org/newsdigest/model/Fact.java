package org.newsdigest.model;

import java.math.BigDecimal;

/**
 * A number the article states about something, with the sentence that states it.
 *
 * @param value the number (20 for "20%", 35 for "approximately 35 countries")
 * @param unit what is counted or measured, normalised: "countries", "heads of state", "percent"
 * @param qualifier a hedge or bound, normalised ("approximately", "more than", "up to"), or null
 * @param wording the phrase as written: "approximately 35 countries"
 * @param sentence the whole sentence that states it
 * @param block index of the block holding the sentence
 */
public record Fact(
    BigDecimal value, String unit, String qualifier, String wording, String sentence, int block) {}
